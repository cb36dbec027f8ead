package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON and YAML sample, line for line, on the seed 002 plan written as YAML. */
class ReadmeSampleTest {
  @Test
  void readmeSampleReadsChecksAndWrites(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metlib-2019.yaml");
    StrategyJson.yaml().write(SeedPlans.metropolitanLibraries2019(), file);
    List<String> printed = new ArrayList<>();
    String[] written = {null};

    // The README's lines, with System.out.println collected into `printed`.
    try {
      ActionPlan plan = StrategyJson.forFile(file).readPlan(file);
      AlignmentReport report = RuleSet.standard().check(plan);
      report.findings().forEach(f -> printed.add(f.format(Locale.ENGLISH)));
      String json = StrategyJson.json().write(plan);
      written[0] = json;
    } catch (StrategyFormatException e) {
      printed.add(e.getMessage());
    }

    assertTrue(printed.stream().anyMatch(line -> line.contains("element-of-other-edition")), printed::toString);
    assertTrue(printed.stream().anyMatch(line -> line.contains("stated-title-mismatch")), printed::toString);
    assertEquals(SeedPlans.metropolitanLibraries2019(), StrategyJson.json().readPlan(written[0]));
  }

  @Test
  void readmeSampleReportsABadFileByNameLineAndPointer(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metlib-2019.yaml");
    Files.writeString(file, StrategyJson.yaml().write(SeedPlans.metropolitanLibraries2019())
        .replace("level: key-initiative", "level: initiative"));
    List<String> printed = new ArrayList<>();
    try {
      StrategyJson.forFile(file).readPlan(file);
    } catch (StrategyFormatException e) {
      printed.add(e.getMessage());
    }
    assertEquals(1, printed.size());
    assertTrue(printed.get(0).startsWith(file + ":"), printed::toString);
    assertTrue(printed.get(0).contains(": /parts/0/alignments/1/level: invalid alignment level"),
        printed::toString);
  }
}
