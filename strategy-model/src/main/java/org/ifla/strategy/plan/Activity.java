package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * An activity or project of a plan ("Projects/Activities", "Actions planned"), with its tasks, who is
 * responsible, when, whether it needs funding and who it is done with. A unit's own numbering ("Action 1.1")
 * is kept as {@link #number()} and is never read as a strategy citation.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of the value: the same value if it is already one this library made.
   *
   * @param value the value
   * @return an immutable copy, equal to the value
   * @throws NullPointerException if the value is null
   */
  public static Activity copyOf(Activity value) {
    // every Activity is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the unit's own number for the activity, as written.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns the activity's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns further text about the activity.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the tasks in the plan's order.
   *
   * @return the tasks, possibly empty
   */
  public abstract ImmutableList<Task> tasks();

  /**
   * Returns who is responsible for the whole activity, as written.
   *
   * @return the responsibility, or empty
   */
  public abstract Optional<String> responsibility();

  /**
   * Returns when, as written.
   *
   * @return the timeframe, or empty when the plan gives none
   */
  public abstract Optional<StatedTimeframe> timeframe();

  /**
   * Returns whether the activity needs funding.
   *
   * @return the funding need; {@link FundingNeed#NOT_STATED} unless set
   */
  @Value.Default
  public FundingNeed fundingNeeded() {
    return FundingNeed.NOT_STATED;
  }

  /**
   * Returns the units or partners the activity is done with, as written.
   *
   * @return the collaborators, possibly empty
   */
  public abstract ImmutableList<String> collaborators();

  /**
   * Returns the alignments stated for this activity alone.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the activity's scope as written ("global", "Asia and Oceania", "national associations").
   *
   * @return the scope, or empty
   */
  public abstract Optional<LocalizedText> scope();

  /**
   * Returns what other tools keep on this activity, by key ({@code x-} and a name), each value the JSON text of
   * what the document held, written back as it was read.
   *
   * @return the extensions, in the document's order, possibly empty
   */
  public abstract ImmutableMap<String, String> extensions();

  @Value.Check
  void check() {
    Extensions.check(extensions());
  }

  /**
   * Builds a {@link Activity}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link Activity#title() title}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends ActivityBuilder {
    Builder() {}

    /**
     * Builds the Activity from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if an extension's key is not {@code x-} and a name, or its value is blank
     */
    @Override
    public Activity build() {
      return super.build();
    }
  }
}
