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

  /** Builds a {@link ElementCoverage}. Not thread-safe. */
  public static final class Builder extends ImmutableElementCoverage.Builder {
    Builder() {}
  }
}
