package org.ifla.strategy.alignment;

/** How serious a finding is. */
public enum Severity {
  /** The plan does not align with its edition as the rules require. */
  ERROR,
  /** Probably a mistake, worth a look. */
  WARNING,
  /** For information only. */
  INFO
}
