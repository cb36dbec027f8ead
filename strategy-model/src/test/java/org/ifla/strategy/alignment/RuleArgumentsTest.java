package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** What the standard rules put into their findings, and the edges of the period rules. */
class RuleArgumentsTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static ActionPlan.Builder plan() {
    return ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("Unit")))
        .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024);
  }

  private static List<Finding> findings(ActionPlan plan, String rule) {
    return RuleSet.standard().check(plan).findings(rule);
  }

  private static List<String> arguments(Finding finding) {
    return finding.arguments().stream().map(a -> a.text(Locale.ENGLISH)).collect(Collectors.toList());
  }

  @Test
  void anUnknownEditionFindingListsTheKnownEditions() {
    EditionId nobody = EditionId.parse("nobody-strategy-2000-2001");
    List<Finding> found = findings(plan().edition(nobody).build(), "unknown-edition");
    assertEquals(1, found.size());
    List<String> arguments = arguments(found.get(0));
    assertEquals(nobody.toString(), arguments.get(0));
    for (var edition : IflaStrategies.all()) {
      assertTrue(arguments.get(1).contains(edition.id().toString()), arguments::toString);
    }
  }

  @Test
  void aTitleThatFitsNothingIsReportedWithTheReferenceAsWritten() {
    Alignment alignment = Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
        .element(ElementReference.parse("SD1.KI1")).statedTitle("Zebra xylophone quarterly yodelling").build();
    List<Finding> found = findings(plan().addParts(PlanPart.builder().title(en("A"))
        .addAlignments(alignment).build()).build(), "stated-title-mismatch");
    assertEquals(1, found.size());
    List<String> arguments = arguments(found.get(0));
    assertEquals("Zebra xylophone quarterly yodelling", arguments.get(0));
    // no stated number: the reference itself, then what it is
    assertEquals("SD1.KI1 (Key Initiative 1.1, Show the power of libraries in achieving the Sustainable "
        + "Development Goals, IFLA Strategy 2019-2024)", arguments.get(1));
  }

  @Test
  void anExternalAlignmentIsReportedByWhatItSays() {
    Alignment byRationale = Alignment.builder().isExternal(true).rationale(en("Global Vision")).build();
    Alignment byNumber = Alignment.builder().isExternal(true).statedNumber("GV 3").build();
    List<Finding> found = findings(plan().addAlignments(byRationale, byNumber).build(), "external-reference");
    assertEquals(List.of(List.of("Global Vision"), List.of("GV 3")),
        found.stream().map(RuleArgumentsTest::arguments).collect(Collectors.toList()));
  }

  @Test
  void aPartIsNamedByWhatTheTemplateCallsItItsNumberOrPlaceAndItsTitle() {
    PlanPart numbered = PlanPart.builder().number("A").title(en("first")).build();
    PlanPart unnumbered = PlanPart.builder().title(en("second")).build();
    List<Finding> found = findings(plan().addParts(numbered, unnumbered).build(), "empty-part");
    assertEquals(List.of(List.of("Focus area A \"first\""), List.of("Focus area #2 \"second\"")),
        found.stream().map(RuleArgumentsTest::arguments).collect(Collectors.toList()));
    assertEquals(List.of("/parts/0", "/parts/1"),
        found.stream().map(f -> f.location().toString()).collect(Collectors.toList()));
  }

  @Test
  void anInvertedPeriodIsNeverOutsideTheEdition() {
    ActionPlan inverted = plan().period(StatedTimeframe.parse("2030 - 2025")).build();
    assertTrue(inverted.period().orElseThrow().isInverted());
    assertEquals(List.of(), findings(inverted, "plan-outside-edition"));
    assertEquals(1, findings(inverted, "timeframe-inverted").size());
    ActionPlan later = plan().period(StatedTimeframe.parse("2030")).build();
    assertEquals(1, findings(later, "plan-outside-edition").size());
  }

  @Test
  void thePlanSpanLeavesInvertedIntervalsOut() {
    Timeframe valid = Timeframe.ofYears(2019, 2020);
    Timeframe inverted = Timeframe.of(YearMonth.of(2016, 1), YearMonth.of(2016, 6));
    ActionPlan plan = plan().period(StatedTimeframe.of("2019 - 2020, June - January 2016", List.of(valid),
        List.of(inverted))).addActivities(Activity.builder().title(en("early")).timeframe(StatedTimeframe.parse("2017"))
        .build()).build();
    List<Finding> found = findings(plan, "timeframe-outside-plan");
    assertEquals(List.of("/activities/0/timeframe"),
        found.stream().map(f -> f.location().toString()).collect(Collectors.toList()));
  }
}
