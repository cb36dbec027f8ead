package org.ifla.strategy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strategy coverage}: text, JSON and CSV, every exit status. */
class CoverageCommandTest {
  private static final Path METLIB = Path.of("plans", "metropolitan-libraries-2019-2020.yaml");
  private static final Path NOIR = Path.of("plans", "noir-2016-17.yaml");

  @Test
  void theMetropolitanLibrariesPlanLeavesInitiativesUnaddressedAndExitsOne() {
    CliRun run = new CliRun("coverage", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.startsWith("Coverage of ifla-strategy-2019-2024 by 1 plan(s), 2 focus area(s)\n"),
        run::toString);
    assertTrue(run.out.contains("  SD1   50% (1 of 2)  Strengthen the Global Voice of Libraries [O1]\n"),
        run::toString);
    assertTrue(run.out.contains("[O] official: IFLA's own words, verbatim"), run::toString);
    assertTrue(run.out.contains("  SD3    0% (0 of 2)  Connect and Empower the Field"), run::toString);
    assertTrue(run.out.contains("  SD1.KI1  1 focus area(s), 0 activit(ies), 0 plan(s): " + METLIB
        + "#/parts/1"), run::toString);
    assertTrue(run.out.contains("Unaddressed (15): SD1.KI2, SD1.KI3, SD1.KI4,"), run::toString);
  }

  @Test
  void jsonCountsEveryElementAndNamesTheFiles() throws IOException {
    CliRun run = new CliRun("coverage", "--format", "json", "--edition", "ifla-strategy-2019-2024",
        METLIB.toString(), NOIR.toString());
    assertEquals(1, run.status, run::toString);
    JsonNode root = new ObjectMapper().readTree(run.out);
    assertEquals("ifla-strategy-2019-2024", root.get("edition").asText());
    assertEquals(1, root.get("plans").asInt());
    assertEquals(2, root.get("parts").asInt());
    assertEquals(NOIR.toString(), root.get("skipped").get(0).asText());
    assertTrue(run.err.contains(NOIR + ": skipped, it cites ifla-strategic-plan-2016-2021"), run::toString);
    // a row per area and key initiative: 4 directions and 16 key initiatives, no vision or mission
    assertEquals(20, root.get("elements").size());
    JsonNode sd4 = root.get("elements").get(4);
    assertEquals("SD1", root.get("elements").get(0).get("element").asText());
    assertTrue(sd4.get("element").asText().startsWith("SD1.KI"), sd4::toString);
    assertEquals(0.5, root.get("areas").get(0).get("share").asDouble());
    JsonNode focus = root.get("elements").get(1).get("parts").get(0);
    assertEquals("SD1.KI1", root.get("elements").get(1).get("element").asText());
    assertEquals(METLIB.toString(), focus.get("file").asText());
    assertEquals("/parts/1", focus.get("location").asText());
    assertEquals(15, root.get("unaddressed").size());
  }

  @Test
  void withMigrateOlderPlansCountForTheNewerEdition() {
    CliRun run = new CliRun("coverage", "--edition", "ifla-strategy-2024-2029", "--migrate", METLIB.toString(),
        NOIR.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.err.contains(METLIB + ": migrated from ifla-strategy-2019-2024 to ifla-strategy-2024-2029"),
        run::toString);
    assertTrue(run.err.contains(NOIR + ": migrated from ifla-strategic-plan-2016-2021 to ifla-strategy-2024-2029"),
        run::toString);
    // MetLib's two focus areas and NOIR's three objectives: "parts", as the templates differ
    assertTrue(run.out.startsWith("Coverage of ifla-strategy-2024-2029 by 2 plan(s), 5 part(s)"), run::toString);
    // MetLib's SD4 became the Enabler, its SD1 and 1.1 Impact Area 2
    assertTrue(run.out.contains("  EN    20% (1 of 5)"), run::toString);
    assertTrue(run.out.contains("  IA2.KI1  1 part(s), 0 activit(ies), 0 plan(s): " + METLIB
        + "#/parts/1"), run::toString);
    // NOIR's SD4 (2016-2021), stated for the whole plan, is cited as IA2, IA1 and IA3, for each of its three
    // objectives; with MetLib's second focus area (SD1 -> IA2), four parts of five address IA2
    assertTrue(run.out.contains("  IA2   80% (4 of 5)"), run::toString);
    assertTrue(run.out.contains("  IA3      0 part(s), 0 activit(ies), 1 plan(s): " + NOIR), run::toString);
    // "International Advocacy", 2016-2021's 4.2 by its title, is carried to its successor
    assertTrue(run.out.contains("  IA2.KI4  0 part(s), 0 activit(ies), 1 plan(s): " + NOIR), run::toString);
  }

