package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.SeedPlans;
import org.junit.jupiter.api.Test;

/**
 * The standard rules on the two real action plans of the seeds, built from their text in {@link SeedPlans}.
 *
 * <p>Seed 002 (Metropolitan Libraries 2019-2020) cites the IFLA Strategy 2019-2024 but took two of its
 * alignments from the Strategic Plan 2016-2021: "Strategic Direction 4 &ndash; Capacity Building" (the 2019
 * edition's direction 4 is "Optimise our Organisation") and key initiative 4.5 (the 2019 edition has only 4.1 to
 * 4.4). Its other key initiatives, 1.1 and 2.4, are right.
 */
class SeedPlanFindingsTest {
  private static final RuleSet RULES = RuleSet.standard();

  private static List<String> summary(AlignmentReport report) {
    return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.location())
        .collect(Collectors.toList());
  }

  private static String arguments(Finding finding) {
    return finding.arguments().stream().map(a -> a.text(Locale.ENGLISH)).collect(Collectors.joining(" | "));
  }

  @Test
  void metropolitanLibrariesCitesKeyInitiativeFourPointFiveOfTheStrategicPlan2016() {
    AlignmentReport report = RULES.check(SeedPlans.metropolitanLibraries2019());
    List<Finding> found = report.findings("element-of-other-edition");
    assertEquals(1, found.size(), report::toString);
    Finding finding = found.get(0);
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("/parts/0/alignments/1", finding.location().toString());
    String english = "4.5 (Key Initiative 4.5, Strengthening IFLA by building regional and sectoral capacity and "
        + "participation across our activities, IFLA Strategic Plan 2016-2021)";
    assertTrue(arguments(finding).contains(english), finding::toString);
    assertTrue(finding.message(Locale.ENGLISH).contains(english), () -> finding.message(Locale.ENGLISH));
    assertTrue(finding.message(Locale.CHINESE).contains("4.5（关键举措4.5，"), () -> finding.message(Locale.CHINESE));
  }

  @Test
  void metropolitanLibrariesStatesTheTitleOfStrategicDirectionFourOfTheStrategicPlan2016() {
    AlignmentReport report = RULES.check(SeedPlans.metropolitanLibraries2019());
    List<Finding> found = report.findings("stated-title-mismatch");
    assertEquals(1, found.size(), report::toString);
    Finding finding = found.get(0);
    assertEquals("/parts/0/alignments/0", finding.location().toString());
    assertTrue(arguments(finding).contains("Capacity Building"), finding::toString);
    assertTrue(finding.message(Locale.ENGLISH).contains(
        "it is the title of Strategic Direction 4 \"Capacity Building\" (IFLA Strategic Plan 2016-2021)"),
        () -> finding.message(Locale.ENGLISH));
  }

  @Test
  void metropolitanLibrariesHasNothingAgainstKeyInitiativesOnePointOneAndTwoPointFour() {
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    AlignmentReport report = RULES.check(plan);
    List<String> rightOnes = AlignmentContext.of(plan).alignments().stream()
        .filter(a -> a.value().statedNumber().map(n -> n.equals("1.1") || n.equals("2.4")).orElse(false))
        .map(a -> a.location().toString())
        .collect(Collectors.toList());
    assertEquals(2, rightOnes.size(), "the seed cites 1.1 and 2.4 once each: " + rightOnes);
    for (Finding finding : report.findings()) {
      assertFalse(rightOnes.contains(finding.location().toString()), finding::toString);
    }
  }

  @Test
  void metropolitanLibrariesHasExactlyTheTwoMistakesOfTheSeedAsErrorsOrWarnings() {
    AlignmentReport report = RULES.check(SeedPlans.metropolitanLibraries2019());
    List<String> serious = report.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location()).collect(Collectors.toList());
    assertEquals(List.of(
        "WARNING stated-title-mismatch /parts/0/alignments/0",
        "ERROR element-of-other-edition /parts/0/alignments/1"), serious, () -> summary(report).toString());
    assertTrue(report.hasErrors());
  }

  /**
   * Seed 000 names its three key initiatives by title alone, none verbatim. A reviewer holding the 2016-2021
   * plan accepts "International Advocacy" as 4.2 "Delivering the International Advocacy Programme (IAP)": it is
   * the programme's own name, and no other key initiative holds those words. "Inclusion of Public Libraries" is
   * no key initiative: the nearest text, Activity 4.5.2 ("Increase participation of the public library sector
   * ..."), is an activity under 4.5, which a reviewer would ask the unit to cite as 4.5 with its own words.
   * "Advancement of connectedness and mutual support in an interdependent world" is in no source at all. So:
   * one found by its title, two that no element has, each with the nearest titles.
   */
  @Test
  void noirNamesOneKeyInitiativeByAShortFormOfItsTitleAndTwoThatNoKeyInitiativeHas() {
    ActionPlan plan = SeedPlans.noir2016();
    AlignmentReport report = RULES.check(plan);
    assertFalse(report.hasErrors(), () -> summary(report).toString());
    assertEquals(List.of(
        "WARNING no-element-with-title /alignments/1",
        "INFO element-found-by-title /alignments/2",
        "WARNING no-element-with-title /alignments/3"), summary(report));
    Finding found = report.findings("element-found-by-title").get(0);
    assertTrue(found.message(Locale.ENGLISH).contains("International Advocacy (Key Initiative 4.2, Delivering the "
        + "International Advocacy Programme (IAP), IFLA Strategic Plan 2016-2021)"), found::toString);
    Finding missing = report.findings("no-element-with-title").get(1);
    assertTrue(missing.message(Locale.ENGLISH).startsWith("\"Inclusion of Public Libraries\" is written without a "
        + "number, and no element of IFLA Strategic Plan 2016-2021 has that title; the nearest are: "),
        missing::toString);
  }
}
