package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

class TimeframeTest {
  private static Timeframe tf(String text) {
    return Timeframe.parse(text);
  }

  @Test
  void ofKeepsStartAndEnd() {
    Timeframe t = Timeframe.of(YearMonth.of(2019, 11), YearMonth.of(2020, 5));
    assertEquals(YearMonth.of(2019, 11), t.start());
    assertEquals(YearMonth.of(2020, 5), t.end());
  }

  @Test
  void ofMonthAndOfYears() {
    assertEquals(Timeframe.of(YearMonth.of(2017, 3), YearMonth.of(2017, 3)), Timeframe.ofMonth(YearMonth.of(2017, 3)));
    assertEquals(Timeframe.of(YearMonth.of(2016, 1), YearMonth.of(2017, 12)), Timeframe.ofYears(2016, 2017));
  }

  @Test
  void parseReadsARange() {
    assertEquals(Timeframe.of(YearMonth.of(2019, 11), YearMonth.of(2020, 5)), tf("2019-11/2020-05"));
  }

  @Test
  void parseReadsASingleMonth() {
    assertEquals(Timeframe.ofMonth(YearMonth.of(2019, 11)), tf("2019-11"));
    assertEquals(Timeframe.ofMonth(YearMonth.of(2019, 11)), tf("2019-11/2019-11"));
  }

  @Test
  void toStringIsTheParsedForm() {
    assertEquals("2019-11/2020-05", Timeframe.of(YearMonth.of(2019, 11), YearMonth.of(2020, 5)).toString());
    assertEquals("2019-11", Timeframe.ofMonth(YearMonth.of(2019, 11)).toString());
    assertEquals("1000-01/9999-12", Timeframe.ofYears(1000, 9999).toString());
  }

  @Test
  void badTextIsRejectedNamingIt() {
    for (String bad : List.of("2019-13/2020-01", "2019/2020", "abc", "", "2019-11/", "/2020-01", "2019-1/2020-01",
        "2019-11/2020-05/2021-01", " 2019-11", "2019-11 ", "2019-00", "19-11", "2019/11", "0999-12", "Nov 2019")) {
      assertParseError(() -> Timeframe.parse(bad), "'" + bad + "'");
    }
  }

  private static DateTimeParseException assertParseError(Executable parse, String inMessage) {
    DateTimeParseException e = assertThrows(DateTimeParseException.class, parse);
    assertTrue(e.getMessage().contains(inMessage), e::getMessage);
    return e;
  }

  @Test
  void parseGivesTheTextAndTheIndexOfTheFirstCharacterInError() {
    Map<String, Integer> errors = new LinkedHashMap<>();
    errors.put("", 0);
    errors.put("abc", 0);
    errors.put("2019-13/2020-01", 5);
    errors.put("2019/2020", 4);
    errors.put("2019-11/", 8);
    errors.put("/2020-01", 0);
    errors.put("2019-1/2020-01", 6);
    errors.put("2019-11/2020-05/2021-01", 15);
    errors.put(" 2019-11", 0);
    errors.put("2019-11 ", 7);
    errors.put("2019-00", 5);
    errors.put("0999-12", 0);
    errors.put("2019-11/2020-1x", 14);
    errors.put("2020-05/2019-11", 8);
    errors.forEach((text, index) -> {
      DateTimeParseException e = assertParseError(() -> Timeframe.parse(text), "at index " + index + ":");
      assertEquals(text, e.getParsedString());
      assertEquals(index, e.getErrorIndex(), text);
    });
  }

