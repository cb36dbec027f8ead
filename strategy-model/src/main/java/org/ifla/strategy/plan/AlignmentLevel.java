package org.ifla.strategy.plan;

/**
 * The level of the strategy a plan's alignment was written under: the "IFLA Strategic Direction" slot of a
 * focus area or its "Key Initiatives" slot. A reference of the other level is reported as
 * {@code element-kind-mismatch}.
 */
public enum AlignmentLevel {
  /** A strategic direction, impact area or the enabler is expected. */
  AREA,
  /** A key initiative is expected. */
  KEY_INITIATIVE
}
