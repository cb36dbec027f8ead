package org.ifla.strategy.framework;

/** The kinds of element a strategy edition has. */
public enum ElementKind {
  /** The vision statement. */
  VISION,
  /** The mission statement. */
  MISSION,
  /** How the edition means to reach its vision (2024-2029: "how we'll get there"). */
  THEORY_OF_CHANGE,
  /** An introductory statement before the vision. */
  PREAMBLE,
  /** An outcome for the whole library field (2024-2029: "what this means for the global library field"). */
  FIELD_OUTCOME,
  /** A strategic direction (2016-2021, 2019-2024). */
  STRATEGIC_DIRECTION,
  /** An impact area (2024-2029). */
  IMPACT_AREA,
  /** The enabler (2024-2029). */
  ENABLER,
  /** A key initiative: a line of work inside an area ("our work here includes" in 2024-2029). */
  KEY_INITIATIVE,
  /** A measure of success of an area ("to monitor progress we will use" in 2024-2029). */
  MEASURE_OF_SUCCESS,
  /** An item of an area in the edition's overview diagram. */
  OVERVIEW_ITEM;

  /**
   * Returns whether this kind is an area of work: a strategic direction, an impact area or the enabler.
   *
   * @return whether elements of this kind are {@link StrategyArea}s
   */
  public boolean isArea() {
    return this == STRATEGIC_DIRECTION || this == IMPACT_AREA || this == ENABLER;
  }

  /**
   * Returns whether this kind is a {@link Statement}.
   *
   * @return whether elements of this kind are statements
   */
  public boolean isStatement() {
    return this == VISION || this == MISSION || this == THEORY_OF_CHANGE || this == PREAMBLE
        || this == FIELD_OUTCOME || this == OVERVIEW_ITEM;
  }
}
