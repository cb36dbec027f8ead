package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A part of one plan among several, as {@link Coverage} names it: which plan (its index in the set and its
 * unit's name), where in it ({@code /parts/1}, {@code /parts/1/activities/0}, or the whole plan), and
 * the part's title where it has one.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class PlanPlace {
  PlanPlace() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the index of the plan in the set of plans, from 0.
   *
   * @return the index
   */
  public abstract int planIndex();

  /**
   * Returns the name of the unit whose plan it is.
   *
   * @return the unit's name
   */
  public abstract LocalizedText unit();

  /**
   * Returns where the part is in its plan: a part, an activity, or the root for the whole plan.
   *
   * @return the location
   */
  public abstract PlanLocation location();

  /**
   * Returns the part's title.
   *
   * @return the title, or empty where the part has none (or is the whole plan)
   */
  public abstract Optional<LocalizedText> title();

  @Value.Check
  void check() {
    checkState(planIndex() >= 0, "negative plan index %s", planIndex());
  }

  /**
   * Returns {@code #INDEX LOCATION}, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "#" + planIndex() + " " + (location().isRoot() ? "(plan)" : location().toString());
  }

  /**
   * Builds a {@link PlanPlace}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link PlanPlace#planIndex() planIndex}, {@link PlanPlace#unit() unit}, {@link PlanPlace#location() location}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends PlanPlaceBuilder {
    Builder() {}

    /**
     * Builds the PlanPlace from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if the plan index is negative
     */
    @Override
    public PlanPlace build() {
      return super.build();
    }
  }
}
