package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.FocusArea;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Rule sets: the standard rules, subsets, additions, and what a check puts into its findings. */
class RuleSetTest {
  private static final List<String> STANDARD_IDS = List.of("unknown-edition", "unknown-element",
      "element-of-other-edition", "stated-title-mismatch", "element-kind-mismatch", "initiative-outside-direction",
      "external-reference", "focus-area-count", "no-aligned-focus-area", "unaligned-focus-area", "empty-focus-area",
      "missing-impact-measure", "plan-outside-edition", "timeframe-inverted", "timeframe-outside-plan",
      "timeframe-unreadable", "missing-translation");

  /** A focus-area plan of five unaligned focus areas: focus-area-count and no-aligned-focus-area fire. */
  private static final ActionPlan EMPTY = ActionPlan.builder()
      .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of("en", "Unit")))
      .template(PlanTemplate.FOCUS_AREAS)
      .addAllFocusAreas(java.util.Collections.nCopies(5, FocusArea.builder().title(LocalizedText.of("en", "Part"))
          .build()))
      .build();

  private static AlignmentRule rule(String id, Severity severity, Object... arguments) {
    return new AlignmentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        findings.report(PlanLocation.root().child("unit"), LocalizedText.of("en", "{0}"), arguments);
      }
    };
  }

  @Test
  void theStandardSetHasTheSixteenRulesInOrder() {
    assertEquals(STANDARD_IDS, List.copyOf(RuleSet.standard().ids()));
    assertEquals(STANDARD_IDS, RuleSet.standard().rules().stream().map(AlignmentRule::id)
        .collect(Collectors.toList()));
    assertEquals("RuleSet" + STANDARD_IDS, RuleSet.standard().toString());
  }

  @Test
  void onlyAndWithoutKeepAndDropByIdInTheSetsOrder() {
    RuleSet only = RuleSet.standard().only("no-aligned-focus-area", "focus-area-count");
    assertEquals(List.of("focus-area-count", "no-aligned-focus-area"), List.copyOf(only.ids()));
    assertEquals(List.of("focus-area-count", "no-aligned-focus-area"), only.check(EMPTY).findings().stream()
        .map(Finding::ruleId).sorted().collect(Collectors.toList()));
    RuleSet without = RuleSet.standard().without("focus-area-count");
    assertEquals(STANDARD_IDS.size() - 1, without.ids().size());
    assertFalse(without.ids().contains("focus-area-count"));
    assertTrue(without.check(EMPTY).findings("focus-area-count").isEmpty());
    assertEquals(1, without.check(EMPTY).findings("no-aligned-focus-area").size());
    assertIllegalArgument(() -> RuleSet.standard().only("no-such-rule"), "no-such-rule");
    assertIllegalArgument(() -> RuleSet.standard().without("no-such-rule"), "no-such-rule");
  }

  @Test
  void withAddsRulesWhoseFindingsCarryTheirIdSeverityAndArguments() {
    RuleSet set = RuleSet.of(rule("first", Severity.INFO, "a", 3)).with(rule("second", Severity.ERROR, " "));
    assertEquals(List.of("first", "second"), List.copyOf(set.ids()));
    AlignmentReport report = set.check(EMPTY);
    Finding first = report.findings("first").get(0);
    assertEquals(Severity.INFO, first.severity());
    assertEquals("/unit", first.location().toString());
    assertEquals(List.of(LocalizedText.of("und", "a"), LocalizedText.of("und", "3")), first.arguments());
    Finding second = report.findings("second").get(0);
    assertEquals(Severity.ERROR, second.severity());
    // a blank argument is shown quoted, so that a message never has a hole in it
    assertEquals(List.of(LocalizedText.of("und", "\" \"")), second.arguments());
    assertTrue(report.hasErrors());
  }

  @Test
  void aCheckAgainstAnotherCatalogUsesIt() {
    ActionPlan plan = ActionPlan.builder().from(EMPTY).edition(IflaStrategies.STRATEGY_2019_2024).build();
    assertTrue(RuleSet.standard().check(plan).findings("unknown-edition").isEmpty());
    EditionCatalog other = EditionCatalog.of(IflaStrategies.strategy2024to2029());
    assertEquals(1, RuleSet.standard().check(plan, other).findings("unknown-edition").size());
    assertEquals(RuleSet.standard().check(plan, other),
        RuleSet.standard().check(AlignmentContext.of(plan, other)));
    assertNullRejected(() -> RuleSet.standard().check((AlignmentContext) null));
    assertNullRejected(() -> RuleSet.of(rule("x", Severity.INFO, (Object) null)).check(EMPTY));
  }

  @Test
  void aReportCountsFormatsAndComparesItsFindings() {
    AlignmentReport report = RuleSet.standard().check(EMPTY);
    assertEquals(2, report.count(Severity.ERROR));
    assertEquals(15, report.count(Severity.WARNING)); // unaligned, empty, no impact measure: five each
    assertEquals(0, report.count(Severity.INFO));
    assertTrue(report.hasErrors());
    assertFalse(report.isEmpty());
    String english = report.format(Locale.ENGLISH);
    assertEquals(report.findings().stream().map(f -> f.format(Locale.ENGLISH)).collect(Collectors.joining("\n")),
        english);
    assertEquals(english, report.toString());
    assertFalse(english.isEmpty());
    assertEquals(report, AlignmentReport.of(report.findings()));
    assertEquals(report.hashCode(), AlignmentReport.of(report.findings()).hashCode());
    AlignmentReport empty = AlignmentReport.of(List.of());
    assertTrue(empty.isEmpty());
    assertFalse(empty.hasErrors());
    assertFalse(report.equals(empty));
    assertFalse(report.hashCode() == empty.hashCode());
    assertFalse(report.equals("a report"));
    assertEquals("", empty.format(Locale.ENGLISH));
  }
}
