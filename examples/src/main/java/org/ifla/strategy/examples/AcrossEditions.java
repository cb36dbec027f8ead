package org.ifla.strategy.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.alignment.PlanMigration;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;

/**
 * Follows an element across editions, migrates a 2019-2020 plan to the 2024-2029 strategy, and counts who
 * addresses each area: the README's "Across editions" samples.
 *
 * <pre>java -cp examples/target/strategy.jar org.ifla.strategy.examples.AcrossEditions [PLAN.yaml]</pre>
 */
public final class AcrossEditions {
  private AcrossEditions() {}

  /**
   * Runs the example.
   *
   * @param args optionally a 2019-2024 plan's file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/metropolitan-libraries-2019-2020.yaml");

    // crosswalks and migration
    Crosswalk crosswalk = IflaStrategies.crosswalks()
        .between(IflaStrategies.STRATEGIC_PLAN_2016_2021, IflaStrategies.STRATEGY_2024_2029).orElseThrow();
    crosswalk.mappingsFrom(ElementId.parse("SD1.KI2")).forEach(m -> System.out.println(m + ": " + m.rationale()));
    ActionPlan plan = StrategyJson.forFile(file).readPlan(file);
    PlanMigration migration = PlanMigration.of(plan, IflaStrategies.STRATEGY_2024_2029);
    System.out.println(migration.report().format());
    System.out.print(StrategyJson.yaml().write(migration.plan()));

    // coverage
    Coverage coverage = Coverage.of(IflaStrategies.strategy2019to2024(), List.of(plan));
    coverage.areaShares().forEach(s -> System.out.printf("%s (%.0f%%)%n", s, s.share() * 100));
    System.out.println("nobody addresses " + coverage.unaddressed());
  }
}
