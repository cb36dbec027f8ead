package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class StatedTimeframeTest {
  /** The intervals written {@code YYYY-MM/YYYY-MM} or {@code YYYY-MM}, read with {@link YearMonth#parse}. */
  private static List<Timeframe> intervals(String... texts) {
    return Arrays.stream(texts).map(t -> {
      String[] ends = t.split("/");
      return Timeframe.of(YearMonth.parse(ends[0]), YearMonth.parse(ends[ends.length - 1]));
    }).toList();
  }

  /** Asserts that the text is read as the intervals and kept exactly. */
  private static void assertReads(String text, String... expected) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(text, stated.text());
    assertEquals(intervals(expected), stated.intervals(), text);
    assertFalse(stated.isUnknown(), text);
  }

  /** Asserts that the text is kept, with no interval read from it. */
  private static void assertUnknown(String text) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(text, stated.text());
    assertEquals(List.of(), stated.intervals(), text);
    assertTrue(stated.isUnknown(), text);
  }

  // ---- as written in real plans

  @Test
  void monthRangeWithHyphen() {
    assertReads("Nov 2019 - May 2020", "2019-11/2020-05");
  }

  @Test
  void monthRangeWithEnDash() {
    assertReads("May 2020 \u2013 Oct 2020", "2020-05/2020-10");
    assertReads("Nov 2019 \u2013 Oct 2020", "2019-11/2020-10");
  }

  @Test
  void monthRangeWithEmDashAndWords() {
    assertReads("Nov 2019 \u2014 May 2020", "2019-11/2020-05");
    assertReads("Nov 2019 to May 2020", "2019-11/2020-05");
    assertReads("from November 2019 until May 2020", "2019-11/2020-05");
    assertReads("Nov. 2019 through Sept. 2020", "2019-11/2020-09");
  }

  @Test
  void twoRangesInOneCell() {
    assertReads("Oct 2019 \u2013 Jan 2020\nFeb 2020 \u2013 June 2020", "2019-10/2020-01", "2020-02/2020-06");
    assertReads("Oct 2019 \u2013 Jan 2020, Feb 2020 \u2013 June 2020", "2019-10/2020-01", "2020-02/2020-06");
  }

  @Test
  void pairOfYears() {
    assertReads("2016-17", "2016-01/2017-12");
    assertReads("2019 \u2013 2020", "2019-01/2020-12");
    assertReads("2019-2020", "2019-01/2020-12");
    assertReads("2019/20", "2019-01/2020-12");
    assertReads("1999/00", "1999-01/2000-12");
  }

  @Test
  void oneYear() {
    assertReads("2017", "2017-01/2017-12");
  }

  @Test
  void oneMonth() {
    assertReads("in March 2017", "2017-03");
    assertReads("March 2017", "2017-03");
    assertReads("15 October 2019", "2019-10");
    assertReads("October 15, 2019", "2019-10");
    assertReads("1st Dec 2019", "2019-12");
  }

  @Test
  void monthBeforeADatedMonth() {
    assertReads("Nov - Dec 2019", "2019-11/2019-12");
    assertReads("Dec - Jan 2020", "2019-12/2020-01");
  }

  @Test
  void isoForms() {
    assertReads("2019-11/2020-05", "2019-11/2020-05");
    assertReads("2019-11", "2019-11");
    assertReads("2019-11-15", "2019-11");
  }

  @Test
  void invertedWrittenRangeGivesOneInvertedInterval() {
    StatedTimeframe stated = StatedTimeframe.read("May 2020 - Nov 2019");
    assertEquals(List.of(), stated.intervals());
    assertEquals(intervals("2019-11/2020-05"), stated.invertedIntervals());
    assertTrue(stated.isInverted());
    assertFalse(stated.isUnknown());
    assertFalse(StatedTimeframe.read("Nov 2019 - May 2020").isInverted());
    StatedTimeframe two = StatedTimeframe.read("2020-05/2019-11, 2021-01");
    assertEquals(intervals("2021-01"), two.intervals());
    assertEquals(intervals("2019-11/2020-05"), two.invertedIntervals());
    assertEquals(intervals("2020-06/2021-03"), StatedTimeframe.read("from March 2021 to June 2020")
        .invertedIntervals());
    assertEquals(stated, StatedTimeframe.of("May 2020 - Nov 2019", List.of(), intervals("2019-11/2020-05")));
    assertNotEquals(stated, StatedTimeframe.of("May 2020 - Nov 2019", intervals("2019-11/2020-05")));
    assertTrue(stated.toString().contains("2020-05/2019-11 inverted"), stated::toString);
  }

  @Test
  void textThatIsNotOnlyDatesIsUnknown() {
    assertUnknown("Session at WLIC 2017 \u2013 interactive discussion");
    assertUnknown("at the mid-term meeting");
    assertUnknown("TBC");
  }

  @Test
  void incompleteDatesAreUnknown() {
    assertUnknown("Nov 2019 - Dec");
    assertUnknown("Nov - Dec");
    assertUnknown("November");
    assertUnknown("- 2019");
    assertUnknown("Nov 2019 - May 2020 - Dec 2020");
  }

  @Test
  void impossibleDatesAreUnknown() {
    assertUnknown("2019-13");
    assertUnknown("2019-18");
    assertUnknown("2019/13");
    assertUnknown("2019-13/2020-01");
    assertUnknown("0999");
    assertUnknown("Mayor 2019");
  }

  @Test
  void aRangeReachingBeforeTheYear1000IsUnknown() {
    assertUnknown("Dec - Jan 1000");
  }

  @Test
  void veryLongTextIsKeptUnknown() {
    String text = "2019 ".repeat(120);
    assertUnknown(text);
  }

  // ---- factories, equality

  @Test
  void ofKeepsTextAndIntervals() {
    StatedTimeframe stated = StatedTimeframe.of("during the 2020 congress", intervals("2020-08"));
    assertEquals("during the 2020 congress", stated.text());
    assertEquals(intervals("2020-08"), stated.intervals());
    assertTrue(StatedTimeframe.of("ongoing", List.of()).isUnknown());
  }

  @Test
  void ofIntervalUsesItsTextForm() {
    StatedTimeframe stated = StatedTimeframe.of(Timeframe.parse("2019-11/2020-05"));
    assertEquals("2019-11/2020-05", stated.text());
    assertEquals(intervals("2019-11/2020-05"), stated.intervals());
    assertEqualValues(stated, StatedTimeframe.parse("2019-11/2020-05"));
  }

  @Test
  void blankTextIsRejected() {
    assertIllegalArgument(() -> StatedTimeframe.parse(""), "blank");
    assertIllegalArgument(() -> StatedTimeframe.parse(" \n\t"), "blank");
    assertIllegalArgument(() -> StatedTimeframe.of("  ", List.of()), "blank");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> StatedTimeframe.parse(null));
    assertNullRejected(() -> StatedTimeframe.of(null, List.of()));
    assertNullRejected(() -> StatedTimeframe.of("2019", null));
    assertNullRejected(() -> StatedTimeframe.of("2019", Arrays.asList(Timeframe.parse("2019-01"), null)));
    assertNullRejected(() -> StatedTimeframe.of(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(StatedTimeframe.parse("Nov 2019 - May 2020"),
        StatedTimeframe.of("Nov 2019 - May 2020", intervals("2019-11/2020-05")));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    StatedTimeframe stated = StatedTimeframe.parse("Nov 2019 - May 2020");
    assertUnequalValues(stated, StatedTimeframe.parse("Nov 2019 \u2013 May 2020"));
    assertUnequalValues(stated, StatedTimeframe.of("Nov 2019 - May 2020", intervals("2019-11/2020-06")));
    assertUnequalValues(stated, StatedTimeframe.of("Nov 2019 - May 2020", List.of()));
  }

  @Test
  void intervalsAreUnmodifiable() {
    assertUnmodifiable(StatedTimeframe.parse("Nov 2019 - May 2020").intervals(), Timeframe.parse("2020-01"));
  }

  @Test
  void toStringShowsTextAndIntervals() {
    assertEquals("\"Nov 2019 - May 2020\"[2019-11/2020-05]", StatedTimeframe.parse("Nov 2019 - May 2020").toString());
  }

  // ---- properties

  @Test
  void statedTimeframeReadsEveryTimeframesTextBack() {
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes()))
        .checkAssert(t -> assertEquals(List.of(t), StatedTimeframe.read(t.toString()).intervals()));
  }

  /**
   * A range written from {@code start} to {@code end} is read as that interval, or, written end first, as the
   * interval from its end to its start stated inverted.
   */
  static void assertReadsRange(String text, YearMonth start, YearMonth end) {
    StatedTimeframe read = StatedTimeframe.read(text);
    boolean inverted = end.isBefore(start);
    Timeframe range = inverted ? Timeframe.of(end, start) : Timeframe.of(start, end);
    assertEquals(inverted ? List.of() : List.of(range), read.intervals(), text);
    assertEquals(inverted ? List.of(range) : List.of(), read.invertedIntervals(), text);
  }

  @Test
  void statedTimeframeReadsAWrittenMonthRange() {
    List<String> names = List.of("Jan", "February", "Mar", "April", "May", "June", "Jul", "August", "Sept", "Oct",
        "November", "Dec");
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), QuickTheoriesGens.of(Generators.yearMonths()))
        .checkAssert((start, end) -> {
          String text = names.get(start.getMonthValue() - 1) + " " + start.getYear() + " \u2013 "
              + names.get(end.getMonthValue() - 1) + " " + end.getYear();
          assertReadsRange(text, start, end);
        });
  }

  @Test
  void statedTimeframeKeepsAnyTextAndNeverFails() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelTexts()))
        .checkAssert(text -> assertEquals(text, StatedTimeframe.parse(text).text()));
  }

  @Test
  void statedTimeframeNeverFailsOnDateLikeText() {
    List<String> parts = List.of("Jan", "Dec", "May", "Nov", "1000", "0999", "9999", "2019", "-", "\u2013", "/", " ",
        "to", "in", ",", "\n", "15", "2016-17", "2019-11", "13", "00");
    qt().forAll(org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.Generate.pick(parts))
            .ofSizeBetween(1, 8))
        .checkAssert(list -> {
          String text = String.join(" ", list);
          if (!text.isBlank()) {
            StatedTimeframe stated = StatedTimeframe.parse(text);
            assertEquals(text, stated.text());
            for (Timeframe t : stated.intervals()) {
              assertEquals(t, Timeframe.parse(t.toString()));
            }
          }
        });
  }

  @Test
  void aTextOfUpTo500CharactersIsRead() {
    String text500 = "2019" + " ".repeat(496);
    assertEquals(500, text500.length());
    assertEquals(List.of(Timeframe.ofYears(2019, 2019)), StatedTimeframe.parse(text500).intervals());
    assertTrue(StatedTimeframe.parse(text500 + " ").isUnknown());
  }

  @Test
  void aPairOfYearsSpansAtMostTenYears() {
    assertEquals(List.of(Timeframe.ofYears(2019, 2019)), StatedTimeframe.read("2019-19").intervals());
    assertEquals(List.of(Timeframe.ofYears(2019, 2029)), StatedTimeframe.read("2019-29").intervals());
    assertTrue(StatedTimeframe.read("2019-30").isUnknown());
    assertEquals(List.of(Timeframe.ofYears(1999, 2000)), StatedTimeframe.read("1999/00").intervals());
  }

  @Test
  void equalStatedTimeframesHaveEqualHashCodesAndOthersDiffer() {
    StatedTimeframe a = StatedTimeframe.parse("Nov 2019 - May 2020");
    assertEquals(StatedTimeframe.of("Nov 2019 - May 2020", a.intervals()).hashCode(), a.hashCode());
    assertFalse(a.hashCode() == StatedTimeframe.parse("Nov 2019 - June 2020").hashCode());
    assertFalse(a.hashCode() == StatedTimeframe.of("Nov 2019 - May 2020", List.of()).hashCode());
  }
}
