package org.ifla.strategy.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ifla.strategy.alignment.PlanMigration;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strategy migrate}: carries a plan into another edition along the bundled crosswalks. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = {"Migrate an action plan (JSON, or YAML by a .yaml/.yml name) to another bundled edition along "
        + "the crosswalks.",
        "Standard output: the migrated plan, in the input's format; each migrated alignment keeps its original "
            + "reference as migratedFrom.",
        "Standard error: the migration report, a summary line, then one line per reference: LOCATION ORIGINAL -> "
            + "mapped|ambiguous|retired|unknown-element|no-crosswalk [KIND TARGET, ...]: rationale.",
        "Exit status: 0 every reference has exactly one successor, 1 some are ambiguous or unmapped (the plan is "
            + "still printed), 2 the file could not be read, the plan names no edition, no crosswalk leads to the "
            + "target, or the usage is wrong."})
final class MigrateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--to", paramLabel = "ID", required = true, description = "The bundled edition to migrate to.")
  private String to;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The plan to migrate.")
  private Path file;

  @Override
  public Integer call() {
    StrategyEdition target = Editions.bundled(spec.commandLine(), to);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrategyJson format;
    ActionPlan plan;
    try {
      format = StrategyJson.forFile(file);
      plan = format.readPlan(file);
    } catch (StrategyFormatException e) {
      err.println(e.getMessage());
      return StrategyCli.EXIT_USAGE;
    } catch (IOException | IllegalArgumentException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return StrategyCli.EXIT_USAGE;
    }
    if (plan.edition().isEmpty()) {
      err.println(file + ": the plan names no edition to migrate from");
      return StrategyCli.EXIT_USAGE;
    }
    EditionId from = plan.edition().get();
    if (!from.equals(target.id()) && IflaStrategies.crosswalks().between(from, target.id()).isEmpty()) {
      err.println(file + ": no crosswalk leads from " + from + " to " + target.id() + "; the crosswalks are "
          + IflaStrategies.crosswalks());
      return StrategyCli.EXIT_USAGE;
    }
    PlanMigration migration = PlanMigration.of(plan, target.id());
    out.print(format.write(migration.plan()));
    err.println(migration.report().format());
    return migration.report().isComplete() ? 0 : 1;
  }
}
