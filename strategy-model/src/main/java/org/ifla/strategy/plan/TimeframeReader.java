package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the intervals out of a timeframe as people write it; internal to {@link StatedTimeframe#parse}.
 *
 * <p>The text is read only when it is nothing but dates, ranges and filler words ("in", "from", "and",
 * punctuation); anything else ("by April 2017", "2021 onwards", "at WLIC 2017", "three-year project") leaves
 * the timeframe unknown rather than guessed. Dates are months with a year ("Nov 2019", "15 October 2019",
 * "October 15, 2019", "2019-11"), a month before a dated month ("Nov - Dec 2019"), or years ("2019",
 * "2016-17"). Two dates joined by "-", "–", "—", "/", "to", "until" or "through" make one interval; other
 * dates make one interval each.
 */
final class TimeframeReader {
  private static final ImmutableMap<String, Integer> MONTHS = months();
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern TOKEN = Pattern.compile(
      "(?<isorange>(?<!\\d)(\\d{4})-(\\d{2})\\s*/\\s*(\\d{4})-(\\d{2})(?!\\d))"
          + "|(?<iso>(?<!\\d)(\\d{4})-(\\d{2})(?:-\\d{2})?(?![\\d]))"
          + "|(?<yearpair>(?<!\\d)(\\d{4})\\s*[-–—/]\\s*(\\d{2})(?!\\d))"
          + "|(?<dmy>(?<!\\d)(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d))"
          + "|(?<mdy>" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d))"
          + "|(?<month>" + MONTH + "(?![a-z]))"
          + "|(?<year>(?<!\\d)(\\d{4})(?!\\d))"
          + "|(?<sep>[-–—/]|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)"
          + "|(?<filler>\\s+|[,;:.&()]|\\bin\\b|\\band\\b|\\bfrom\\b|\\bbetween\\b|<[^>]{0,40}>)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);

  private TimeframeReader() {}

  /** A date token: an interval of months, or a month with no year yet (year 0). */
  private static final class Token {
    final YearMonth start;
    final YearMonth end;
    final int monthWithoutYear;
    final boolean separator;

    Token(YearMonth start, YearMonth end, int monthWithoutYear, boolean separator) {
      this.start = start;
      this.end = end;
      this.monthWithoutYear = monthWithoutYear;
      this.separator = separator;
    }
  }

  static ImmutableList<Timeframe> read(String text) {
    if (text.length() > 500) {
      return ImmutableList.of();
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at || m.end() == at) {
        return ImmutableList.of(); // something that is not a date: unknown
      }
      at = m.end();
      try {
        Token t = token(m);
        if (t != null) {
          tokens.add(t);
        }
      } catch (RuntimeException e) { // month 13, year 0999 and the like
        return ImmutableList.of();
      }
    }
    try {
      return intervals(tokens);
    } catch (RuntimeException e) { // "Dec - Jan 1000" reaches back before the year 1000
      return ImmutableList.of();
    }
  }

  private static Token token(Matcher m) {
    if (m.group("isorange") != null) {
      return date(month(m.group(2), m.group(3)), month(m.group(4), m.group(5)));
    }
    if (m.group("iso") != null) {
      int year = Integer.parseInt(m.group(7));
      int two = Integer.parseInt(m.group(8));
      if (two > 12) { // 2016-17: a pair of years
        return yearPair(year, two);
      }
      YearMonth ym = month(m.group(7), m.group(8));
      return date(ym, ym);
    }
    if (m.group("yearpair") != null) {
      return yearPair(Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
    }
    if (m.group("dmy") != null || m.group("mdy") != null) {
      Matcher name = MONTH_NAME.matcher(m.group());
      name.find();
      String digits = m.group().replaceAll("^.*?(\\d{4})\\D*$", "$1");
      YearMonth ym = YearMonth.of(Integer.parseInt(digits), monthNumber(name.group(1)));
      return date(ym, ym);
    }
    if (m.group("month") != null) {
      Matcher name = MONTH_NAME.matcher(m.group());
      name.find();
      return new Token(null, null, monthNumber(name.group(1)), false);
    }
    if (m.group("year") != null) {
      int year = Integer.parseInt(m.group());
      return date(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }
    if (m.group("sep") != null) {
      return new Token(null, null, 0, true);
    }
    return null; // filler
  }

  private static ImmutableList<Timeframe> intervals(List<Token> tokens) {
    ImmutableList.Builder<Timeframe> out = ImmutableList.builder();
    int i = 0;
    boolean any = false;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      if (first.separator) {
        return ImmutableList.of();
      }
      boolean range = i + 2 < tokens.size() && tokens.get(i + 1).separator && !tokens.get(i + 2).separator;
      if (range) {
        Token second = tokens.get(i + 2);
        if (second.start == null) {
          return ImmutableList.of(); // "Nov 2019 - Dec": no year to end with
        }
        YearMonth start = first.start;
        if (start == null) { // "Nov - Dec 2019"
          start = YearMonth.of(second.end.getYear(), first.monthWithoutYear);
          if (start.isAfter(second.end)) {
            start = start.minusYears(1);
          }
        }
        out.add(Timeframe.of(start, second.end));
        i += 3;
      } else {
        if (first.start == null) {
          return ImmutableList.of(); // a month without a year
        }
        out.add(Timeframe.of(first.start, first.end));
        i += 1;
      }
      any = true;
    }
    return any ? out.build() : ImmutableList.of();
  }

  /**
   * A pair of years written with the second one's last two digits ("2016-17", "1999/00"): the second year is
   * the first one with those digits not before the first year, and at most ten years after it ("2019-13" is
   * no pair of years).
   */
  private static Token yearPair(int year, int lastTwoDigits) {
    int endYear = year / 100 * 100 + lastTwoDigits;
    if (endYear < year) {
      endYear += 100;
    }
    if (endYear - year > 10) {
      throw new IllegalArgumentException("not a pair of years: " + year + "-" + lastTwoDigits);
    }
    return date(YearMonth.of(year, 1), YearMonth.of(endYear, 12));
  }

  private static Token date(YearMonth start, YearMonth end) {
    Timeframe.of(start, end); // checks the year range
    return new Token(start, end, 0, false);
  }

  private static YearMonth month(String year, String month) {
    return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
  }

  private static int monthNumber(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static ImmutableMap<String, Integer> months() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], i + 1);
    }
    return b.build();
  }
}
