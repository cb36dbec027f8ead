package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A timeframe as a plan states it: the text exactly as written, and what could be read from it.
 *
 * <p>What is read, by the forms that README.md lists in full:
 *
 * <ul>
 *   <li>{@linkplain #intervals() intervals} of months: "Nov 2019 - May 2020" holds {@code 2019-11/2020-05}, "14
 *       March 2019" and "2019-03-14" hold the month {@code 2019-03}, "Q1 2025" {@code 2025-01/2025-03}, "2025年上半年"
 *       {@code 2025-01/2025-06}, "at WLIC 2018" the month of that congress, {@code 2018-08}; two dates or ranges
 *       in one cell ("Jan 2021 / June 2021 onwards", "March and September 2021") hold one each;
 *   <li>{@linkplain #startsWithoutEnd() starts with no end}: "May 2021 onwards", "from 2021", "since March 2019",
 *       "2021-", "2019年至今";
 *   <li>{@linkplain #endsWithoutStart() ends with no start}, deadlines: "by April 2017", "before WLIC 2019",
 *       "until June 2020", "2025年3月前"; the end is the month named (a deadline is kept in that month);
 *   <li>{@linkplain #isOngoing() ongoing} work, open at both ends: "ongoing", "持续";
 *   <li>a {@linkplain #duration() duration} with no anchor: "two-year project", "18 months", "multi-year" (read
 *       as two years, the least it means), "两年"; a duration anchored "from" a date is an interval;
 *   <li>the {@linkplain #events() events} of IFLA's calendar named ("WLIC 2018"), whether or not their month is
 *       known;
 *   <li>ranges written end first, {@linkplain #isInverted() stated inverted}: "May 2020 - Nov 2019" is no
 *       interval (a {@link Timeframe} never ends before it starts) but is kept, among the
 *       {@linkplain #invertedIntervals() inverted intervals}, and the alignment rule {@code timeframe-inverted}
 *       reports it.
 * </ul>
 *
 * <p>Text that is not only dates and the words around them ("at the mid-term meeting", "TBC") is kept, with
 * nothing read: it is {@linkplain #isUnknown() unknown}, never an error. Text made of date-like parts that still
 * cannot be read ("2025-13", "Jnue 2020", "Nov 2019 - Dec") is unknown too, and {@linkplain #isUnreadable()
 * unreadable}: the alignment rule {@code timeframe-unreadable} reports it.
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
  private final ImmutableList<YearMonth> startsWithoutEnd;
  private final ImmutableList<YearMonth> endsWithoutStart;
  private final boolean ongoing;
  private final Period duration; // null: none
  private final ImmutableList<String> events;
  private final boolean unreadable;
  private final ImmutableList<Timeframe> invertedIntervals;

  private StatedTimeframe(String text, TimeframeReader.Reading reading) {
    this.text = requireNonNull(text, "text");
    checkArgument(!text.isBlank(), "blank timeframe text");
    this.intervals = reading.intervals;
    this.startsWithoutEnd = reading.startsWithoutEnd;
    this.endsWithoutStart = reading.endsWithoutStart;
    this.ongoing = reading.ongoing;
    this.duration = reading.duration;
    this.events = reading.events;
    this.unreadable = reading.unreadable;
    this.invertedIntervals = reading.inverted;
  }

  /**
   * Returns the timeframe as written, with what could be read from it (see the class description). Reading is
   * strict: the text is read only when it is nothing but dates, ranges and the words around them; otherwise
   * it is kept, unknown. Fast for a text already read: up to 4096 texts of up to 100 characters are
   * remembered.
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
    StatedTimeframe parsed = read(text);
    if (text.length() <= PARSED_LENGTH && PARSED.size() < PARSED_LIMIT) {
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  /** Reads the text, without the texts already read: {@link #parse} but for the cache (for tests). */
  static StatedTimeframe read(String text) {
    return new StatedTimeframe(text, TimeframeReader.read(text));
  }

  /**
   * Returns a stated timeframe with the given intervals and nothing else, whatever the text says: no start
   * or end alone, not ongoing, no duration, no event, not unreadable.
   *
   * @param text the text as written, not blank
   * @param intervals the intervals the text means, possibly none
   * @return the stated timeframe
   * @throws NullPointerException if an argument or interval is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static StatedTimeframe of(String text, Iterable<Timeframe> intervals) {
    return of(text, intervals, ImmutableList.of());
  }

  /**
   * Returns a stated timeframe with the given intervals, those stated inverted, and nothing else, whatever the
   * text says: what a tool that knows better states, including ranges that a unit wrote end first.
   *
   * @param text the text as written, not blank
   * @param intervals the intervals the text means, possibly none
   * @param invertedIntervals the ranges the text writes end first, each as the timeframe from the stated end to
   *     the stated start ({@code 2019-11/2020-05} for "May 2020 - Nov 2019"), possibly none
   * @return the stated timeframe
   * @throws NullPointerException if an argument or interval is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static StatedTimeframe of(String text, Iterable<Timeframe> intervals,
      Iterable<Timeframe> invertedIntervals) {
    return new StatedTimeframe(text, new TimeframeReader.Reading(ImmutableList.copyOf(intervals),
        ImmutableList.of(), ImmutableList.of(), false, null, ImmutableList.of(), false,
        ImmutableList.copyOf(invertedIntervals)));
  }

  /**
   * Returns the stated timeframe whose text is the interval's text form, and whose only interval it is.
   *
   * @param interval the interval
   * @return the stated timeframe
   * @throws NullPointerException if the interval is null
   */
  public static StatedTimeframe of(Timeframe interval) {
    return of(interval.toString(), ImmutableList.of(interval));
  }

  /**
   * Returns the text exactly as written.
   *
   * @return the text, never blank
   */
  public String text() {
    return text;
  }

  /**
   * Returns the intervals the text states, in the order written: ranges, months (of a day, an event), quarters,
   * halves and years, and durations anchored to a start.
   *
   * @return the intervals, possibly empty; an immutable list
   */
  public ImmutableList<Timeframe> intervals() {
    return intervals;
  }

  /**
   * Returns the ranges the text writes end first ("May 2020 - Nov 2019"), in the order written, each as the
   * timeframe from the stated end to the stated start ({@code 2019-11/2020-05}): what a unit wrote, kept for
   * the rule {@code timeframe-inverted}, and no interval of the timeframe.
   *
   * @return the inverted ranges, possibly empty; an immutable list
   */
  public ImmutableList<Timeframe> invertedIntervals() {
    return invertedIntervals;
  }

  /**
   * Returns whether the text writes a range end first ("May 2020 - Nov 2019"): stated inverted.
   *
   * @return whether some range is stated inverted
   */
  public boolean isInverted() {
    return !invertedIntervals.isEmpty();
  }

  /**
   * Returns the first months of what the text states with no end, in the order written: {@code 2021-05} for
   * "May 2021 onwards", {@code 2021-01} for "from 2021".
   *
   * @return the starts, possibly empty; an immutable list
   */
  public ImmutableList<YearMonth> startsWithoutEnd() {
    return startsWithoutEnd;
  }

  /**
   * Returns the last months of what the text states with no start, deadlines, in the order written: {@code
   * 2017-04} for "by April 2017", {@code 2019-08} for "before WLIC 2019" (a deadline is the month named, the
   * model's unit being the month).
   *
   * @return the ends, possibly empty; an immutable list
   */
  public ImmutableList<YearMonth> endsWithoutStart() {
    return endsWithoutStart;
  }

  /**
   * Returns whether the text says only that the work is ongoing ("ongoing", "continuous", "持续"): open at both
   * ends. A text that also gives a date ("ongoing since 2019", "2021 - ongoing") is read as that date instead.
   *
   * @return whether the timeframe is ongoing
   */
  public boolean isOngoing() {
    return ongoing;
  }

  /**
   * Returns the duration the text states with no start to anchor it ("two-year project" is {@code P2Y}, "18
   * months" {@code P18M}, "multi-year" {@code P2Y}, the least it means). A duration written with its start
   * ("18 months from May 2021") is an {@linkplain #intervals() interval} instead.
   *
   * @return the duration in years or months, or empty
   */
  public Optional<Period> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * Returns the events of IFLA's calendar that the text names, as {@code WLIC YYYY}, in the order written. An
   * event whose month is known (from the table README.md gives) also gives that month: as an interval ("at
   * WLIC 2018"), a start ("from WLIC 2018") or an end ("before WLIC 2019"); one whose month is not known
   * ("WLIC 2020", cancelled) gives nothing else.
   *
   * @return the events, possibly empty; an immutable list
   */
  public ImmutableList<String> events() {
    return events;
  }

  /**
   * Returns whether nothing could be read: no interval (inverted or not), start, end, duration or event, and
   * not ongoing.
   *
   * @return whether the timeframe is unknown
   */
  public boolean isUnknown() {
    return intervals.isEmpty() && startsWithoutEnd.isEmpty() && endsWithoutStart.isEmpty() && !ongoing
        && duration == null && events.isEmpty() && invertedIntervals.isEmpty();
  }

  /**
   * Returns whether the text looks like a date but could not be read: every part of it is a date, a number,
   * a month name (or one with a typo: "Jnue") or a word around dates, yet they are impossible ("2025-13",
   * "30 February 2021", "Q5 2025") or do not fit together ("Nov 2019 - Dec"). An unreadable timeframe is
   * {@linkplain #isUnknown() unknown}; prose ("at the mid-term meeting", "TBC") is unknown but not
   * unreadable.
   *
   * @return whether the text is a date that could not be read
   */
  public boolean isUnreadable() {
    return unreadable;
  }

  /**
   * Two stated timeframes are equal when their texts and all that was read from them are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StatedTimeframe)) {
      return false;
    }
    StatedTimeframe that = (StatedTimeframe) other;
    return that.text.equals(text) && that.intervals.equals(intervals)
        && that.startsWithoutEnd.equals(startsWithoutEnd) && that.endsWithoutStart.equals(endsWithoutStart)
        && that.ongoing == ongoing && Objects.equals(that.duration, duration) && that.events.equals(events)
        && that.unreadable == unreadable && that.invertedIntervals.equals(invertedIntervals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, intervals, startsWithoutEnd, endsWithoutStart, ongoing, duration, events,
        unreadable, invertedIntervals);
  }

  /**
   * Returns a debugging form: the text in quotes, then what was read from it in brackets, in ISO 8601 where it
   * can be: intervals ({@code 2019-11/2020-05}), starts with no end ({@code 2021-05/..}), ends with no start
   * ({@code ../2017-04}), ongoing ({@code ../..}), a duration ({@code P2Y}), the events, ranges stated inverted
   * as written ({@code 2020-05/2019-11 inverted}), and {@code unreadable}. Not a form to parse.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    List<Object> read = new ArrayList<>(intervals);
    startsWithoutEnd.forEach(start -> read.add(start + "/.."));
    endsWithoutStart.forEach(end -> read.add("../" + end));
    if (ongoing) {
      read.add("../..");
    }
    if (duration != null) {
      read.add(duration);
    }
    read.addAll(events);
    invertedIntervals.forEach(t -> read.add(t.end() + "/" + t.start() + " inverted"));
    if (unreadable) {
      read.add("unreadable");
    }
    return '"' + text + '"' + read;
  }
}
