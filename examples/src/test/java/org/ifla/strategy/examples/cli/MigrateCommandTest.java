package org.ifla.strategy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strategy migrate}: the migrated plan, the report, every exit status. */
class MigrateCommandTest {
  private static final Path METLIB = Path.of("plans", "metropolitan-libraries-2019-2020.yaml");
  private static final Path NOIR = Path.of("plans", "noir-2016-17.yaml");

  @Test
  void migratingTheMetropolitanLibrariesPlanPrintsYamlAndTheReportAndExitsOne() throws IOException {
    CliRun run = new CliRun("migrate", "--to", "ifla-strategy-2024-2029", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    ActionPlan migrated = StrategyJson.yaml().readPlan(run.out);
    assertEquals(Optional.of(IflaStrategies.STRATEGY_2024_2029), migrated.edition());
    Alignment first = migrated.parts().get(0).alignments().get(0);
    assertEquals(Optional.of(ElementReference.parse("EN")), first.element());
    assertEquals(Optional.of(ElementReference.parse("ifla-strategy-2019-2024:SD4")), first.migratedFrom());
    assertTrue(run.out.contains("migratedFrom: ifla-strategy-2019-2024:SD4.KI5"), run::toString);
    assertTrue(run.err.startsWith("ifla-strategy-2019-2024 -> ifla-strategy-2024-2029: 4 mapped, 0 ambiguous, "
        + "2 unmapped\nnote: the plan's period \"2019 – 2020\" lies outside ifla-strategy-2024-2029 (2024-2029): "
        + "the migrated plan states no period\n"), run::toString);
    for (String line : run.err.split("\n")) {
      assertTrue(line.length() <= 200, line);
    }
    assertTrue(run.err.contains("/parts/0/alignments/1 ifla-strategy-2019-2024:SD4.KI5 -> unknown-element"),
        run::toString);
    // SD2 relates to IA1 and to FIELD.1, an outcome for the field that no plan aligns to: IA1 alone is kept
    assertTrue(run.err.contains("/parts/1/alignments/1 ifla-strategy-2019-2024:SD2 -> mapped related "
        + "ifla-strategy-2024-2029:IA1"), run::toString);
    assertFalse(run.out.contains("FIELD.1"), run::toString);
    assertTrue(run.err.contains("/parts/1/alignments/3 ifla-strategy-2019-2024:SD2.KI4 -> retired"),
        run::toString);
  }

  @Test
  void aPlanWhoseEveryReferenceHasOneSuccessorExitsZeroAndJsonStaysJson(@TempDir Path dir) throws IOException {
    ActionPlan plan = StrategyJson.yaml().readPlan(METLIB);
    ActionPlan one = ActionPlan.builder().from(plan).parts(List.of(PlanPart.builder()
        .from(plan.parts().get(1)).alignments(List.of(plan.parts().get(1).alignments().get(0))).build()))
        .build();
    Path file = dir.resolve("plan.json");
    Files.writeString(file, StrategyJson.json().write(one));
    CliRun run = new CliRun("migrate", "--to", "ifla-strategy-2024-2029", file.toString());
    assertEquals(0, run.status, run::toString);
    assertTrue(run.out.startsWith("{"), run::toString);
    assertEquals(Optional.of(ElementReference.parse("IA2")),
        StrategyJson.json().readPlan(run.out).parts().get(0).alignments().get(0).element());
    assertTrue(run.err.contains("1 mapped, 0 ambiguous, 0 unmapped"), run::toString);
  }

  @Test
  void migratingNoirFrom2016ToTheNextEdition() {
    CliRun run = new CliRun("migrate", "--to", "ifla-strategy-2019-2024", NOIR.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.err.contains("/alignments/0 ifla-strategic-plan-2016-2021:SD4 -> ambiguous related "
        + "ifla-strategy-2019-2024:SD1, related ifla-strategy-2019-2024:SD3"), run::toString);
  }

  @Test
  void unreadableFilesNoEditionNoCrosswalkAndWrongUsageExitTwo(@TempDir Path dir) throws IOException {
    CliRun missing = new CliRun("migrate", "--to", "ifla-strategy-2024-2029", dir.resolve("absent.yaml").toString());
    assertEquals(2, missing.status, missing::toString);
    assertTrue(missing.err.contains("absent.yaml"), missing::toString);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, \"template\": \"x\"}");
    CliRun unreadable = new CliRun("migrate", "--to", "ifla-strategy-2024-2029", bad.toString());
    assertEquals(2, unreadable.status, unreadable::toString);
    assertTrue(unreadable.err.startsWith(bad + ":1:"), unreadable::toString);

    Path noEdition = dir.resolve("no-edition.json");
    Files.writeString(noEdition, StrategyJson.json().write(ActionPlan.builder().from(StrategyJson.yaml()
        .readPlan(METLIB)).edition(Optional.empty()).build()));
    CliRun none = new CliRun("migrate", "--to", "ifla-strategy-2024-2029", noEdition.toString());
    assertEquals(2, none.status, none::toString);
    assertTrue(none.err.contains("names no edition"), none::toString);

    CliRun backwards = new CliRun("migrate", "--to", "ifla-strategic-plan-2016-2021", METLIB.toString());
    assertEquals(2, backwards.status, backwards::toString);
    assertTrue(backwards.err.contains("no crosswalk leads from ifla-strategy-2019-2024 to "
        + "ifla-strategic-plan-2016-2021"), backwards::toString);
    assertEquals("", backwards.out, backwards::toString);

    assertEquals(2, new CliRun("migrate", METLIB.toString()).status);
    assertEquals(2, new CliRun("migrate", "--to", "ifla-strategy-2024-2029").status);
    CliRun unknown = new CliRun("migrate", "--to", "ifla-strategy-2030-2035", METLIB.toString());
    assertEquals(2, unknown.status, unknown::toString);
    assertTrue(unknown.err.contains("the bundled editions are"), unknown::toString);
    CliRun help = new CliRun("migrate", "--help");
    assertEquals(0, help.status, help::toString);
    assertTrue(help.out.startsWith("Usage: strategy migrate"), help::toString);
  }
}
