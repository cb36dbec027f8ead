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
    return value instanceof ImmutableActivity ? value : builder().from(value).build();
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

  /** Builds a {@link Activity}. Not thread-safe. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
