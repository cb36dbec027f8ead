package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A part of an action plan: a focus area (2019-2021 template), or a project or goal in other templates. A
 * part may lack a title or activities; it is held as written and the alignment rules say what is missing.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class FocusArea {
  FocusArea() {}

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
  public static FocusArea copyOf(FocusArea value) {
    return value instanceof ImmutableFocusArea ? value : builder().from(value).build();
  }

  /**
   * Returns the part's number as written ("1" for "Focus Area 1").
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns the title.
   *
   * @return the title, or empty where the plan gives none
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns further text describing the part.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the alignments to the strategy stated for this part.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the activities in the plan's order.
   *
   * @return the activities, possibly empty
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * Returns how the unit will communicate its activities and results.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> communication();

  /**
   * Returns how the unit will measure the impact of its activities.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> impactMeasures();

  /**
   * Returns the other units that may be interested or collaborate, as written.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> collaboration();

  /** Builds a {@link FocusArea}. Not thread-safe. */
  public static final class Builder extends ImmutableFocusArea.Builder {
    Builder() {}
  }
}
