package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Period;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The forms of issue 20: open ends, several timeframes in a cell, days, durations, quarters, Chinese, events. */
class StatedTimeframeFormsTest {
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  private static List<Timeframe> intervals(String... texts) {
    return Arrays.stream(texts).map(t -> {
      String[] ends = t.split("/");
      return Timeframe.of(YearMonth.parse(ends[0]), YearMonth.parse(ends[ends.length - 1]));
    }).toList();
  }

  private static List<YearMonth> months(String... texts) {
    return Arrays.stream(texts).map(YearMonth::parse).toList();
  }

  /** Asserts that the text reads as exactly these intervals and nothing else. */
  private static void assertIntervals(String text, String... expected) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(text, stated.text());
    assertEquals(intervals(expected), stated.intervals(), text);
    assertEquals(List.of(), stated.startsWithoutEnd(), text);
    assertEquals(List.of(), stated.endsWithoutStart(), text);
    assertEquals(Optional.empty(), stated.duration(), text);
    assertFalse(stated.isOngoing(), text);
    assertFalse(stated.isUnknown(), text);
    assertFalse(stated.isUnreadable(), text);
  }

  private static void assertStarts(String text, String... expected) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(months(expected), stated.startsWithoutEnd(), text);
    assertEquals(List.of(), stated.endsWithoutStart(), text);
    assertFalse(stated.isUnknown(), text);
    assertFalse(stated.isOngoing(), text);
  }

  private static void assertEnds(String text, String... expected) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(months(expected), stated.endsWithoutStart(), text);
    assertEquals(List.of(), stated.startsWithoutEnd(), text);
    assertEquals(List.of(), stated.intervals(), text);
    assertFalse(stated.isUnknown(), text);
  }

  private static void assertDuration(String text, Period expected) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(Optional.of(expected), stated.duration(), text);
    assertEquals(List.of(), stated.intervals(), text);
    assertFalse(stated.isUnknown(), text);
    assertFalse(stated.isUnreadable(), text);
  }

  private static void assertUnreadable(String text) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertEquals(text, stated.text());
    assertTrue(stated.isUnreadable(), text);
    assertTrue(stated.isUnknown(), text);
    assertEquals(List.of(), stated.intervals(), text);
  }

  private static void assertQuiet(String text) {
    StatedTimeframe stated = StatedTimeframe.read(text);
    assertTrue(stated.isUnknown(), text);
    assertFalse(stated.isUnreadable(), text);
  }

  // ---- open ends

  @Test
  void openEnds() {
    assertStarts("May 2021 onwards", "2021-05");
    assertStarts("May 2021 onward", "2021-05");
    assertStarts("from 2021", "2021-01");
    assertStarts("since March 2019", "2019-03");
    assertStarts("2021-", "2021-01");
    assertStarts("2021 \u2013", "2021-01");
    assertStarts("2021 - ongoing", "2021-01");
    assertStarts("ongoing since 2019", "2019-01");
    assertStarts("from 2021 onwards", "2021-01");
    assertStarts("starting in Q3 2022", "2022-07");
    assertStarts("2022 and beyond", "2022-01");
    assertEquals(List.of(), StatedTimeframe.read("May 2021 onwards").intervals());
  }

  @Test
  void openEndsInChinese() {
    assertStarts("自2025年起", "2025-01");
    assertStarts("从2025年3月开始", "2025-03");
    assertStarts("2019年至今", "2019-01");
    assertStarts("2019年以来", "2019-01");
  }

  @Test
  void ongoingIsOpenAtBothEnds() {
    for (String text : List.of("ongoing", "Ongoing", "on-going", "continuous", "持续", "长期", "进行中")) {
      StatedTimeframe stated = StatedTimeframe.read(text);
      assertTrue(stated.isOngoing(), text);
      assertFalse(stated.isUnknown(), text);
      assertEquals(List.of(), stated.intervals(), text);
      assertEquals(List.of(), stated.startsWithoutEnd(), text);
    }
    assertFalse(StatedTimeframe.read("ongoing since 2019").isOngoing());
  }

  @Test
  void deadlinesAreEndsWithoutStart() {
    assertEnds("by April 2017", "2017-04");
    assertEnds("by the end of 2020", "2020-12");
    assertEnds("before March 2020", "2020-03");
    assertEnds("until June 2020", "2020-06");
    assertEnds("no later than Q2 2025", "2025-06");
    assertEnds("2025年3月前", "2025-03");
    assertEnds("2025年底前", "2025-12");
    assertEnds("截至2025年6月", "2025-06");
  }

  // ---- several in one cell

  @Test
  void severalTimeframesInOneCell() {
    StatedTimeframe stated = StatedTimeframe.read("Jan 2021 / June 2021 onwards");
    assertEquals(intervals("2021-01"), stated.intervals());
    assertEquals(months("2021-06"), stated.startsWithoutEnd());
    assertIntervals("March and September 2021", "2021-03", "2021-09");
    assertIntervals("March, June and September 2021", "2021-03", "2021-06", "2021-09");
    assertIntervals("Q1 2025; Q3 2025", "2025-01/2025-03", "2025-07/2025-09");
    assertIntervals("2025年3月、6月", "2025-03", "2025-06");
    assertIntervals("2025年3月和2026年1月", "2025-03", "2026-01");
  }

  // ---- days

  @Test
  void daysReadAsTheirMonth() {
    assertIntervals("14 March 2019", "2019-03");
    assertIntervals("March 14-15 2019", "2019-03");
    assertIntervals("March 14\u201315, 2019", "2019-03");
    assertIntervals("14-15 March 2019", "2019-03");
    assertIntervals("2019-03-14", "2019-03");
    assertIntervals("2019-03-14 / 2019-04-02", "2019-03/2019-04");
    assertIntervals("May 15 - June 2 2019", "2019-05/2019-06");
    assertIntervals("29 February 2020", "2020-02");
    assertIntervals("2025年3月14日", "2025-03");
    assertIntervals("2025年3月14号", "2025-03");
    assertEquals("March 14-15 2019", StatedTimeframe.read("March 14-15 2019").text());
  }

  @Test
  void impossibleDaysAreUnreadable() {
    assertUnreadable("30 February 2021");
    assertUnreadable("29 February 2019");
    assertUnreadable("2019-02-30");
    assertUnreadable("March 32 2019");
    assertUnreadable("2025年2月30日");
  }

  // ---- durations

  @Test
  void durations() {
    assertDuration("two-year project", Period.ofYears(2));
    assertDuration("18 months", Period.ofMonths(18));
    assertDuration("multi-year", Period.ofYears(2));
    assertDuration("four years", Period.ofYears(4));
    assertDuration("three-year project", Period.ofYears(3));
    assertDuration("1 year", Period.ofYears(1));
    assertDuration("twelve months", Period.ofMonths(12));
    assertDuration("over eighteen months", Period.ofMonths(18));
    assertDuration("several years", Period.ofYears(2));
    assertDuration("两年", Period.ofYears(2));
    assertDuration("18个月", Period.ofMonths(18));
    assertDuration("三年期项目", Period.ofYears(3));
    assertDuration("十二个月", Period.ofMonths(12));
    assertDuration("多年", Period.ofYears(2));
  }

  @Test
  void aDurationWithItsStartIsAnInterval() {
    assertIntervals("18 months from May 2021", "2021-05/2022-10");
    assertIntervals("from May 2021 for 18 months", "2021-05/2022-10");
    assertIntervals("two years from 2021", "2021-01/2022-12");
    StatedTimeframe multi = StatedTimeframe.read("multi-year from 2021");
    assertEquals(months("2021-01"), multi.startsWithoutEnd());
    assertEquals(Optional.of(Period.ofYears(2)), multi.duration());
  }

  @Test
  void twoDurationsAreUnreadable() {
    assertUnreadable("two years 18 months");
    assertUnreadable("0 months");
  }

  // ---- quarters and halves

  @Test
  void quartersAndHalves() {
    assertIntervals("Q1 2025", "2025-01/2025-03");
    assertIntervals("Q4 2025", "2025-10/2025-12");
    assertIntervals("2025 Q2", "2025-04/2025-06");
    assertIntervals("2025-Q3", "2025-07/2025-09");
    assertIntervals("third quarter of 2024", "2024-07/2024-09");
    assertIntervals("the 4th quarter 2024", "2024-10/2024-12");
    assertIntervals("first half of 2022", "2022-01/2022-06");
    assertIntervals("second half of 2022", "2022-07/2022-12");
    assertIntervals("2025 H2", "2025-07/2025-12");
    assertIntervals("H1 2025", "2025-01/2025-06");
    assertIntervals("Q1 2025 - Q3 2025", "2025-01/2025-09");
    assertUnreadable("Q5 2025");
    assertUnreadable("H3 2025");
  }

  @Test
  void quartersAndHalvesInChinese() {
    assertIntervals("2025年第一季度", "2025-01/2025-03");
    assertIntervals("2025年第二季度", "2025-04/2025-06");
    assertIntervals("2025年第三季度", "2025-07/2025-09");
    assertIntervals("2025年第4季度", "2025-10/2025-12");
    assertIntervals("2025年上半年", "2025-01/2025-06");
    assertIntervals("2025年下半年", "2025-07/2025-12");
  }

  // ---- Chinese

  @Test
  void chineseMonthsAndRanges() {
    assertIntervals("2025年3月", "2025-03");
    assertIntervals("2025年三月", "2025-03");
    assertIntervals("2025年十二月", "2025-12");
    assertIntervals("2025年", "2025-01/2025-12");
    assertIntervals("2025年3月至6月", "2025-03/2025-06");
    assertIntervals("2025年3-6月", "2025-03/2025-06");
    assertIntervals("2025年11月至2月", "2025-11/2026-02");
    assertIntervals("2025年3月至2026年6月", "2025-03/2026-06");
    assertIntervals("2025至2026年", "2025-01/2026-12");
    assertUnreadable("2025年13月");
    assertUnreadable("6月");
    assertQuiet("待定");
  }

  @Test
  void chineseNumbers() {
    assertEquals(3, TimeframeReader.number("三"));
    assertEquals(10, TimeframeReader.number("十"));
    assertEquals(12, TimeframeReader.number("十二"));
    assertEquals(20, TimeframeReader.number("二十"));
    assertEquals(24, TimeframeReader.number("二十四"));
    assertEquals(7, TimeframeReader.number("7"));
    assertEquals(99, TimeframeReader.number("九十九"));
    for (String bad : List.of("三四", "十十", "二十四五", "两十", "十两", "一百", "三十十", "零")) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> TimeframeReader.number(bad), bad);
    }
  }

  // ---- events

  @Test
  void eventsOfKnownMonthGiveTheirMonth() {
    StatedTimeframe at = StatedTimeframe.read("at WLIC 2018");
    assertEquals(intervals("2018-08"), at.intervals());
    assertEquals(List.of("WLIC 2018"), at.events());
    assertIntervals("during WLIC 2022", "2022-07");
    assertIntervals("IFLA WLIC 2025", "2025-08");
    assertIntervals("World Library and Information Congress 2016", "2016-08");
    StatedTimeframe before = StatedTimeframe.read("before WLIC 2019");
    assertEquals(months("2019-08"), before.endsWithoutStart());
    assertEquals(List.of("WLIC 2019"), before.events());
    StatedTimeframe from = StatedTimeframe.read("from WLIC 2023");
    assertEquals(months("2023-08"), from.startsWithoutEnd());
    StatedTimeframe range = StatedTimeframe.read("WLIC 2018 - WLIC 2019");
    assertEquals(intervals("2018-08/2019-08"), range.intervals());
    assertEquals(List.of("WLIC 2018", "WLIC 2019"), range.events());
  }

  @Test
  void eventsOfUnknownMonthAreKeptWithoutInterval() {
    for (String text : List.of("WLIC 2020", "at WLIC 2030", "before WLIC 2030", "from WLIC 2030")) {
      StatedTimeframe stated = StatedTimeframe.read(text);
      assertEquals(List.of(), stated.intervals(), text);
      assertEquals(List.of(), stated.startsWithoutEnd(), text);
      assertEquals(List.of(), stated.endsWithoutStart(), text);
      assertEquals(1, stated.events().size(), text);
      assertFalse(stated.isUnknown(), text);
      assertFalse(stated.isUnreadable(), text);
    }
    assertEquals(List.of("WLIC 2030"), StatedTimeframe.read("at WLIC 2030").events());
  }

  @Test
  void theEventTableHasTheCongressMonths() {
    assertEquals(Optional.of(YearMonth.of(2016, 8)), TimeframeReader.EVENTS.get("WLIC 2016"));
    assertEquals(Optional.of(YearMonth.of(2017, 8)), TimeframeReader.EVENTS.get("WLIC 2017"));
    assertEquals(Optional.of(YearMonth.of(2018, 8)), TimeframeReader.EVENTS.get("WLIC 2018"));
    assertEquals(Optional.of(YearMonth.of(2019, 8)), TimeframeReader.EVENTS.get("WLIC 2019"));
    assertEquals(Optional.empty(), TimeframeReader.EVENTS.get("WLIC 2020"));
    assertEquals(Optional.of(YearMonth.of(2021, 8)), TimeframeReader.EVENTS.get("WLIC 2021"));
    assertEquals(Optional.of(YearMonth.of(2022, 7)), TimeframeReader.EVENTS.get("WLIC 2022"));
    assertEquals(Optional.of(YearMonth.of(2023, 8)), TimeframeReader.EVENTS.get("WLIC 2023"));
    assertEquals(Optional.of(YearMonth.of(2024, 8)), TimeframeReader.EVENTS.get("WLIC 2024"));
    assertEquals(Optional.of(YearMonth.of(2025, 8)), TimeframeReader.EVENTS.get("WLIC 2025"));
    assertEquals(10, TimeframeReader.EVENTS.size());
  }

  // ---- unreadable or quiet

  @Test
  void dateLikeTextThatCannotBeReadIsUnreadable() {
    assertUnreadable("2025-13");
    assertUnreadable("2019-13/2020-01");
    assertUnreadable("Jnue 2020");
    assertUnreadable("Febuary 2020");
    assertUnreadable("Septmber 2020 - Dec 2020");
    assertUnreadable("Nov 2019 - Dec");
    assertUnreadable("November");
    assertUnreadable("0999");
    assertUnreadable("2019-30");
    assertUnreadable("14");
    assertUnreadable("Dec - Jan 1000");
    assertUnreadable("- 2019");
  }

  @Test
  void proseIsQuiet() {
    assertQuiet("at the mid-term meeting");
    assertQuiet("TBC");
    assertQuiet("tbd");
    assertQuiet("Mayor 2019");
    assertQuiet("Session at WLIC 2017 \u2013 interactive discussion");
    assertQuiet("Year 2 of the plan");
    assertQuiet("from");
    assertQuiet("by the end of");
    assertQuiet("in and");
    assertQuiet("2019?");
    assertQuiet("2019 ".repeat(120));
  }

  @Test
  void misspeltMonthsAreNear() {
    assertTrue(TimeframeReader.looksLikeDate("Jnue"));
    assertTrue(TimeframeReader.looksLikeDate("Mach"));
    assertTrue(TimeframeReader.looksLikeDate("Decmeber"));
    assertTrue(TimeframeReader.looksLikeDate("Q5"));
    assertTrue(TimeframeReader.looksLikeDate("123"));
    assertTrue(TimeframeReader.looksLikeDate("2O20"));
    assertTrue(TimeframeReader.looksLikeDate("20l9"));
    assertFalse(TimeframeReader.looksLikeDate("l9"));
    assertFalse(TimeframeReader.looksLikeDate("lo"));
    assertFalse(TimeframeReader.looksLikeDate("o1"));
    assertFalse(TimeframeReader.looksLikeDate("2x20"));
    assertFalse(TimeframeReader.looksLikeDate("Mayor"));
    assertFalse(TimeframeReader.looksLikeDate("Jun"));
    assertFalse(TimeframeReader.looksLikeDate("TBC"));
    assertFalse(TimeframeReader.looksLikeDate("meeting"));
    assertFalse(TimeframeReader.looksLikeDate("Junes2"));
    assertEquals(1, TimeframeReader.distance("jnue", "june"));
    assertEquals(2, TimeframeReader.distance("mayor", "may"));
    assertEquals(1, TimeframeReader.distance("febuary", "february"));
    assertEquals(3, TimeframeReader.distance("abc", ""));
    assertEquals(3, TimeframeReader.distance("", "abc"));
    assertEquals(2, TimeframeReader.distance("c", "abc"));
    assertEquals(0, TimeframeReader.distance("may", "may"));
    assertEquals(0, TimeframeReader.distance("abc", "abc"));
    assertEquals(1, TimeframeReader.distance("ab", "ba"));
    assertEquals(1, TimeframeReader.distance("abcd", "acbd"));
    assertEquals(2, TimeframeReader.distance("ab", "cd"));
  }

  @Test
  void edgesOfTheGrammar() {
    assertUnreadable("WLIC 2030 -");
    assertUnreadable("WLIC 0999");
    assertUnreadable("2019-20-01");
    assertUnreadable("28-30 February 2021");
    assertUnreadable("February 28-30 2021");
    assertUnreadable("31 April - May 2021");
    assertUnreadable("April 31 - May 2 2021");
    assertIntervals("29 February - March 2020", "2020-02/2020-03");
    assertUnreadable("2025年3月至6月31日");
    assertIntervals("2025年3月至6月30日", "2025-03/2025-06");
    assertUnreadable("from Nov");
    assertUnreadable("3月至2025年6月");
    assertUnreadable("2019 - by 2020");
    assertUnreadable("March from 2021");
    assertStarts("2021 - onwards", "2021-01");
    assertIntervals("March, June - September 2021", "2021-03", "2021-06/2021-09");
    assertQuiet("onwards");
    assertQuiet("by");
    StatedTimeframe unknownAnchor = StatedTimeframe.read("18 months from WLIC 2030");
    assertEquals(Optional.of(Period.ofMonths(18)), unknownAnchor.duration());
    assertEquals(List.of("WLIC 2030"), unknownAnchor.events());
    assertEquals(List.of(), unknownAnchor.intervals());
    StatedTimeframe several = StatedTimeframe.read("from 2021 for several years");
    assertEquals(months("2021-01"), several.startsWithoutEnd());
    assertEquals(Optional.of(Period.ofYears(2)), several.duration());
    assertDuration("twenty-four months", Period.ofMonths(24));
    assertIntervals("18个月 from May 2021", "2021-05/2022-10");
    StatedTimeframe anchoredAtEvent = StatedTimeframe.read("18 months from WLIC 2019");
    assertEquals(intervals("2019-08/2021-01"), anchoredAtEvent.intervals());
    assertEquals(List.of("WLIC 2019"), anchoredAtEvent.events());
    StatedTimeframe fromEvents = StatedTimeframe.read("from WLIC 2018 to WLIC 2019");
    assertEquals(intervals("2018-08/2019-08"), fromEvents.intervals());
    assertEquals(List.of("WLIC 2018", "WLIC 2019"), fromEvents.events());
    assertIntervals("from 2018 until 2019", "2018-01/2019-12");
    assertDuration("thirty-six months", Period.ofMonths(36));
    assertTrue(TimeframeReader.looksLikeDate("Novmbr"));
    assertFalse(TimeframeReader.looksLikeDate("Novmbrrr"));
  }

  // ---- the value

  @Test
  void parseDoesNotRememberLongTexts() {
    String longer = "2019" + " ".repeat(97);
    assertNotSame(StatedTimeframe.parse(longer), StatedTimeframe.parse(longer));
    assertEquals(StatedTimeframe.parse(longer), StatedTimeframe.parse(longer));
    assertEquals(StatedTimeframe.read("Q1 2025"), StatedTimeframe.parse("Q1 2025"));
  }

  @Test
  void ofHasOnlyTheIntervalsGiven() {
    StatedTimeframe stated = StatedTimeframe.of("May 2021 onwards", intervals("2021-05/2021-12"));
    assertEquals(intervals("2021-05/2021-12"), stated.intervals());
    assertEquals(List.of(), stated.startsWithoutEnd());
    assertUnequalValues(stated, StatedTimeframe.read("May 2021 onwards"));
    assertFalse(StatedTimeframe.of("2025-13", List.of()).isUnreadable());
    assertTrue(StatedTimeframe.of("2025-13", List.of()).isUnknown());
  }

  @Test
  void whatWasReadIsPartOfEquality() {
    assertEquals(StatedTimeframe.read("by April 2017"), StatedTimeframe.parse("by April 2017"));
    assertEquals(StatedTimeframe.read("by April 2017").hashCode(),
        StatedTimeframe.read("by April 2017").hashCode());
    assertUnequalValues(StatedTimeframe.read("ongoing"), StatedTimeframe.of("ongoing", List.of()));
    assertUnequalValues(StatedTimeframe.read("by April 2017"), StatedTimeframe.of("by April 2017", List.of()));
    assertUnequalValues(StatedTimeframe.read("from 2021"), StatedTimeframe.of("from 2021", List.of()));
    assertUnequalValues(StatedTimeframe.read("two years"), StatedTimeframe.of("two years", List.of()));
    assertUnequalValues(StatedTimeframe.read("WLIC 2020"), StatedTimeframe.of("WLIC 2020", List.of()));
    assertUnequalValues(StatedTimeframe.read("2025-13"), StatedTimeframe.of("2025-13", List.of()));
    assertFalse(StatedTimeframe.read("2025-13").equals("2025-13"));
  }

  @Test
  void listsAreUnmodifiable() {
    assertUnmodifiable(StatedTimeframe.read("from 2021").startsWithoutEnd(), YearMonth.of(2020, 1));
    assertUnmodifiable(StatedTimeframe.read("by 2021").endsWithoutStart(), YearMonth.of(2020, 1));
    assertUnmodifiable(StatedTimeframe.read("WLIC 2020").events(), "WLIC 2021");
  }

  @Test
  void toStringShowsWhatWasRead() {
    assertEquals("\"Jan 2021 / June 2021 onwards\"[2021-01, 2021-06/..]",
        StatedTimeframe.read("Jan 2021 / June 2021 onwards").toString());
    assertEquals("\"by April 2017\"[../2017-04]", StatedTimeframe.read("by April 2017").toString());
    assertEquals("\"ongoing\"[../..]", StatedTimeframe.read("ongoing").toString());
    assertEquals("\"18 months\"[P18M]", StatedTimeframe.read("18 months").toString());
    assertEquals("\"before WLIC 2019\"[../2019-08, WLIC 2019]", StatedTimeframe.read("before WLIC 2019").toString());
    assertEquals("\"2025-13\"[unreadable]", StatedTimeframe.read("2025-13").toString());
    assertEquals("\"TBC\"[]", StatedTimeframe.read("TBC").toString());
  }

  // ---- properties: what is written reads back

  @Test
  void openEndsReadBack() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), Generate.pick(List.of("%s onwards", "from %s", "since %s", "%s-")))
        .checkAssert((month, form) -> {
          String text = String.format(form, MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear());
          assertEquals(List.of(month), StatedTimeframe.read(text).startsWithoutEnd(), text);
        });
  }

  @Test
  void deadlinesReadBack() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), Generate.pick(List.of("by %s", "before %s", "until %s")))
        .checkAssert((month, form) -> {
          String text = String.format(form, MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear());
          assertEquals(List.of(month), StatedTimeframe.read(text).endsWithoutStart(), text);
        });
  }

  @Test
  void daysReadBackAsTheirMonth() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), Generate.range(1, 27), Generate.pick(List.of("dmy", "mdy", "iso", "zh")))
        .checkAssert((month, day, form) -> {
          String name = MONTHS.get(month.getMonthValue() - 1);
          String text = switch (form) {
            case "dmy" -> day + " " + name + " " + month.getYear();
            case "mdy" -> name + " " + day + "-" + (day + 1) + ", " + month.getYear();
            case "iso" -> month.atDay(day).toString();
            default -> month.getYear() + "年" + month.getMonthValue() + "月" + day + "日";
          };
          assertEquals(List.of(Timeframe.ofMonth(month)), StatedTimeframe.read(text).intervals(), text);
        });
  }

  @Test
  void quartersAndHalvesReadBack() {
    qt().forAll(Generate.range(1000, 9999), Generate.range(1, 4), Generate.pick(List.of("Q%2$d %1$d",
            "%1$d Q%2$d", "%1$d年第%2$d季度")))
        .checkAssert((year, quarter, form) -> {
          String text = String.format(form, year, quarter);
          Timeframe expected = Timeframe.of(YearMonth.of(year, 3 * quarter - 2), YearMonth.of(year, 3 * quarter));
          assertEquals(List.of(expected), StatedTimeframe.read(text).intervals(), text);
        });
    qt().forAll(Generate.range(1000, 9999), Generate.range(1, 2))
        .checkAssert((year, half) -> {
          Timeframe expected = Timeframe.of(YearMonth.of(year, 6 * half - 5), YearMonth.of(year, 6 * half));
          assertEquals(List.of(expected), StatedTimeframe.read("H" + half + " " + year).intervals());
          assertEquals(List.of(expected), StatedTimeframe.read(year + "年" + (half == 1 ? "上" : "下") + "半年")
              .intervals());
        });
  }

  @Test
  void chineseRangesReadBack() {
    qt().forAll(QuickTheoriesGens.of(Generators.yearMonths()), QuickTheoriesGens.of(Generators.yearMonths()))
        .checkAssert((start, end) -> {
          String text = start.getYear() + "年" + start.getMonthValue() + "月至" + end.getYear() + "年"
              + end.getMonthValue() + "月";
          StatedTimeframeTest.assertReadsRange(text, start, end);
        });
  }

  @Test
  void anchoredDurationsReadBack() {
    qt().forAll(Generate.range(1000, 9000).zip(Generate.range(1, 12), YearMonth::of), Generate.range(1, 60))
        .checkAssert((start, length) -> {
          String text = length + " months from " + MONTHS.get(start.getMonthValue() - 1) + " " + start.getYear();
          assertEquals(List.of(Timeframe.of(start, start.plusMonths(length - 1))),
              StatedTimeframe.read(text).intervals(), text);
          assertEquals(Optional.of(Period.ofMonths(length)), StatedTimeframe.read(length + " months").duration());
        });
  }

  @Test
  void severalWrittenTimeframesReadBackInOrder() {
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes()), QuickTheoriesGens.of(Generators.timeframes()), Generate.pick(List.of("; ", ", ", "\n", " and ")))
        .checkAssert((a, b, joint) -> {
          String text = a + joint + b;
          assertEquals(List.of(a, b), StatedTimeframe.read(text).intervals(), text);
        });
  }
}
