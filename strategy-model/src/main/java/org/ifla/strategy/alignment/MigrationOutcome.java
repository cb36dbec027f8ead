package org.ifla.strategy.alignment;

/**
 * What a {@link PlanMigration} did with one reference of a plan. {@link #MAPPED} and {@link #AMBIGUOUS}
 * references have successors in the target edition; the other three are unmapped.
 */
public enum MigrationOutcome {
  /** The reference has exactly one successor (or already was an element of the target edition). */
  MAPPED,
  /** The reference has several successors; the migrated plan cites all of them, for the user to choose. */
  AMBIGUOUS,
  /** The crosswalk says the element has no successor. */
  RETIRED,
  /** The element is not one the crosswalk knows in its edition (the plan cites an id that edition lacks). */
  UNKNOWN_ELEMENT,
  /** No crosswalk leads from the reference's edition to the target edition. */
  NO_CROSSWALK;

  /**
   * Returns whether the reference has a successor in the target edition: {@link #MAPPED} or
   * {@link #AMBIGUOUS}.
   *
   * @return whether it was mapped to something
   */
  public boolean hasSuccessor() {
    return this == MAPPED || this == AMBIGUOUS;
  }
}
