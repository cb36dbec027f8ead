package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An interval of months, both ends included, such as {@code 2019-11/2020-05}: always valid, its end never before
 * its start (as ThreeTen-Extra's {@code LocalDateRange}), so that every timeframe contains and overlaps itself.
 *
 * <p>What a plan writes may end before it starts ("May 2020 - Nov 2019"); that is kept where it belongs, on the
 * {@link StatedTimeframe} that holds the text as written ({@link StatedTimeframe#isInverted()}), and the
 * alignment rule {@code timeframe-inverted} reports it. Years run from 1000 to 9999.
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads: {@code START/END}, or a single
 * {@code YYYY-MM} when both ends are the same month. Immutable and thread-safe.
 */
public final class Timeframe {
  private static final String FORM = "not a timeframe (YYYY-MM/YYYY-MM or YYYY-MM): '";
  private static final int MONTH_LENGTH = 7;

  private final YearMonth start;
  private final YearMonth end;

  private Timeframe(YearMonth start, YearMonth end) {
    this.start = checkYear(requireNonNull(start, "start"));
    this.end = checkYear(requireNonNull(end, "end"));
    if (end.isBefore(start)) {
      throw new DateTimeException("a timeframe cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  private static YearMonth checkYear(YearMonth month) {
    checkArgument(month.getYear() >= 1000 && month.getYear() <= 9999, "year out of range 1000-9999: %s", month);
    return month;
  }

  /**
   * Returns the timeframe from {@code start} to {@code end}, both included.
   *
   * @param start the first month
   * @param end the last month, not before {@code start}
   * @return the timeframe
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a year is outside 1000-9999
   * @throws DateTimeException if the end is before the start; the message names both
   */
  public static Timeframe of(YearMonth start, YearMonth end) {
    return new Timeframe(start, end);
  }

  /**
   * Returns the timeframe of one month.
   *
   * @param month the month
   * @return the timeframe
   * @throws NullPointerException if the month is null
   * @throws IllegalArgumentException if the year is outside 1000-9999
   */
  public static Timeframe ofMonth(YearMonth month) {
    return new Timeframe(month, month);
  }

  /**
   * Returns the timeframe from January of {@code firstYear} to December of {@code lastYear}.
   *
   * @param firstYear the first year
   * @param lastYear the last year, not before the first
   * @return the timeframe
   * @throws IllegalArgumentException if a year is outside 1000-9999
   * @throws DateTimeException if the last year is before the first; the message names both ends
   */
  public static Timeframe ofYears(int firstYear, int lastYear) {
    checkArgument(firstYear >= 1000 && firstYear <= 9999, "year out of range 1000-9999: %s", firstYear);
    checkArgument(lastYear >= 1000 && lastYear <= 9999, "year out of range 1000-9999: %s", lastYear);
    return new Timeframe(YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
  }

  /**
   * Parses {@code YYYY-MM/YYYY-MM} or {@code YYYY-MM}, strictly: four digits, a hyphen, two digits, a year from
   * 1000 to 9999 and a month from 01 to 12, nothing around, the end not before the start.
   *
   * @param text the text, such as {@code 2019-11/2020-05}
   * @return the timeframe
   * @throws NullPointerException if the text is null
   * @throws DateTimeParseException if the text is not in that form, or ends before it starts; as java.time's
   *     parsers do, the exception holds the text ({@link DateTimeParseException#getParsedString()}) and the index
   *     (from 0) of the first character in error ({@link DateTimeParseException#getErrorIndex()}, the end's
   *     first character for an end before the start), and the message quotes the text (cut after 57
   *     characters) and gives the index, as in {@code at index 5}
   */
  public static Timeframe parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    YearMonth first = month(s, 0);
    if (s.length() == MONTH_LENGTH) {
      return ofMonth(first);
    }
    if (s.charAt(MONTH_LENGTH) != '/') {
      throw parseError(s, MONTH_LENGTH, "expected '/' or the end of the text", null);
    }
    int endAt = MONTH_LENGTH + 1;
    YearMonth last = month(s, endAt);
    if (s.length() > endAt + MONTH_LENGTH) {
      throw parseError(s, endAt + MONTH_LENGTH, "expected the end of the text", null);
    }
    try {
      return of(first, last);
    } catch (DateTimeException e) {
      throw parseError(s, endAt, e.getMessage(), e);
    }
  }

  /** Reads {@code YYYY-MM} at {@code at}, or fails at the first character in error. */
  private static YearMonth month(String s, int at) {
    for (int i = 0; i < MONTH_LENGTH; i++) {
      if (at + i >= s.length()) {
        throw parseError(s, at + i, "the text ends inside YYYY-MM", null);
      }
      char c = s.charAt(at + i);
      boolean ok = i == 4 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        throw parseError(s, at + i, i == 4 ? "expected '-' in YYYY-MM" : "expected a digit in YYYY-MM", null);
      }
    }
    int year = Integer.parseInt(s.substring(at, at + 4));
    if (year < 1000) {
      throw parseError(s, at, "year out of range 1000-9999: " + s.substring(at, at + 4), null);
    }
    int month = Integer.parseInt(s.substring(at + 5, at + MONTH_LENGTH));
    if (month < 1 || month > 12) {
      throw parseError(s, at + 5, "month out of range 01-12: " + s.substring(at + 5, at + MONTH_LENGTH), null);
    }
    return YearMonth.of(year, month);
  }

  private static DateTimeParseException parseError(String text, int index, String reason, Throwable cause) {
    String quoted = text.length() <= 60 ? text : text.substring(0, 57) + "...";
    return new DateTimeParseException(FORM + quoted + "' at index " + index + ": " + reason, text, index, cause);
  }

  /**
   * Returns the first month.
   *
   * @return the start
   */
  public YearMonth start() {
    return start;
  }

  /**
   * Returns the last month, included.
   *
   * @return the end
   */
  public YearMonth end() {
    return end;
  }

  /**
   * Returns whether every month of the other timeframe is inside this one. A timeframe contains itself.
   *
   * @param other the other timeframe
   * @return whether it lies inside this one
   * @throws NullPointerException if the other is null
   */
  public boolean contains(Timeframe other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns whether the two timeframes share at least one month. A timeframe overlaps itself.
   *
   * @param other the other timeframe
   * @return whether they overlap
   * @throws NullPointerException if the other is null
   */
  public boolean overlaps(Timeframe other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Two timeframes are equal when their starts and ends are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Timeframe && ((Timeframe) other).start.equals(start) && ((Timeframe) other).end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * Returns {@code START/END}, or {@code YYYY-MM} for a single month: the form {@link #parse(CharSequence)}
   * reads.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + "/" + end;
  }
}
