package org.ifla.strategy.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;

/**
 * Reads a plan from a JSON or YAML file and prints what the standard rules find, in English or Chinese.
 *
 * <pre>java -cp examples/target/strategy.jar org.ifla.strategy.examples.ValidatePlan PLAN.yaml [zh]</pre>
 */
public final class ValidatePlan {
  private ValidatePlan() {}

  /**
   * Runs the example.
   *
   * @param args the plan's file, then optionally a language tag
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/metropolitan-libraries-2019-2020.yaml");
    Locale language = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
    ActionPlan plan;
    try {
      plan = StrategyJson.forFile(file).readPlan(file);
    } catch (StrategyFormatException e) {
      System.err.println(e.getMessage());     // FILE:LINE:COLUMN: POINTER: reason
      return;
    }
    AlignmentReport report = RuleSet.standard().check(plan);
    for (Finding finding : report.findings()) {
      System.out.println(finding.format(language));
    }
    System.out.println(report.hasErrors() ? "The plan has errors." : "The plan has no errors.");
  }
}
