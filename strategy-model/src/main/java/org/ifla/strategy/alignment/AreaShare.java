package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkState;

import org.ifla.strategy.framework.ElementId;
import org.immutables.value.Value;

/**
 * The share of parts (focus areas, objectives, goals, projects) that address one area of work (a strategic
 * direction, impact area or the enabler) across a set of plans, as IFLA counted it by hand in 2019 ("18% of
 * Focus Areas to SD1"): a part addresses an area when it, one of its activities, or an alignment its plan
 * states for every part aligns to the area or to any element inside it (a key initiative, a measure, an
 * overview item). A part may address several areas, so shares may add up to more than one.
 *
 * <p>Immutable and thread-safe; make with {@link #of(ElementId, int, int)}.
 */
@Value.Immutable
public abstract class AreaShare {
  AreaShare() {}

  /**
   * Returns a share.
   *
   * @param area the area's id
   * @param parts the parts that address it
   * @param totalParts all parts of the plans counted
   * @return the share
   * @throws NullPointerException if the area is null
   * @throws IllegalStateException if a count is negative or the part exceeds the total
   */
  public static AreaShare of(ElementId area, int parts, int totalParts) {
    return new AreaShareBuilder().area(area).parts(parts).totalParts(totalParts).build();
  }

  /**
   * Returns the area's id.
   *
   * @return the id
   */
  public abstract ElementId area();

  /**
   * Returns the number of parts that address the area.
   *
   * @return the count
   */
  public abstract int parts();

  /**
   * Returns the number of parts of all the plans counted.
   *
   * @return the total
   */
  public abstract int totalParts();

  /**
   * Returns {@link #parts()} divided by {@link #totalParts()}.
   *
   * @return the share from 0 to 1; 0 when there are no parts at all
   */
  public double share() {
    return totalParts() == 0 ? 0 : (double) parts() / totalParts();
  }

  @Value.Check
  void check() {
    checkState(parts() >= 0 && parts() <= totalParts(),
        "area %s: %s of %s parts", area(), parts(), totalParts());
  }

  /**
   * Returns {@code AREA: N of M parts}, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return area() + ": " + parts() + " of " + totalParts() + " parts";
  }
}
