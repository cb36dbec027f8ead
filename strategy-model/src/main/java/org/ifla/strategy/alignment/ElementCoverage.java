package org.ifla.strategy.alignment;

import com.google.common.collect.ImmutableList;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.immutables.value.Value;

/**
 * Who addresses one element of an edition across a set of plans, as {@link Coverage} counts it: the focus
 * areas, the activities and the plans as a whole whose alignments name the element itself (an alignment to a
 * key initiative is not counted for its area here; {@link AreaShare} counts both). Each part is listed once,
 * however many of its alignments name the element.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ElementCoverage {
  ElementCoverage() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the element's id in the edition.
   *
   * @return the id
   */
  public abstract ElementId element();

  /**
   * Returns the element's kind.
   *
   * @return the kind
   */
  public abstract ElementKind kind();

  /**
   * Returns the parts (focus areas, objectives, goals, projects) that align to the element, in plan order.
   *
   * @return the parts, possibly empty
   */
  public abstract ImmutableList<PlanPlace> parts();

  /**
   * Returns the activities that align to the element, in plan order.
   *
   * @return the activities, possibly empty
   */
  public abstract ImmutableList<PlanPlace> activities();

  /**
   * Returns the plans that align to the element as a whole (plan-level alignments), in order.
   *
   * @return the plans, as parts located at the root, possibly empty
   */
  public abstract ImmutableList<PlanPlace> plans();

  /**
   * Returns whether any part, activity or plan aligns to the element.
   *
   * @return whether the element is addressed
   */
  public boolean isAddressed() {
    return !parts().isEmpty() || !activities().isEmpty() || !plans().isEmpty();
  }

  /**
   * Returns {@code ID: N parts, N activities, N plans}, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return element() + ": " + parts().size() + " parts, " + activities().size() + " activities, "
        + plans().size() + " plans";
  }

  /**
   * Builds a {@link ElementCoverage}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link ElementCoverage#element() element}, {@link ElementCoverage#kind() kind}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends ElementCoverageBuilder {
    Builder() {}

    /**
     * Builds the ElementCoverage from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones)
     */
    @Override
    public ElementCoverage build() {
      return super.build();
    }
  }
}
