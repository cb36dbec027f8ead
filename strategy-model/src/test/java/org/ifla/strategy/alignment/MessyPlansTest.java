package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Plans as units really write them (2016 to 2025): the model holds them as written and the standard rules find
 * what is wrong without false errors.
 */
class MessyPlansTest {
  private static final RuleSet RULES = RuleSet.standard();

  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static List<String> summary(AlignmentReport report) {
    return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.location())
        .collect(Collectors.toList());
  }

  private static Activity activity(String title, String timeframe) {
    return Activity.builder().title(en(title)).timeframe(StatedTimeframe.parse(timeframe)).build();
  }

  /**
   * A 2019-2024 focus-area plan with every kind of alignment people write: a number with a title, a title with
   * no number, a direction named without its number, a bare integer under "Key Initiatives", an alignment for
   * the whole plan, IFLA's Global Vision, and the unit's own "Action 1.1" numbers.
   */
  private static ActionPlan alignmentsAsWritten() {
    return ActionPlan.builder()
        .unit(ProfessionalUnit.of(UnitType.SECTION, en("Section on  Libraries for Children & Young Adults")))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse("2019-2021"))
        .status("updated for the Professional Committee")
        .addAlignments(Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse("SD2"))
            .statedTitle("Inspire and Enhance Professional Practice").build())
        .addAlignments(Alignment.builder().statedTitle("IFLA Global Vision")
            .rationale(en("The plan as a whole answers the Global Vision's highlights.")).isExternal(true).build())
        .addParts(PlanPart.builder()
            .number("1")
            .title(en("Advocacy for reading"))
            .addAlignments(Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
                .element(ElementReference.parse("SD1.KI1")).statedNumber("1.1")
                .statedTitle("Show the power of libraries in achieving the Sustainable Development Goals").build())
            .addAlignments(Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
                .statedTitle("Shape public opinion").build())
            .addAlignments(Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
                .element(ElementReference.parse("SD1")).statedNumber("1").build())
            .addActivities(Activity.builder().number("Action 1.1").title(en("Reading ambassadors"))
                .timeframe(StatedTimeframe.parse("by April 2020")).fundingNeeded(FundingNeed.YES)
                .addCollaborators("IBBY", "Section on Public Libraries").build())
            .addActivities(activity("Action 1.2 Toolkit", "2020 onwards"))
            .impactMeasures(en("Number of toolkit downloads"))
            .build())
        .addParts(PlanPart.builder()
            .number("2")
            .addAlignments(Alignment.builder().statedTitle("Asia and Oceania regional priorities")
                .isExternal(true).build())
            .addAlignments(Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
                .element(ElementReference.parse("SD2.KI3")).statedNumber("2.3").build())
            .addActivities(activity("Satellite meeting", "at WLIC 2019"))
            .addActivities(activity("Survey", "Nov 2019 - Jan 2020; Mar 2020 - May 2020"))
            .addActivities(activity("Guidelines revision", "three-year project"))
            .addActivities(Activity.builder().title(en("Newsletter")).build())
            .impactMeasures(en("Survey responses"))
            .build())
        .build();
  }

  @Test
  void alignmentsAsWrittenHaveNoErrorAndTheExpectedNotes() {
    AlignmentReport report = RULES.check(alignmentsAsWritten());
    assertFalse(report.hasErrors(), () -> summary(report).toString());
    assertEquals(List.of(
        "INFO external-reference /alignments/1",
        "INFO element-found-by-title /parts/0/alignments/1",
        "WARNING element-kind-mismatch /parts/0/alignments/2",
        "INFO external-reference /parts/1/alignments/0"), summary(report));
  }

  @Test
  void elementKindMismatchSaysWhatWasCitedAndWhere() {
    Finding finding = RULES.check(alignmentsAsWritten()).findings("element-kind-mismatch").get(0);
    String english = finding.message(Locale.ENGLISH);
    assertTrue(english.contains("1"), english);
    assertTrue(english.toLowerCase(Locale.ROOT).contains("direction"), english);
    assertTrue(english.toLowerCase(Locale.ROOT).contains("key initiative"), english);
    String chinese = finding.message(Locale.CHINESE);
    assertTrue(chinese.contains("战略方向"), chinese);
  }

  @Test
  void externalReferencesAreKeptAsWrittenAndNotUnknownElements() {
    AlignmentReport report = RULES.check(alignmentsAsWritten());
    List<Finding> external = report.findings("external-reference");
    assertTrue(external.get(0).message(Locale.ENGLISH).contains("IFLA Global Vision"));
    assertTrue(external.get(1).message(Locale.ENGLISH).contains("Asia and Oceania regional priorities"));
    assertTrue(report.findings("unknown-element").isEmpty());
  }

  @Test
  void timeframesAsWrittenKeepTheirTextAndAreNeverErrors() {
    ActionPlan plan = alignmentsAsWritten();
    List<Activity> activities = plan.parts().get(1).activities();
    assertEquals("at WLIC 2019", activities.get(0).timeframe().orElseThrow().text());
    assertEquals(List.of(Timeframe.parse("2019-08")), activities.get(0).timeframe().orElseThrow().intervals());
    assertEquals(2, activities.get(1).timeframe().orElseThrow().intervals().size());
    assertEquals(Optional.of(Period.ofYears(3)), activities.get(2).timeframe().orElseThrow().duration());
    assertEquals("three-year project", activities.get(2).timeframe().orElseThrow().text());
    assertTrue(activities.get(3).timeframe().isEmpty());
    assertTrue(RULES.check(plan).findings("timeframe-outside-plan").isEmpty());
    assertTrue(RULES.check(plan).findings("timeframe-inverted").isEmpty());
  }

  @Test
  void theUnitsOwnActionNumbersAreNotCitations() {
    ActionPlan plan = alignmentsAsWritten();
    assertEquals("Action 1.1", plan.parts().get(0).activities().get(0).number().orElseThrow());
    List<String> cited = AlignmentContext.of(plan).alignments().stream()
        .flatMap(a -> a.value().statedNumber().stream()).collect(Collectors.toList());
    assertEquals(List.of("1.1", "1", "2.3"), cited);
  }

  @Test
  void aPlanWithNoPeriodNoEditionAndNoPartsHasOnlyTheFindingThatItHasNoParts() {
    for (PlanTemplate template : PlanTemplate.values()) {
      if (template == PlanTemplate.FOCUS_AREAS) {
        continue; // a focus-area plan without focus areas is focus-area-count's case
      }
      ActionPlan plan = ActionPlan.builder()
          .unit(ProfessionalUnit.of(UnitType.NETWORK, en("New Professionals Special Interest Group")))
          .template(template).build();
      List<String> expected = template == PlanTemplate.OTHER ? List.of() : List.of("WARNING no-parts /parts");
      assertEquals(expected, summary(RULES.check(plan)), template::toString);
    }
  }

  @Test
  void aPlanCitingAnUnknownEditionIsReportedOnceAndItsReferencesAreNotGuessed() {
    ActionPlan plan = ActionPlan.builder().from(alignmentsAsWritten())
        .edition(EditionId.parse("ifla-strategy-2030-2035")).build();
    AlignmentReport report = RULES.check(plan);
    assertEquals(1, report.findings("unknown-edition").size(), () -> summary(report).toString());
    assertTrue(report.findings("unknown-element").isEmpty(), () -> summary(report).toString());
    assertTrue(report.findings("element-of-other-edition").isEmpty(), () -> summary(report).toString());
    assertTrue(report.findings("stated-title-mismatch").isEmpty(), () -> summary(report).toString());
  }

  @Test
  void onlyTheRulesOfTheTemplateApply() {
    ActionPlan asGoals = ActionPlan.builder().from(alignmentsAsWritten()).template(PlanTemplate.GOALS)
        .addParts(PlanPart.builder().title(en("Goal 3")).build(),
            PlanPart.builder().title(en("Goal 4")).build(),
            PlanPart.builder().title(en("Goal 5")).build())
        .build();
    AlignmentReport report = RULES.check(asGoals);
    for (String rule : List.of("focus-area-count", "no-aligned-part", "unaligned-part",
        "missing-impact-measure")) {
      assertTrue(report.findings(rule).isEmpty(), () -> rule + ": " + summary(report));
    }
    // every template asks for activities: the three goals without any are reported
    assertEquals(List.of("/parts/2", "/parts/3", "/parts/4"), report.findings("empty-part").stream()
        .map(f -> f.location().toString()).collect(Collectors.toList()));
  }

  @Test
  void everyUnitTypeHoldsAPlan() {
    for (UnitType type : UnitType.values()) {
      ActionPlan plan = ActionPlan.builder().from(alignmentsAsWritten())
          .unit(ProfessionalUnit.of(type, en("Unit"))).build();
      assertEquals(type, plan.unit().type());
      assertFalse(RULES.check(plan).hasErrors(), type::toString);
    }
  }

  @Test
  void typosOddCharactersAndDuplicatedLabelsSurviveUnchanged() {
    String odd = "Libraries  for\u00a0Childern \u2013 \u201cYoung\u201d Adults\t\u200b(sic) ";
    Activity activity = Activity.builder().title(en(odd))
        .addTasks(Task.of(en("Survey")), Task.of(en("Survey")))
        .addCollaborators("IBBY", "IBBY")
        .build();
    assertEquals(odd, activity.title().text(Locale.ENGLISH));
    assertEquals(2, activity.tasks().size());
    assertEquals(List.of("IBBY", "IBBY"), activity.collaborators());
    assertEquals(activity, Activity.copyOf(Activity.builder().from(activity).build()));
    assertEquals("Section on  Libraries for Children & Young Adults",
        alignmentsAsWritten().unit().name().text(Locale.ENGLISH));
  }
}
