package org.ifla.strategy.alignment;

/**
 * The names of the plan's fields that locations are made of, as the plan's document form (format version 2)
 * spells them, in one place. Internal.
 */
final class PlanPaths {
  private PlanPaths() {}

  /** The plan's parts. */
  static final String PARTS = "parts";
  /** Alignments of the whole plan (to every part), of a part or of an activity. */
  static final String ALIGNMENTS = "alignments";
  /** The plan's alignments that only give context. */
  static final String CONTEXT_ALIGNMENTS = "contextAlignments";

  /** The location of the plan's part at an index. */
  static PlanLocation part(int index) {
    return PlanLocation.root().child(PARTS).index(index);
  }
}
