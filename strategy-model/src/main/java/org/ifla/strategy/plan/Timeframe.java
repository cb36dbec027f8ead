package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An interval of months, both ends included, such as {@code 2019-11/2020-05}.
 *
 * <p>A timeframe holds what a plan states, so its end may come before its start; {@link #isInverted()} says
 * so, and the alignment rule {@code timeframe-inverted} reports it. Years run from 1000 to 9999.
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads: {@code START/END}, or a single
 * {@code YYYY-MM} when both ends are the same month. Immutable and thread-safe.
 */
public final class Timeframe {
  private final YearMonth start;
  private final YearMonth end;

  private Timeframe(YearMonth start, YearMonth end) {
    this.start = checkYear(requireNonNull(start, "start"));
    this.end = checkYear(requireNonNull(end, "end"));
  }

  private static YearMonth checkYear(YearMonth month) {
    checkArgument(month.getYear() >= 1000 && month.getYear() <= 9999, "year out of range 1000-9999: %s", month);
    return month;
  }

  /**
   * Returns the timeframe from {@code start} to {@code end}, both included.
   *
   * @param start the first month
   * @param end the last month; may be before {@code start} (an inverted timeframe)
   * @return the timeframe
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a year is outside 1000-9999
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
   * @param lastYear the last year
   * @return the timeframe
   * @throws IllegalArgumentException if a year is outside 1000-9999
   */
  public static Timeframe ofYears(int firstYear, int lastYear) {
    checkArgument(firstYear >= 1000 && firstYear <= 9999, "year out of range 1000-9999: %s", firstYear);
    checkArgument(lastYear >= 1000 && lastYear <= 9999, "year out of range 1000-9999: %s", lastYear);
    return new Timeframe(YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
  }

  /**
   * Parses {@code YYYY-MM/YYYY-MM} or {@code YYYY-MM}.
   *
   * @param text the text, such as {@code 2019-11/2020-05}
   * @return the timeframe
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not in that form; the message names the text
   */
  public static Timeframe parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return ofMonth(month(s));
      }
      return of(month(s.substring(0, slash)), month(s.substring(slash + 1)));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a timeframe (YYYY-MM/YYYY-MM or YYYY-MM): '" + abbreviate(s) + "'", e);
    }
  }

  private static YearMonth month(String s) {
    checkArgument(s.length() == 7 && s.charAt(4) == '-', "not YYYY-MM: %s", s);
    try {
      return YearMonth.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not YYYY-MM: " + s, e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
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
   * Returns whether the end comes before the start.
   *
   * @return whether this timeframe is inverted
   */
  public boolean isInverted() {
    return end.isBefore(start);
  }

  /**
   * Returns whether every month of the other timeframe is inside this one. Inverted timeframes contain
   * nothing and are contained in nothing.
   *
   * @param other the other timeframe
   * @return whether it lies inside this one
   * @throws NullPointerException if the other is null
   */
  public boolean contains(Timeframe other) {
    return !isInverted() && !other.isInverted() && !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns whether the two timeframes share at least one month. Inverted timeframes overlap nothing.
   *
   * @param other the other timeframe
   * @return whether they overlap
   * @throws NullPointerException if the other is null
   */
  public boolean overlaps(Timeframe other) {
    return !isInverted() && !other.isInverted() && !other.end.isBefore(start) && !other.start.isAfter(end);
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
