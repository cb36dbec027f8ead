package org.ifla.strategy.plan;

/** The kinds of IFLA professional unit that write action plans. */
public enum UnitType {
  /** A section. */
  SECTION,
  /** A special interest group (SIG). */
  SPECIAL_INTEREST_GROUP,
  /** A review group. */
  REVIEW_GROUP,
  /** A regional division committee. */
  REGIONAL_DIVISION_COMMITTEE,
  /** A network. */
  NETWORK,
  /** Any other unit, such as a strategic programme or an advisory committee. */
  OTHER
}
