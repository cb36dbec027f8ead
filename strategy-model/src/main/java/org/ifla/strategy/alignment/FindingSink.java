package org.ifla.strategy.alignment;

import org.ifla.strategy.text.LocalizedText;

/**
 * Where a rule reports its findings; the rule's id and severity are added to each. Given to
 * {@link AlignmentRule#check(AlignmentContext, FindingSink)}; not thread-safe, one per check.
 */
public interface FindingSink {
  /**
   * Reports a finding.
   *
   * @param location where in the plan
   * @param messageTemplate the message in each language: plain text with placeholders {@code {0}},
   *     {@code {1}}... for the arguments, the only special syntax (an apostrophe prints as written; see
   *     {@link Finding#messageTemplate()})
   * @param arguments the arguments: {@link LocalizedText}s, or other values whose {@code toString()} is used
   *     in every language
   * @throws NullPointerException if an argument is null
   */
  void report(PlanLocation location, LocalizedText messageTemplate, Object... arguments);
}
