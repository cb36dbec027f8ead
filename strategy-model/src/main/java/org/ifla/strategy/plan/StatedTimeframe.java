package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A timeframe as a plan states it: the text exactly as written, and the intervals that could be read from it.
 * "Nov 2019 - May 2020" holds {@code 2019-11/2020-05}; two ranges in one cell hold two intervals; text with
 * no readable interval ("by April 2017", "2021 onwards", "at WLIC 2017", "three-year project") holds none
 * and is {@linkplain #isUnknown() unknown}, never an error.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedTimeframe {
  /**
   * Texts already read, and what was read from them: plans repeat the same few timeframes ("Nov 2019 - May
   * 2020"), and reading one with the regular expressions was a large part of decoding a plan and of writing
   * it back (see benchmarks/README.md). Values are immutable, so one may be shared. Bounded: at most 4096
   * texts of at most 100 characters.
   */
  private static final ConcurrentHashMap<String, StatedTimeframe> PARSED = new ConcurrentHashMap<>();
  private static final int PARSED_LIMIT = 4096;
  private static final int PARSED_LENGTH = 100;

  private final String text;
  private final ImmutableList<Timeframe> intervals;

  private StatedTimeframe(String text, ImmutableList<Timeframe> intervals) {
    this.text = requireNonNull(text, "text");
    checkArgument(!text.isBlank(), "blank timeframe text");
    this.intervals = intervals;
  }

  /**
   * Returns the timeframe as written, with the intervals read from the text. Reading is strict: the text is
   * read only when it is nothing but dates and ranges ("Nov 2019 - May 2020", "2019-11/2020-05", "2016-17",
   * "in March 2017", "Oct 2019 – Jan 2020, Feb 2020 – June 2020"); otherwise it is kept, unknown.
   *
   * @param text the text as written, not blank
   * @return the stated timeframe
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static StatedTimeframe parse(String text) {
    StatedTimeframe known = PARSED.get(requireNonNull(text, "text")); // never blank: none is kept
    if (known != null) {
      return known;
    }
    checkArgument(!text.isBlank(), "blank timeframe text");
    StatedTimeframe parsed = new StatedTimeframe(text, TimeframeReader.read(text));
    if (text.length() <= PARSED_LENGTH && PARSED.size() < PARSED_LIMIT) {
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  /**
   * Returns a stated timeframe with the given intervals, whatever the text says.
   *
   * @param text the text as written, not blank
   * @param intervals the intervals the text means, possibly none
   * @return the stated timeframe
   * @throws NullPointerException if an argument or interval is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static StatedTimeframe of(String text, Iterable<Timeframe> intervals) {
    return new StatedTimeframe(text, ImmutableList.copyOf(intervals));
  }

  /**
   * Returns the stated timeframe whose text is the interval's text form.
   *
   * @param interval the interval
   * @return the stated timeframe
   * @throws NullPointerException if the interval is null
   */
  public static StatedTimeframe of(Timeframe interval) {
    return new StatedTimeframe(interval.toString(), ImmutableList.of(interval));
  }

  /**
   * Returns the text exactly as written.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the intervals the text states, in the order written.
   *
   * @return the intervals, empty when unknown
   */
  public ImmutableList<Timeframe> intervals() {
    return intervals;
  }

  /**
   * Returns whether no interval could be read.
   *
   * @return whether the timeframe is unknown
   */
  public boolean isUnknown() {
    return intervals.isEmpty();
  }

  /**
   * Two stated timeframes are equal when their texts and intervals are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatedTimeframe
        && ((StatedTimeframe) other).text.equals(text)
        && ((StatedTimeframe) other).intervals.equals(intervals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, intervals);
  }

  /**
   * Returns a debugging form: the text, and the intervals read from it.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return '"' + text + '"' + intervals;
  }
}
