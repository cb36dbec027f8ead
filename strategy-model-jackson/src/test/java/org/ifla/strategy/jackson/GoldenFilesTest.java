package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.FocusArea;
import org.ifla.strategy.plan.SeedPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed plans 000 (NOIR 2016-17) and 002 (Metropolitan Libraries 2019-2020) as committed documents, in JSON
 * and in YAML as a person writes it (block scalars, bare numbers), read and compared field by field with the
 * core's builders of the same seeds. A change of the format that would misread a stored plan fails here.
 */
class GoldenFilesTest {
  private static ActionPlan read(String file) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
      StrategyJson format = file.endsWith(".json") ? StrategyJson.json() : StrategyJson.yaml();
      return format.readPlan(in, file);
    }
  }

  private static ActionPlan seed(String file) {
    return file.startsWith("noir") ? SeedPlans.noir2016() : SeedPlans.metropolitanLibraries2019();
  }

  @ParameterizedTest
  @ValueSource(strings = {"metropolitan-libraries-2019-2020.json", "metropolitan-libraries-2019-2020.yaml",
      "noir-2016-17.json", "noir-2016-17.yaml"})
  void goldenFileReadsAsTheSeedFieldByField(String file) throws IOException {
    ActionPlan read = read(file);
    ActionPlan seed = seed(file);
    assertEquals(seed.unit(), read.unit(), "unit");
    assertEquals(seed.title(), read.title(), "title");
    assertEquals(seed.template(), read.template(), "template");
    assertEquals(seed.edition(), read.edition(), "edition");
    assertEquals(seed.period().map(p -> p.text()), read.period().map(p -> p.text()), "period text");
    assertEquals(seed.period().map(p -> p.intervals()), read.period().map(p -> p.intervals()), "period");
    assertEquals(seed.status(), read.status(), "status");
    assertEquals(seed.mission(), read.mission(), "mission");
    assertEquals(seed.objectives(), read.objectives(), "objectives");
    assertEquals(seed.alignments().size(), read.alignments().size(), "plan alignments");
    for (int i = 0; i < seed.alignments().size(); i++) {
      assertEquals(seed.alignments().get(i), read.alignments().get(i), "/alignments/" + i);
    }
    assertActivities(seed.activities(), read.activities(), "");
    assertEquals(seed.focusAreas().size(), read.focusAreas().size(), "focus areas");
    for (int p = 0; p < seed.focusAreas().size(); p++) {
      FocusArea expected = seed.focusAreas().get(p);
      FocusArea actual = read.focusAreas().get(p);
      String at = "/focusAreas/" + p;
      assertEquals(expected.number(), actual.number(), at + "/number");
      assertEquals(expected.title(), actual.title(), at + "/title");
      assertEquals(expected.description(), actual.description(), at + "/description");
      assertEquals(expected.alignments().size(), actual.alignments().size(), at + "/alignments");
      for (int i = 0; i < expected.alignments().size(); i++) {
        assertEquals(expected.alignments().get(i), actual.alignments().get(i), at + "/alignments/" + i);
      }
      assertActivities(expected.activities(), actual.activities(), at);
      assertEquals(expected.communication(), actual.communication(), at + "/communication");
      assertEquals(expected.impactMeasures(), actual.impactMeasures(), at + "/impactMeasures");
      assertEquals(expected.collaboration(), actual.collaboration(), at + "/collaboration");
    }
    assertEquals(seed, read, "the whole plan");
  }

  private static void assertActivities(List<Activity> expected, List<Activity> actual, String at) {
    assertEquals(expected.size(), actual.size(), at + "/activities");
    for (int a = 0; a < expected.size(); a++) {
      Activity e = expected.get(a);
      Activity r = actual.get(a);
      String here = at + "/activities/" + a;
      assertEquals(e.number(), r.number(), here + "/number");
      assertEquals(e.title(), r.title(), here + "/title");
      assertEquals(e.description(), r.description(), here + "/description");
      assertEquals(e.tasks(), r.tasks(), here + "/tasks");
      assertEquals(e.responsibility(), r.responsibility(), here + "/responsibility");
      assertEquals(e.timeframe().map(t -> t.text()), r.timeframe().map(t -> t.text()), here + "/timeframe");
      assertEquals(e.timeframe().map(t -> t.intervals()), r.timeframe().map(t -> t.intervals()),
          here + "/timeframe intervals");
      assertEquals(e.fundingNeeded(), r.fundingNeeded(), here + "/fundingNeeded");
      assertEquals(e.collaborators(), r.collaborators(), here + "/collaborators");
      assertEquals(e.alignments(), r.alignments(), here + "/alignments");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"metropolitan-libraries-2019-2020", "noir-2016-17"})
  void jsonAndYamlGoldenFilesAreTheSamePlan(String name) throws IOException {
    assertEquals(read(name + ".json"), read(name + ".yaml"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"metropolitan-libraries-2019-2020.json", "metropolitan-libraries-2019-2020.yaml"})
  void metropolitanLibrariesGoldenFileHasTheSeedsTwoMistakes(String file) throws IOException {
    AlignmentReport report = RuleSet.standard().check(read(file));
    List<String> found = report.findings().stream().map(f -> f.ruleId() + " " + f.location())
        .collect(Collectors.toList());
    assertEquals(List.of("stated-title-mismatch /focusAreas/0/alignments/0",
        "element-of-other-edition /focusAreas/0/alignments/1"), found);
    assertTrue(report.findings("element-of-other-edition").get(0).message(Locale.ENGLISH)
        .contains("ifla-strategic-plan-2016-2021:SD4.KI5"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"noir-2016-17.json", "noir-2016-17.yaml"})
  void noirGoldenFileIsClean(String file) throws IOException {
    assertTrue(RuleSet.standard().check(read(file)).isEmpty());
  }
}
