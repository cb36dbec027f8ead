package org.ifla.strategy.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.plan.ActionPlan;

/**
 * A plan with exactly one known problem, planted by {@link PlantedDefects}, and the finding it must cause: the
 * rule id and the location inside the plan. Check it against a rule set with {@link #check(RuleSet)}, or assert
 * that exactly the planted finding comes back with {@link #assertFoundExactly(RuleSet)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlantedDefect {
  private final String ruleId;
  private final String description;
  private final ActionPlan plan;
  private final EditionCatalog catalog;
  private final PlanLocation location;

  PlantedDefect(String ruleId, String description, ActionPlan plan, EditionCatalog catalog,
      PlanLocation location) {
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.description = requireNonNull(description, "description");
    this.plan = requireNonNull(plan, "plan");
    this.catalog = requireNonNull(catalog, "catalog");
    this.location = requireNonNull(location, "location");
  }

  /**
   * Returns the id of the rule that must find the defect.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns what was planted, in English.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the plan with the defect.
   *
   * @return the plan
   */
  public ActionPlan plan() {
    return plan;
  }

  /**
   * Returns the editions to check the plan against (the bundled ones, with the plan's own edition, and now and
   * then another one the defect cites).
   *
   * @return the catalog
   */
  public EditionCatalog catalog() {
    return catalog;
  }

  /**
   * Returns where the finding must be.
   *
   * @return the location
   */
  public PlanLocation location() {
    return location;
  }

  /**
   * Returns the context to check the plan in: its catalog, with English required (so that
   * {@code missing-translation} looks at every text).
   *
   * @return the context
   */
  public AlignmentContext context() {
    return Validity.context(plan, catalog);
  }

  /**
   * Checks the plan with the rules, in {@link #context()}.
   *
   * @param rules the rules
   * @return the report
   */
  public AlignmentReport check(RuleSet rules) {
    return rules.check(context());
  }

  /**
   * Returns the expected finding in the form {@link #found(AlignmentReport)} gives: {@code "rule-id @ location"}.
   *
   * @return the expected finding
   */
  public String expected() {
    return ruleId + " @ " + location;
  }

  /**
   * Returns the findings of a report in the form {@code "rule-id @ location"}, in the report's order.
   *
   * @param report the report
   * @return the findings
   */
  public static List<String> found(AlignmentReport report) {
    return report.findings().stream().map(PlantedDefect::found).collect(Collectors.toList());
  }

  private static String found(Finding finding) {
    return finding.ruleId() + " @ " + finding.location();
  }

  /**
   * Asserts that the rules find exactly the planted finding and nothing else.
   *
   * @param rules the rules, which must include the defect's rule
   * @throws AssertionError if they find anything else, or not the planted finding
   */
  public void assertFoundExactly(RuleSet rules) {
    List<String> found = found(check(rules));
    if (!found.equals(List.of(expected()))) {
      throw new AssertionError("Planted " + description + ": expected exactly [" + expected() + "] but found "
          + found + "\nin plan " + plan);
    }
  }

  /**
   * Returns the rule id, the location and what was planted, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return expected() + ": " + description;
  }
}