  @Test
  void csvHasOneRowPerElement() {
    CliRun run = new CliRun("coverage", "--format", "csv", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    List<String> lines = run.out.lines().collect(java.util.stream.Collectors.toList());
    assertEquals("element,kind,parts,activities,plans,share,addressedBy", lines.get(0));
    assertEquals(1 + 20, lines.size(), "a row per direction and key initiative");
    assertTrue(lines.contains("SD4,strategic-direction,1,0,0,0.5000," + METLIB + "#/parts/0"), run::toString);
    assertTrue(lines.contains("SD3.KI1,key-initiative,0,0,0,,"), run::toString);
  }

  @Test
  void plansAddressingEveryAreaAndInitiativeExitZero(@TempDir Path dir) throws IOException {
    StrategyEdition e = IflaStrategies.strategy2024to2029();
    ActionPlan base = StrategyJson.yaml().readPlan(METLIB);
    List<PlanPart> parts = new ArrayList<>();
    for (StrategyArea area : e.areas()) {
      PlanPart.Builder part = PlanPart.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "Work on " + area.id()));
      for (KeyInitiative ki : area.keyInitiatives()) {
        part.addAlignments(Alignment.builder().element(ElementReference.of(ki.id())).build());
      }
      parts.add(part.build());
    }
    Path file = dir.resolve("all.json");
    Files.writeString(file, StrategyJson.json().write(ActionPlan.builder().from(base).edition(e.id())
        .parts(parts).build()));
    CliRun run = new CliRun("coverage", file.toString());
    assertEquals(0, run.status, run::toString);
    assertTrue(run.out.contains("Unaddressed (0): \n") || run.out.endsWith("Unaddressed (0): \n"), run::toString);
    assertTrue(run.out.contains("  IA1   25% (1 of 4)"), run::toString);
  }

  @Test
  void unreadableFilesMixedEditionsAndWrongUsageExitTwo(@TempDir Path dir) {
    CliRun missing = new CliRun("coverage", METLIB.toString(), dir.resolve("absent.json").toString());
    assertEquals(2, missing.status, missing::toString);
    assertTrue(missing.err.contains("absent.json"), missing::toString);
    assertEquals("", missing.out, missing::toString);
    CliRun mixed = new CliRun("coverage", METLIB.toString(), NOIR.toString());
    assertEquals(2, mixed.status, mixed::toString);
    assertTrue(mixed.err.contains("the plans cite ifla-strategy-2019-2024, ifla-strategic-plan-2016-2021: "
        + "choose a bundled edition with --edition"), mixed::toString);
    assertEquals(2, new CliRun("coverage").status);
    assertEquals(2, new CliRun("coverage", "--format", "xml", METLIB.toString()).status);
    assertEquals(2, new CliRun("coverage", "--edition", "nope", METLIB.toString()).status);
    CliRun help = new CliRun("coverage", "--help");
    assertEquals(0, help.status, help::toString);
    assertTrue(help.out.startsWith("Usage: strategy coverage"), help::toString);
  }
}
