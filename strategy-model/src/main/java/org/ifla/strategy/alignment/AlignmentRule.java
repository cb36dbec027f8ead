package org.ifla.strategy.alignment;

/**
 * A rule that checks a plan and reports findings. The standard rules are in {@link RuleSet#standard()};
 * users write their own and add them with {@link RuleSet#with(AlignmentRule...)}.
 *
 * <p>Implementations must be immutable and thread-safe: one rule instance checks many plans, possibly at
 * once. A rule reports through the {@link FindingSink} it is given.
 *
 * <p>A rule may throw nothing, for any plan: what it finds wrong with a plan is a finding, never an
 * exception. A rule that throws anyway has a bug; {@link RuleSet#check(AlignmentContext)} wraps anything it
 * throws (any {@link Exception}, such as a {@link NullPointerException} from passing {@code null} to
 * {@link FindingSink#report}) in a {@link RuleFailedException} that names the rule's id, the plan's unit and
 * where in the plan the rule was, and stops the check. {@link Error}s are not wrapped.
 *
 * <p>The id must be lowercase words of {@code a-z} and {@code 0-9} joined by {@code -}: {@link RuleSet#of} and
 * {@link RuleSet#with} refuse a rule with any other id, such as {@code MyRule}.
 */
public interface AlignmentRule {
  /**
   * Returns the rule's id: lowercase words of {@code a-z} and {@code 0-9} joined by {@code -}, such as
   * {@code unknown-element}; always the same id. Ids are unique inside a rule set.
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
   * @see RuleFailedException
   */
  void check(AlignmentContext context, FindingSink findings);
}
