package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a timeframe says as people write it; internal to {@link StatedTimeframe#parse}.
 *
 * <p>The text is read only when it is nothing but dates, ranges, the words that open or close them and filler
 * words ("in", "at", "and", punctuation); anything else ("at the mid-term meeting", "TBC") leaves the timeframe
 * unknown rather than guessed. A text made only of such parts that still cannot be read ("2025-13", "Jnue
 * 2020", "Nov 2019 - Dec") is {@linkplain Reading#unreadable unreadable}: it looks like a date.
 *
 * <p>Dates are months ("Nov 2019", "2019-11", "2025年3月"), days read as their month ("14 March 2019", "March
 * 14-15 2019", "2019-03-14", "2025年3月14日"), quarters and halves ("Q1 2025", "2025 H2", "first half of
 * 2022", "2025年第一季度", "2025年上半年"), years ("2019", "2016-17", "2025年") and the congresses of
 * {@code ifla-events.txt} ("WLIC 2018"). Two dates joined by "-", "–", "—", "/", "to", "until", "through",
 * "至" or "到" make one interval; other dates make one interval each, and a month with no year takes the year
 * of the month written after it ("March and September 2021") or, in Chinese, before it ("2025年3月至6月").
 * "from", "since", "自", "从" before a date, or "onwards", "起", "以来", "至今" or a dangling "-" after it, open
 * its end; "by", "before", "until", "截至" before a date or "前" after it make a deadline; "ongoing", "持续"
 * alone is open at both ends; "two-year project", "18 months", "multi-year", "两年", "18个月" are durations,
 * anchored when "from" a date follows or precedes them.
 */
final class TimeframeReader {
  /** Longer texts are not read (they are prose, and reading them would cost). */
  static final int MAX_LENGTH = 500;

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String ZH_NUMBER = "[一二三四五六七八九十]{1,3}";
  private static final Pattern TOKEN = Pattern.compile(
      "(?<space>\\s+|[,;:.&()（），；。、：])" // first: the commonest token, and the first character of no other
          + "|(?<isorange>(?<!\\d)(?<ra>\\d{4})-(?<rb>\\d{2})\\s*/\\s*(?<rc>\\d{4})-(?<rd>\\d{2})(?!\\d))"
          + "|(?<zhrange>(?<!\\d)(?<za>\\d{4})\\s*年\\s*(?<zb>\\d{1,2})\\s*[-–—~～至到]\\s*(?<zc>\\d{1,2})\\s*月)"
          + "|(?<zhquarter>(?<!\\d)(?<zqy>\\d{4})\\s*年\\s*(?:第\\s*)?(?<zq>[一二三四1-4])\\s*季度)"
          + "|(?<zhhalf>(?<!\\d)(?<zhy>\\d{4})\\s*年\\s*(?<zh>[上下])半年)"
          + "|(?<zhdate>(?<!\\d)(?<zy>\\d{4})\\s*年(?:\\s*(?<zm>\\d{1,2}|" + ZH_NUMBER + ")\\s*月份?"
          + "(?:\\s*(?<zd>\\d{1,2})\\s*[日号])?)?)"
          + "|(?<zhmonth>(?<!\\d)(?<zmm>\\d{1,2}|" + ZH_NUMBER + ")\\s*月份?(?:\\s*(?<zmd>\\d{1,2})\\s*[日号])?)"
          + "|(?<zhduration>(?<!\\d)(?:(?<zdn>\\d{1,3})|(?<zdw>[一二两三四五六七八九十]{1,3})|(?<zdm>多))\\s*"
          + "(?<zdu>年|个\\s*月)期?)"
          + "|(?<event>(?<![a-z])(?:ifla\\s+)?(?:wlic|world\\s+library\\s+and\\s+information\\s+congress)\\s*"
          + "(?<ey>\\d{4})(?!\\d))"
          + "|(?<quarter>(?<![a-z\\d])(?:q(?<qa>[1-4])\\s*[-/]?\\s*(?<qay>\\d{4})|(?<qby>\\d{4})[-\\s]?q(?<qb>[1-4])"
          + "|(?:the\\s+)?(?<qc>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?(?<qcy>\\d{4}))"
          + "(?!\\d))"
          + "|(?<half>(?<![a-z\\d])(?:h(?<ha>[12])\\s*[-/]?\\s*(?<hay>\\d{4})|(?<hby>\\d{4})[-\\s]?h(?<hb>[12])"
          + "|(?:the\\s+)?(?<hc>first|second|1st|2nd)\\s+half\\s+(?:of\\s+)?(?<hcy>\\d{4}))(?!\\d))"
          + "|(?<duration>(?<![a-z\\d])(?:(?<dn>\\d{1,3})|(?<dw>one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|eighteen|twenty-four|thirty-six)|(?<dmulti>multi|several|many))[\\s-]*(?<du>year|month)s?"
          + "(?:[\\s-]+long)?(?:\\s+(?:project|programme|program|period|plan|initiative|activity|process|effort"
          + "|campaign|cycle)s?)?(?![a-z]))"
          + "|(?<iso>(?<!\\d)(?<iy>\\d{4})-(?<im>\\d{2})(?:-(?<id>\\d{2}))?(?!\\d))"
          + "|(?<yearpair>(?<!\\d)(?<py>\\d{4})\\s*[-–—/]\\s*(?<pl>\\d{2})(?!\\d))"
          + "|(?<dmy>(?<!\\d)(?:(?<da>\\d{1,2})" + ORD + "(?:\\s*[-–]\\s*(?<db>\\d{1,2})" + ORD + ")?\\s+(?:of\\s+)?)?"
          + MONTH + ",?\\s+(?<dy>\\d{4})(?!\\d))"
          + "|(?<mdy>(?<![a-z])" + MONTH + "\\s+(?<ma>\\d{1,2})" + ORD + "(?:\\s*[-–]\\s*(?<mb>\\d{1,2})" + ORD + ")?"
          + ",?\\s+(?<my>\\d{4})(?!\\d))"
          + "|(?<dm>(?<!\\d)(?<dma>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z]))"
          + "|(?<md>(?<![a-z])" + MONTH + "\\s+(?<mda>\\d{1,2})" + ORD + "(?![\\d]))"
          + "|(?<month>(?<![a-z])" + MONTH + "(?![a-z]))"
          + "|(?<year>(?<!\\d)(?<y>\\d{4})(?!\\d))"
          + "|(?<ongoing>(?<![a-z])(?:on-?going(?:\\s+basis)?|continuous(?:ly)?|continuing)(?![a-z])"
          + "|持续(?:进行)?|长期(?:进行)?|进行中|常态化)"
          + "|(?<onwards>(?<![a-z])(?:onwards?|and\\s+(?:beyond|after|later)|or\\s+later)(?![a-z])"
          + "|起至今|至今|以来|开始|起)"
          + "|(?<by>(?<![a-z])(?:by(?:\\s+(?:the\\s+)?end\\s+of)?|before|no\\s+later\\s+than|not\\s+later\\s+than"
          + "|prior\\s+to)(?![a-z])|截至|截止(?:到|于)?|不晚于)"
          + "|(?<byafter>底?(?:之|以)?前)"
          + "|(?<from>(?<![a-z])(?:from|since|starting(?:\\s+(?:in|from))?|beginning(?:\\s+in)?|commencing"
          + "|as\\s+of)(?![a-z])|自从|自|从)"
          + "|(?<until>(?<![a-z])(?:until|till)(?![a-z]))"
          + "|(?<sep>[-–—/~～－]|(?<![a-z])(?:to|through|thru)(?![a-z])|至|到)"
          + "|(?<filler>(?<![a-z])(?:in|and|at|during|the|of|for|over|within|between)"
          + "(?![a-z])|和|及|与|在|于|期间|内|项目|计划|<[^>]{0,40}>)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final ImmutableList<String> MONTH_NAMES = ImmutableList.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");
  private static final ImmutableList<String> NUMBER_WORDS = ImmutableList.of("one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /** The named events and their months, empty for an event that did not take place. */
  static final ImmutableMap<String, Optional<YearMonth>> EVENTS = events("ifla-events.txt");

  private TimeframeReader() {}

  /** What a text says: immutable. */
  static final class Reading {
    /** Nothing read, and nothing that looks like a date. */
    static final Reading NONE = new Reading(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), false,
        null, ImmutableList.of(), false, ImmutableList.of());
    /** Nothing read from a text that looks like a date. */
    static final Reading UNREADABLE = new Reading(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        false, null, ImmutableList.of(), true, ImmutableList.of());

    final ImmutableList<Timeframe> intervals;
    final ImmutableList<YearMonth> startsWithoutEnd;
    final ImmutableList<YearMonth> endsWithoutStart;
    final boolean ongoing;
    final Period duration;
    final ImmutableList<String> events;
    final boolean unreadable;
    /** The intervals written end first, each as the timeframe from the stated end to the stated start. */
    final ImmutableList<Timeframe> inverted;

    Reading(ImmutableList<Timeframe> intervals, ImmutableList<YearMonth> startsWithoutEnd,
        ImmutableList<YearMonth> endsWithoutStart, boolean ongoing, Period duration, ImmutableList<String> events,
        boolean unreadable, ImmutableList<Timeframe> inverted) {
      this.intervals = intervals;
      this.startsWithoutEnd = startsWithoutEnd;
      this.endsWithoutStart = endsWithoutStart;
      this.ongoing = ongoing;
      this.duration = duration;
      this.events = events;
      this.unreadable = unreadable;
      this.inverted = inverted;
    }
  }

  private enum Kind { DATE, MONTH, EVENT, DURATION, ONGOING, ONWARDS, BY, BY_AFTER, FROM, UNTIL, SEP }

  /**
   * A token: a date (an interval of months), a month with no year ({@code month}), an event, a duration (with
   * {@code month} 1 when it has no exact length: "multi-year") or a word.
   */
  private static final class Token {
    final Kind kind;
    final YearMonth start;
    final YearMonth end;
    final int month;
    final boolean chinese;
    final Period duration;
    final String event;

    private Token(Kind kind, YearMonth start, YearMonth end, int month, boolean chinese, Period duration,
        String event) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.month = month;
      this.chinese = chinese;
      this.duration = duration;
      this.event = event;
    }

    static Token word(Kind kind) {
      return new Token(kind, null, null, 0, false, null, null);
    }

    /** A date or an event with a known month. */
    boolean isDated() {
      return start != null;
    }

    /** A date, a month, an event or a duration: not a word such as "from" or "-". */
    boolean isDateLike() {
      return kind == Kind.DATE || kind == Kind.MONTH || kind == Kind.EVENT || kind == Kind.DURATION;
    }

    /** A word that joins two dates into a range. */
    boolean isSeparator() {
      return kind == Kind.SEP || kind == Kind.UNTIL;
    }
  }

  static Reading read(String text) {
    if (text.length() > MAX_LENGTH) {
      return Reading.NONE;
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher word = WORD.matcher(text);
    boolean bad = false; // a part that looks like a date but is none
    int at = 0;
    while (at < text.length()) {
      m.region(at, text.length());
      if (m.lookingAt()) { // every token has a character at least
        at = m.end();
        try {
          Token t = token(m);
          if (t != null) {
            tokens.add(t);
          }
        } catch (RuntimeException e) { // month 13, day 32, year 0999 and the like
          bad = true;
        }
      } else if (word.region(at, text.length()).lookingAt() && looksLikeDate(word.group())) {
        bad = true; // "Jnue", "Q5", "14"
        at = word.end();
      } else {
        return Reading.NONE; // prose
      }
    }
    if (!bad) {
      try {
        Reading reading = items(tokens);
        if (reading != null) {
          return reading;
        }
      } catch (RuntimeException e) { // "Dec - Jan 1000" reaches back before the year 1000
        bad = true;
      }
    }
    return bad || tokens.stream().anyMatch(Token::isDateLike) ? Reading.UNREADABLE : Reading.NONE;
  }

  /**
   * Whether a word that is no token looks like part of a date: a number (one with two digits or more may have
   * the letter O or l for a digit: "2O20"), a quarter or half that does not exist ("Q5"), or a month name with a
   * typo ("Jnue", "Febuary"): at most one letter changed, added, removed or
   * swapped with the next in a word of 4 or 5 letters, two in a longer one.
   */
  static boolean looksLikeDate(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit) || w.matches("[qh]\\d+")) {
      return true;
    }
    if (w.matches("[\\dol]*\\d[\\dol]*\\d[\\dol]*")) { // "2O20", "2019-l2": a number with a letter for a digit
      return true;
    }
    if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    int allowed = w.length() <= 5 ? 1 : 2;
    for (String name : MONTH_NAMES) {
      if (distance(w, name) <= allowed) {
        return true;
      }
    }
    return false;
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  private static Token token(Matcher m) {
    if (m.group("space") != null) {
      return null;
    }
    if (m.group("isorange") != null) {
      return date(month(m.group("ra"), m.group("rb")), month(m.group("rc"), m.group("rd")));
    }
    if (m.group("zhrange") != null) {
      YearMonth start = month(m.group("za"), m.group("zb"));
      return date(start, following(start, Integer.parseInt(m.group("zc"))));
    }
    if (m.group("zhquarter") != null) {
      return quarter(Integer.parseInt(m.group("zqy")), "一二三四1234".indexOf(m.group("zq")) % 4 + 1);
    }
    if (m.group("zhhalf") != null) {
      return half(Integer.parseInt(m.group("zhy")), m.group("zh").equals("上") ? 1 : 2);
    }
    if (m.group("zhdate") != null) {
      int year = Integer.parseInt(m.group("zy"));
      if (m.group("zm") == null) {
        return date(YearMonth.of(year, 1), YearMonth.of(year, 12));
      }
      YearMonth ym = YearMonth.of(year, number(m.group("zm")));
      day(ym, m.group("zd"));
      return date(ym, ym);
    }
    if (m.group("zhmonth") != null) {
      int month = number(m.group("zmm"));
      day(YearMonth.of(2000, month), m.group("zmd")); // 2000 is a leap year: 29 February is a day
      return new Token(Kind.MONTH, null, null, month, true, null, null);
    }
    if (m.group("zhduration") != null) {
      int n = m.group("zdm") != null ? 2 : m.group("zdn") != null ? Integer.parseInt(m.group("zdn"))
          : number(m.group("zdw").replace('两', '二'));
      return duration(n, m.group("zdu").equals("年"), m.group("zdm") != null);
    }
    if (m.group("event") != null) {
      String name = "WLIC " + m.group("ey");
      Optional<YearMonth> month = EVENTS.getOrDefault(name, Optional.empty());
      int year = Integer.parseInt(m.group("ey"));
      Timeframe.ofYears(year, year); // checks the year range
      return new Token(Kind.EVENT, month.orElse(null), month.orElse(null), 0, false, null, name);
    }
    if (m.group("quarter") != null) {
      return m.group("qa") != null ? quarter(Integer.parseInt(m.group("qay")), Integer.parseInt(m.group("qa")))
          : m.group("qb") != null ? quarter(Integer.parseInt(m.group("qby")), Integer.parseInt(m.group("qb")))
          : quarter(Integer.parseInt(m.group("qcy")), ordinal(m.group("qc")));
    }
    if (m.group("half") != null) {
      return m.group("ha") != null ? half(Integer.parseInt(m.group("hay")), Integer.parseInt(m.group("ha")))
          : m.group("hb") != null ? half(Integer.parseInt(m.group("hby")), Integer.parseInt(m.group("hb")))
          : half(Integer.parseInt(m.group("hcy")), ordinal(m.group("hc")));
    }
    if (m.group("duration") != null) {
      boolean multi = m.group("dmulti") != null;
      int n = multi ? 2 : m.group("dn") != null ? Integer.parseInt(m.group("dn")) : wordNumber(m.group("dw"));
      return duration(n, m.group("du").equalsIgnoreCase("year"), multi);
    }
    if (m.group("iso") != null) {
      int year = Integer.parseInt(m.group("iy"));
      int two = Integer.parseInt(m.group("im"));
      if (two > 12 && m.group("id") == null) { // 2016-17: a pair of years
        return yearPair(year, two);
      }
      YearMonth ym = YearMonth.of(year, two);
      day(ym, m.group("id"));
      return date(ym, ym);
    }
    if (m.group("yearpair") != null) {
      return yearPair(Integer.parseInt(m.group("py")), Integer.parseInt(m.group("pl")));
    }
    if (m.group("dmy") != null) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group("dy")), monthNumber(m.group()));
      day(ym, m.group("da"));
      day(ym, m.group("db"));
      return date(ym, ym);
    }
    if (m.group("mdy") != null) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group("my")), monthNumber(m.group()));
      day(ym, m.group("ma"));
      day(ym, m.group("mb"));
      return date(ym, ym);
    }
    if (m.group("dm") != null || m.group("md") != null || m.group("month") != null) {
      int month = monthNumber(m.group());
      day(YearMonth.of(2000, month), m.group("dm") != null ? m.group("dma") : m.group("mda"));
      return new Token(Kind.MONTH, null, null, month, false, null, null);
    }
    if (m.group("year") != null) {
      int year = Integer.parseInt(m.group());
      return date(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }
    return words(m);
  }

  private static Token words(Matcher m) {
    if (m.group("ongoing") != null) {
      return Token.word(Kind.ONGOING);
    }
    if (m.group("onwards") != null) {
      return Token.word(Kind.ONWARDS);
    }
    if (m.group("by") != null) {
      return Token.word(Kind.BY);
    }
    if (m.group("byafter") != null) {
      return Token.word(Kind.BY_AFTER);
    }
    if (m.group("from") != null) {
      return Token.word(Kind.FROM);
    }
    if (m.group("until") != null) {
      return Token.word(Kind.UNTIL);
    }
    if (m.group("sep") != null) {
      return Token.word(Kind.SEP);
    }
    return null; // filler
  }

  /** Puts the tokens together, or returns null if they say nothing. */
  private static Reading items(List<Token> tokens) {
    ImmutableList.Builder<Timeframe> intervals = ImmutableList.builder();
    ImmutableList.Builder<Timeframe> inverted = ImmutableList.builder();
    ImmutableList.Builder<YearMonth> starts = ImmutableList.builder();
    ImmutableList.Builder<YearMonth> ends = ImmutableList.builder();
    ImmutableList.Builder<String> events = ImmutableList.builder();
    Period duration = null;
    boolean ongoing = false;
    boolean any = false;
    Token last = null; // the last date read, for a Chinese month with no year
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token a = tokens.get(i);
      Token b = i + 1 < n ? tokens.get(i + 1) : null;
      Token c = i + 2 < n ? tokens.get(i + 2) : null;
      if (a.event != null) {
        events.add(a.event);
        any = true;
      }
      switch (a.kind) {
        case ONGOING:
          ongoing = true;
          i++;
          continue;
        case DURATION:
          if (b != null && b.kind == Kind.FROM && c != null && c.isDated() && anchorable(a)) {
            intervals.add(anchored(c.start, a.duration));
            addEvent(events, c);
            last = c;
            i += 3;
          } else if (duration != null) {
            return null;
          } else {
            duration = a.duration;
            i++;
          }
          any = true;
          continue;
        case FROM:
          if (b == null || !(b.isDated() || b.kind == Kind.EVENT)) {
            return null;
          }
          addEvent(events, b);
          any = true;
          if (!b.isDated()) { // from an event of unknown month
            i += 2;
          } else if (c != null && c.isSeparator() && i + 3 < n
              && tokens.get(i + 3).isDated()) {
            Token d = tokens.get(i + 3);
            addEvent(events, d);
            interval(intervals, inverted, b.start, d.end);
            last = d;
            i += 4;
          } else if (c != null && c.kind == Kind.DURATION && anchorable(c)) {
            intervals.add(anchored(b.start, c.duration));
            last = b;
            i += 3;
          } else {
            starts.add(b.start);
            last = b;
            i += c != null && c.kind == Kind.ONWARDS ? 3 : 2;
          }
          continue;
        case BY:
        case UNTIL:
          if (b == null || !(b.isDated() || b.kind == Kind.EVENT)) {
            return null;
          }
          addEvent(events, b);
          if (b.isDated()) {
            ends.add(b.end);
            last = b;
          }
          any = true;
          i += 2;
          continue;
        case MONTH:
          if (b != null && b.isSeparator() && c != null && c.kind == Kind.DATE && !a.chinese) { // Nov - Dec 2019
            YearMonth start = YearMonth.of(c.end.getYear(), a.month);
            intervals.add(Timeframe.of(start.isAfter(c.end) ? start.minusYears(1) : start, c.end));
            last = c;
            i += 3;
          } else {
            YearMonth month = YearMonth.of(yearFor(tokens, i, last), a.month);
            intervals.add(Timeframe.ofMonth(month));
            i++;
          }
          any = true;
          continue;
        case DATE:
        case EVENT:
          any = true;
          if (!a.isDated()) { // an event of unknown month
            i++;
            continue;
          }
          last = a;
          if (b != null && b.kind == Kind.ONWARDS) {
            starts.add(a.start);
            i += 2;
          } else if (b != null && b.kind == Kind.BY_AFTER) {
            ends.add(a.end);
            i += 2;
          } else if (b != null && b.isSeparator()) {
            if (c == null || c.kind == Kind.ONGOING || c.kind == Kind.ONWARDS) { // "2021-", "2021 - ongoing"
              starts.add(a.start);
              i += c == null ? 2 : 3;
            } else if (c.isDated() && i + 3 < n && tokens.get(i + 3).kind == Kind.ONWARDS) {
              interval(intervals, inverted, a.start, a.end); // "Jan 2021 / June 2021 onwards": two
              i += 2;
            } else if (c.isDated()) {
              addEvent(events, c);
              interval(intervals, inverted, a.start, c.end);
              last = c;
              i += 3;
            } else if (c.kind == Kind.MONTH && c.chinese) { // 2025年3月至6月
              interval(intervals, inverted, a.start, following(a.end, c.month));
              i += 3;
            } else {
              return null;
            }
          } else {
            interval(intervals, inverted, a.start, a.end); // "2020-05/2019-11" may be written end first
            i++;
          }
          continue;
        default: // a separator, "onwards" or "前" with nothing before
          return null;
      }
    }
    if (!any && !ongoing) {
      return null;
    }
    ImmutableList<Timeframe> read = intervals.build();
    ImmutableList<YearMonth> open = starts.build();
    ImmutableList<YearMonth> deadlines = ends.build();
    boolean onlyOngoing = ongoing && !any;
    return new Reading(read, open, deadlines, onlyOngoing, duration, events.build(), false, inverted.build());
  }

  /**
   * A range as written: an interval, or, when it ends before it starts, an inverted one, kept as the timeframe
   * from its end to its start.
   */
  private static void interval(ImmutableList.Builder<Timeframe> intervals, ImmutableList.Builder<Timeframe> inverted,
      YearMonth start, YearMonth end) {
    if (end.isBefore(start)) {
      inverted.add(Timeframe.of(end, start));
    } else {
      intervals.add(Timeframe.of(start, end));
    }
  }

  private static void addEvent(ImmutableList.Builder<String> events, Token t) {
    if (t.event != null) {
      events.add(t.event);
    }
  }

  /** The year of a month written with none: the next date's ("March and September 2021"), or in Chinese the last. */
  private static int yearFor(List<Token> tokens, int i, Token last) {
    if (tokens.get(i).chinese) {
      if (last == null) {
        throw new IllegalArgumentException("a month with no year");
      }
      return last.end.getYear();
    }
    for (int j = i + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind == Kind.DATE) {
        return t.start.getYear();
      }
      if (t.kind != Kind.MONTH && !t.isSeparator()) {
        break;
      }
    }
    throw new IllegalArgumentException("a month with no year");
  }

  /** The first month numbered {@code month} not before {@code start}. */
  private static YearMonth following(YearMonth start, int month) {
    YearMonth end = YearMonth.of(start.getYear(), month);
    return end.isBefore(start) ? end.plusYears(1) : end;
  }

  private static boolean anchorable(Token duration) {
    return duration.month == 0; // "multi-year" has no length to anchor
  }

  private static Timeframe anchored(YearMonth start, Period length) {
    return Timeframe.of(start, start.plusMonths(length.toTotalMonths() - 1));
  }

  private static Token duration(int n, boolean years, boolean multi) {
    if (n < 1) {
      throw new IllegalArgumentException("a duration of nothing");
    }
    Period length = years ? Period.ofYears(n) : Period.ofMonths(n);
    return new Token(Kind.DURATION, null, null, multi ? 1 : 0, false, length, null);
  }

  private static Token quarter(int year, int quarter) {
    return date(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
  }

  private static Token half(int year, int half) {
    return date(YearMonth.of(year, half * 6 - 5), YearMonth.of(year, half * 6));
  }

  private static int ordinal(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "first":
      case "1st":
        return 1;
      case "second":
      case "2nd":
        return 2;
      case "third":
      case "3rd":
        return 3;
      default:
        return 4;
    }
  }

  private static int wordNumber(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    switch (w) {
      case "eighteen":
        return 18;
      case "twenty-four":
        return 24;
      case "thirty-six":
        return 36;
      default:
        return NUMBER_WORDS.indexOf(w) + 1;
    }
  }

  /** A number in digits or in Chinese numerals up to 99 ("三", "十二", "二十四"). */
  static int number(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    int ten = text.indexOf('十');
    if (ten < 0) {
      if (text.length() != 1) {
        throw new IllegalArgumentException("not a number: " + text);
      }
      return digit(text.charAt(0));
    }
    if (ten > 1 || text.length() - ten > 2 || text.lastIndexOf('十') != ten) {
      throw new IllegalArgumentException("not a number: " + text);
    }
    int tens = ten == 0 ? 1 : digit(text.charAt(0));
    int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
    return tens * 10 + units;
  }

  private static int digit(char c) {
    int digit = "一二三四五六七八九".indexOf(c) + 1;
    if (digit == 0) {
      throw new IllegalArgumentException("not a digit: " + c);
    }
    return digit;
  }

  /** Checks that the day, if written, is a day of the month. */
  private static void day(YearMonth month, String day) {
    if (day != null) {
      LocalDate.of(month.getYear(), month.getMonthValue(), Integer.parseInt(day));
    }
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
    Timeframe.ofMonth(start); // checks the year range; a range may be written end first
    Timeframe.ofMonth(end);
    return new Token(Kind.DATE, start, end, 0, false, null, null);
  }

  private static YearMonth month(String year, String month) {
    return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
  }

  /** The number of the month named in the text. */
  private static int monthNumber(String text) {
    Matcher name = MONTH_NAME.matcher(text);
    name.find();
    String prefix = name.group().toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (MONTH_NAMES.get(month.ordinal()).startsWith(prefix)) {
        return month.getValue();
      }
    }
    throw new AssertionError(prefix);
  }

  private static ImmutableMap<String, Optional<YearMonth>> events(String file) {
    ImmutableMap.Builder<String, Optional<YearMonth>> events = ImmutableMap.builder();
    try (InputStream in = TimeframeReader.class.getResourceAsStream(file)) {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] columns = line.split("\\|");
          String month = columns[1].trim();
          events.put(columns[0].trim(), month.equals("-") ? Optional.empty() : Optional.of(YearMonth.parse(month)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return events.build();
  }
}
