package org.ifla.strategy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * The sample plans of {@code examples/plans/}, one per template, report exactly the problems planted in them
 * (listed in each file's head comment), and nothing else: no false alarm on what is merely unusual.
 */
class SamplePlanFindingsTest {
  private static List<String> findings(String file) throws IOException {
    ActionPlan plan = StrategyJson.yaml().readPlan(Path.of("plans", file));
    return RuleSet.standard().check(plan).findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location())
        .collect(Collectors.toList());
  }

  @Test
  void objectivesTaggedWithKeyInitiatives() throws IOException {
    assertEquals(List.of(
        "WARNING timeframe-outside-plan /parts/0/activities/1/timeframe",
        "ERROR element-of-other-edition /parts/1/alignments/0",
        "WARNING stated-title-mismatch /parts/2/alignments/0",
        "WARNING empty-part /parts/3",
        "INFO element-found-by-title /parts/3/alignments/0"), findings(SamplePlans.RARE_BOOKS));
  }

  @Test
  void projectPage() throws IOException {
    assertEquals(List.of(
        "WARNING element-kind-mismatch /parts/1/alignments/0",
        "WARNING unaligned-part /parts/2",
        "WARNING timeframe-outside-plan /parts/3/activities/0/timeframe"), findings(SamplePlans.DIGITAL_SCHOLARSHIP));
  }

  @Test
  void regionalGoalsAlignedToRegionalPrioritiesToo() throws IOException {
    assertEquals(List.of(
        "INFO external-reference /parts/0/alignments/0",
        "WARNING unaligned-part /parts/1",
        "INFO external-reference /parts/1/alignments/0",
        "ERROR unknown-element /parts/2/alignments/0",
        "WARNING no-element-with-title /parts/3/alignments/0"), findings(SamplePlans.ASIA_OCEANIA));
  }

  @Test
  void focusAreasOnTheStrategy2024() throws IOException {
    assertEquals(List.of(
        "INFO element-found-by-title /parts/0/alignments/1",
        "WARNING missing-impact-measure /parts/2",
        "WARNING initiative-outside-direction /parts/2/alignments/1",
        "ERROR element-of-other-edition /parts/3/alignments/0"), findings(SamplePlans.INFORMATION_LITERACY));
    ActionPlan plan = StrategyJson.yaml().readPlan(Path.of("plans", SamplePlans.INFORMATION_LITERACY));
    String message = RuleSet.standard().check(plan).findings("element-of-other-edition").get(0)
        .message(Locale.ENGLISH);
    // the edition in force at the plan's start (2024) is named first, the other one after it
    assertEquals("2 is not in IFLA Strategy 2024-2029, the edition the plan cites: it is 2 (Strategic Direction 2, "
        + "Inspire and Enhance Professional Practice, IFLA Strategy 2019-2024) (also in "
        + "ifla-strategic-plan-2016-2021).", message);
  }

  @Test
  void theSeedPlansReportTheirOwnMistakesOnly() throws IOException {
    assertEquals(List.of(
        "WARNING stated-title-mismatch /parts/0/alignments/0",
        "ERROR element-of-other-edition /parts/0/alignments/1"),
        findings(SamplePlans.METROPOLITAN_LIBRARIES).stream().filter(f -> !f.startsWith("INFO"))
            .collect(Collectors.toList()));
    assertEquals(List.of(
        "WARNING no-element-with-title /alignments/1",
        "INFO element-found-by-title /alignments/2",
        "WARNING no-element-with-title /alignments/3"), findings(SamplePlans.NOIR));
  }
}
