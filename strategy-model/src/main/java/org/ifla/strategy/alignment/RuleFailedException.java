package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An {@link AlignmentRule} threw while it checked a plan. {@link RuleSet#check(AlignmentContext)} wraps
 * whatever a rule throws (any {@link Exception}) in this exception, which names the rule's id, the plan's unit
 * and, where known, the location in the plan the rule was at; the rule's exception is the
 * {@linkplain #getCause() cause}. A rule throws only when it has a bug: the standard rules never do.
 *
 * <p>The message reads {@code rule 'ID' failed checking the plan of UNIT at LOCATION: CAUSE}. Immutable, and
 * safe to pass between threads once thrown.
 */
public final class RuleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failing rule's id. */
  private final String ruleId;
  /** The name of the plan's unit, in English where the plan has it. */
  private final String unit;
  /** The location the rule was at, or null when not known; not serialized (the message keeps it). */
  private final transient PlanLocation location;

  /**
   * Creates an exception.
   *
   * @param ruleId the id of the rule that threw; not null
   * @param unit the name of the unit whose plan was checked; not null
   * @param location the location in the plan the rule was at, or null when not known
   * @param cause what the rule threw; not null
   * @throws NullPointerException if the rule id, unit or cause is null
   */
  RuleFailedException(String ruleId, String unit, PlanLocation location, Throwable cause) {
    super(message(ruleId, unit, location, cause), requireNonNull(cause, "cause"));
    this.ruleId = ruleId;
    this.unit = unit;
    this.location = location;
  }

  private static String message(String ruleId, String unit, PlanLocation location, Throwable cause) {
    return "rule '" + requireNonNull(ruleId, "ruleId") + "' failed checking the plan of "
        + requireNonNull(unit, "unit")
        + (location == null ? "" : " at " + (location.isRoot() ? "/" : location.toString())) + ": " + cause;
  }

  /**
   * Returns the id of the rule that threw.
   *
   * @return the rule id, such as {@code my-rule}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the name of the professional unit whose plan the rule was checking, in English where the plan
   * gives it in English, otherwise in the first language it has.
   *
   * @return the unit's name
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns where in the plan the rule was when it threw, where known: the location of the last finding the
   * rule reported in this check before it threw.
   *
   * @return the location, or empty when the rule had reported nothing yet (or this exception was deserialized:
   *     its message still names the location)
   */
  public Optional<PlanLocation> location() {
    return Optional.ofNullable(location);
  }
}