  @Test
  void anEndBeforeTheStartIsNoTimeframeAndTheErrorNamesBothEnds() {
    DateTimeException e = assertThrows(DateTimeException.class,
        () -> Timeframe.of(YearMonth.of(2020, 5), YearMonth.of(2019, 11)));
    assertTrue(e.getMessage().contains("2019-11") && e.getMessage().contains("2020-05"), e::getMessage);
    e = assertThrows(DateTimeException.class, () -> Timeframe.ofYears(2020, 2019));
    assertTrue(e.getMessage().contains("2019-12") && e.getMessage().contains("2020-01"), e::getMessage);
    e = assertParseError(() -> Timeframe.parse("2020-05/2019-11"), "'2020-05/2019-11'");
    assertTrue(e.getMessage().contains("(2019-11) before it starts (2020-05)"), e::getMessage);
  }

  @Test
  void longBadTextIsAbbreviatedInTheMessage() {
    String longText = "x".repeat(200);
    DateTimeParseException e = assertParseError(() -> Timeframe.parse(longText), "x".repeat(57) + "...");
    assertFalse(e.getMessage().contains("x".repeat(58)));
  }

  @Test
  void yearsOutsideTheRangeAreRejected() {
    assertIllegalArgument(() -> Timeframe.of(YearMonth.of(999, 12), YearMonth.of(2000, 1)), "0999-12");
    assertIllegalArgument(() -> Timeframe.ofMonth(YearMonth.of(10000, 1)), "10000-01");
    assertIllegalArgument(() -> Timeframe.ofYears(999, 2000), "999");
    assertIllegalArgument(() -> Timeframe.ofYears(2000, 10000), "10000");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Timeframe.of(null, YearMonth.of(2020, 1)));
    assertNullRejected(() -> Timeframe.of(YearMonth.of(2020, 1), null));
    assertNullRejected(() -> Timeframe.ofMonth(null));
    assertNullRejected(() -> Timeframe.parse(null));
    assertNullRejected(() -> tf("2020-01").contains(null));
    assertNullRejected(() -> tf("2020-01").overlaps(null));
  }

  @Test
  void containsEveryMonthInside() {
    Timeframe plan = tf("2019-01/2020-12");
    assertTrue(plan.contains(tf("2019-11/2020-05")));
    assertTrue(plan.contains(plan));
    assertTrue(plan.contains(tf("2019-01")));
    assertTrue(plan.contains(tf("2020-12")));
    assertFalse(plan.contains(tf("2018-12/2019-05")));
    assertFalse(plan.contains(tf("2020-06/2021-01")));
    assertFalse(plan.contains(tf("2021-01")));
    assertFalse(tf("2019-11/2020-05").contains(plan));
  }

  @Test
  void overlapsWhenAMonthIsShared() {
    assertTrue(tf("2019-01/2019-06").overlaps(tf("2019-06/2019-12")));
    assertTrue(tf("2019-06/2019-12").overlaps(tf("2019-01/2019-06")));
    assertTrue(tf("2019-01/2020-12").overlaps(tf("2020-03")));
    assertFalse(tf("2019-01/2019-05").overlaps(tf("2019-06/2019-12")));
    assertFalse(tf("2019-06/2019-12").overlaps(tf("2019-01/2019-05")));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(tf("2019-01/2020-12"), Timeframe.ofYears(2019, 2020));
    assertEqualValues(tf("2019-11"), Timeframe.ofMonth(YearMonth.of(2019, 11)));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(tf("2019-11/2020-05"), tf("2019-12/2020-05"));
    assertUnequalValues(tf("2019-11/2020-05"), tf("2019-11/2020-06"));
    assertUnequalValues(tf("2019-11/2020-05"), tf("2019-11"));
  }

  @Test
  void timeframeRoundTripsThroughItsTextForm() {
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes()))
        .checkAssert(t -> {
          assertEquals(t, Timeframe.parse(t.toString()));
          assertEquals(t.hashCode(), Timeframe.parse(t.toString()).hashCode());
        });
  }

  @Test
  void timeframeTextIsStartSlashEndOrOneMonth() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), QuickTheoriesGens.of(Generators.yearMonths()))
        .checkAssert((a, b) -> {
          YearMonth start = a.isBefore(b) ? a : b;
          YearMonth end = a.isBefore(b) ? b : a;
          assertEquals(start.equals(end) ? start.toString() : start + "/" + end, Timeframe.of(start, end).toString());
        });
  }

  @Test
  void everyTimeframeIsValidAndContainsAndOverlapsItself() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), QuickTheoriesGens.of(Generators.yearMonths()))
        .checkAssert((a, b) -> {
          Timeframe t;
          try {
            t = Timeframe.of(a, b);
          } catch (DateTimeException e) {
            assertTrue(b.isBefore(a), () -> a + "/" + b + ": " + e);
            return;
          }
          assertFalse(t.end().isBefore(t.start()));
          assertTrue(t.contains(t), t::toString);
          assertTrue(t.overlaps(t), t::toString);
          assertEquals(t, Timeframe.parse(t.toString()));
        });
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes())).checkAssert(t -> {
      assertTrue(t.contains(t), t::toString);
      assertTrue(t.overlaps(t), t::toString);
    });
  }

  @Test
  void timeframeOverlapIsSymmetricAndImpliedByContainment() {
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes()), QuickTheoriesGens.of(Generators.timeframes()))
        .checkAssert((a, b) -> {
          assertEquals(a.overlaps(b), b.overlaps(a));
          if (a.contains(b)) {
            assertTrue(a.overlaps(b));
          }
        });
  }

  @Test
  void timeframeWithinAPeriodIsContainedInIt() {
    Gen<Timeframe> periods = QuickTheoriesGens.of(Generators.timeframes());
    qt().forAll(periods.flatMap(p -> QuickTheoriesGens.of(Generators.timeframesWithin(p)).map(t -> List.of(p, t))))
        .checkAssert(pair -> assertTrue(pair.get(0).contains(pair.get(1)), pair::toString));
  }

  @Test
  void ofYearsTakesTheYears1000To9999AndNamesAYearOutsideThem() {
    assertEquals("1000-01/1000-12", Timeframe.ofYears(1000, 1000).toString());
    assertEquals("9999-01/9999-12", Timeframe.ofYears(9999, 9999).toString());
    assertEquals("year out of range 1000-9999: 999",
        assertIllegalArgument(() -> Timeframe.ofYears(999, 2000)).getMessage());
    assertEquals("year out of range 1000-9999: 10000",
        assertIllegalArgument(() -> Timeframe.ofYears(2000, 10000)).getMessage());
  }

  @Test
  void parseNamesAShortTextWholeAndALongOneCut() {
    String sixty = "x".repeat(60);
    assertEquals("not a timeframe (YYYY-MM/YYYY-MM or YYYY-MM): '" + sixty + "' at index 0: expected a digit in "
        + "YYYY-MM", assertThrows(DateTimeParseException.class, () -> Timeframe.parse(sixty)).getMessage());
    String sixtyOne = "y".repeat(61);
    assertEquals("not a timeframe (YYYY-MM/YYYY-MM or YYYY-MM): '" + "y".repeat(57) + "...' at index 0: expected a "
        + "digit in YYYY-MM", assertThrows(DateTimeParseException.class, () -> Timeframe.parse(sixtyOne))
        .getMessage());
  }

  @Test
  void parseRefusesAMonthNotWrittenAsSevenCharacters() {
    // YearMonth itself would read a signed five-digit year; the form YYYY-MM does not.
    DateTimeParseException e = assertParseError(() -> Timeframe.parse("+10000-01"), "at index 0: expected a digit");
    assertEquals(0, e.getErrorIndex());
  }

  @Test
  void unequalTimeframesHaveUnequalHashCodes() {
    Timeframe a = Timeframe.parse("2019-11/2020-05");
    Timeframe b = Timeframe.parse("2019-11/2020-06");
    assertEquals(java.util.Objects.hash(a.start(), a.end()), a.hashCode());
    assertFalse(a.hashCode() == b.hashCode());
  }
}
