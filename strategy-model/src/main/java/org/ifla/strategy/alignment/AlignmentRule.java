package org.ifla.strategy.alignment;

/**
 * A rule that checks a plan and reports findings. The standard rules are in {@link RuleSet#standard()};
 * users write their own and add them with {@link RuleSet#with(AlignmentRule...)}.
 *
 * <p>Implementations must be immutable and thread-safe: one rule instance checks many plans, possibly at
 * once. A rule reports through the {@link FindingSink} it is given; it must not throw for any plan.
 */
public interface AlignmentRule {
  /**
   * Returns the rule's id: lowercase words joined by {@code -}, such as {@code unknown-element}. Ids are
   * unique inside a rule set.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the severity of this rule's findings.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Checks the plan in the context and reports what it finds.
   *
   * @param context the plan, its edition and the known editions
   * @param findings where to report
   */
  void check(AlignmentContext context, FindingSink findings);
}
