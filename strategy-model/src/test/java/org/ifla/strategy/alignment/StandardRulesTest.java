package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementKind;
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
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Each standard rule: a plan that makes it fire, and the clean plan that keeps it quiet. */
class StandardRulesTest {
  private static final RuleSet RULES = RuleSet.standard();

  static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  static Alignment area(String id, String number, String title) {
    return Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse(id))
        .statedNumber(number).statedTitle(title).build();
  }

  static Alignment initiative(String id, String number, String title) {
    return Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE).element(ElementReference.parse(id))
        .statedNumber(number).statedTitle(title).build();
  }

  static Activity activity(String timeframe) {
    return Activity.builder().title(en("Survey libraries")).timeframe(StatedTimeframe.parse(timeframe))
        .addTasks(Task.of(en("Write the survey"))).build();
  }

  static PlanPart part(String number, Alignment... alignments) {
    return PlanPart.builder().number(number).title(en("Focus " + number)).addAlignments(alignments)
        .addActivities(activity("Nov 2019 - May 2020")).impactMeasures(en("Responses received")).build();
  }

  /** A 2019-2024 plan with no finding at all. */
  static ActionPlan clean() {
    return ActionPlan.builder()
        .unit(ProfessionalUnit.of(UnitType.SECTION, en("Test Section")))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse("2019 – 2020"))
        .addParts(part("1",
            area("SD1", "1", "Strengthen the global voice of libraries"),
            initiative("SD1.KI2", "1.2", "Build a strong presence in international organisations and meetings "
                + "as a valued partner")))
        .build();
  }

  static ActionPlan withParts(PlanPart... parts) {
    return ActionPlan.builder().from(clean()).parts(ImmutableList.copyOf(parts)).build();
  }

  static List<String> rules(AlignmentReport report) {
    return report.findings().stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  @Test
  void cleanPlanHasNoFinding() {
    AlignmentReport report = RULES.check(clean());
    assertTrue(report.isEmpty(), report::toString);
  }

  @Test
  void unknownElementFiresForAnIdNoEditionHas() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), initiative("SD1.KI9", "1.9", "Something"))));
    assertEquals(List.of("unknown-element"), rules(report));
    Finding f = report.findings().get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/parts/0/alignments/1", f.location().toString());
    assertTrue(f.message(Locale.ENGLISH).contains("1.9"), f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.CHINESE).contains("不是任何已知版本中的要素"), f.message(Locale.CHINESE));
  }

  @Test
  void elementOfOtherEditionNamesTheEditionThatHasIt() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD4", "4", "Optimise our Organisation"),
        Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE).element(ElementReference.parse("SD4.KI5"))
            .statedNumber("4.5").build())));
    assertEquals(List.of("element-of-other-edition"), rules(report));
    String message = report.findings().get(0).message(Locale.ENGLISH);
    assertTrue(message.contains("4.5 (Key Initiative 4.5, "), message);
    assertTrue(message.contains("IFLA Strategic Plan 2016-2021"), message);
    assertTrue(message.contains("Strengthening IFLA by building regional and sectoral capacity"), message);
  }

  @Test
  void qualifiedReferenceToAnotherEditionIsElementOfOtherEdition() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), initiative("ifla-strategic-plan-2016-2021:SD1.KI2", "1.2", "Introducing libraries on "
        + "the agenda of international organizations"))));
    assertEquals(List.of("element-of-other-edition"), rules(report));
  }

  @Test
  void qualifiedReferenceToAnUnknownEditionIsUnknownElement() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), initiative("my-strategy:SD1.KI2", "1.2", "Mine"))));
    assertEquals(List.of("unknown-element"), rules(report));
  }

  @Test
  void statedTitleMismatchHintsTheEditionWhoseTitleItIs() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD4", "4", "Capacity Building"),
        initiative("SD4.KI3", "4.3", "Increase, diversify and engage our membership"))));
    assertEquals(List.of("stated-title-mismatch"), rules(report));
    Finding f = report.findings().get(0);
    assertEquals(Severity.WARNING, f.severity());
    String message = f.message(Locale.ENGLISH);
    assertTrue(message.contains("Strategic Direction 4 \"Capacity Building\" (IFLA Strategic Plan 2016-2021)"),
        message);
    assertTrue(message.contains("4 (Strategic Direction 4, Optimise our Organisation, IFLA Strategy 2019-2024)"),
        message);
  }

  @Test
  void statedTitleMismatchHintsAnotherInitiativeOfTheSameEdition() {
    // IFLA's own blog tagged 1.4's title as "Key Initiative 2.1"
    AlignmentReport report = RULES.check(withParts(part("1", area("SD2", "2", "Inspire and Enhance Professional "
        + "Practice"), initiative("SD2.KI1", "2.1", "Shape public opinion and debate around open access and "
        + "library values, including intellectual freedom and human rights"))));
    assertEquals(List.of("stated-title-mismatch"), rules(report));
    String message = report.findings().get(0).message(Locale.ENGLISH);
    assertTrue(message.contains("Key Initiative 1.4 \"Shape public opinion"), message);
    assertTrue(message.contains("(IFLA Strategy 2019-2024)"), message);
  }

  @Test
  void statedTitleToleratesCaseSpellingAndSmallWordChanges() {
    AlignmentReport report = RULES.check(withParts(part("1",
        area("SD3", "3", "connect & empower the field"),
        initiative("SD3.KI2", "3.2", "Support Virtual Networking & Connections etc."),
        initiative("SD3.KI4", "3.4", "3.4 Provide targeted learning and professional development."))));
    assertTrue(report.isEmpty(), report::toString);
  }

  @Test
  void statedTitleWithAnotherContentWordIsAMismatch() {
    // "Collections" for "Connections" (IFLA blog #6) was tolerated before issue 20.
    AlignmentReport report = RULES.check(withParts(part("1",
        area("SD3", "3", "connect & empower the field"),
        initiative("SD3.KI2", "3.2", "Support Virtual Networking and Collections"))));
    assertEquals(List.of("stated-title-mismatch"), rules(report));
  }

  @Test
  void elementKindMismatchForADirectionUnderKeyInitiatives() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
            .element(ElementReference.parse("SD1")).statedNumber("1").build())));
    assertEquals(List.of("element-kind-mismatch"), rules(report));
    assertTrue(report.findings().get(0).message(Locale.ENGLISH).contains("a strategic direction"));
    assertTrue(report.findings().get(0).message(Locale.CHINESE).contains("战略方向"));
  }

  @Test
  void initiativeOutsideDirectionWhenThePartCitesOtherDirections() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), initiative("SD3.KI1", "3.1", "Provide excellent opportunities for face-to-face "
        + "networking and learning"))));
    assertEquals(List.of("initiative-outside-direction"), rules(report));
    assertEquals("/parts/0/alignments/1", report.findings().get(0).location().toString());
  }

  @Test
  void initiativeOutsideDirectionIsQuietWhenThePartCitesNoDirection() {
    AlignmentReport report = RULES.check(withParts(part("1", initiative("SD3.KI1", "3.1", "Provide excellent "
        + "opportunities for face-to-face networking and learning"))));
    assertTrue(report.isEmpty(), report::toString);
  }

  @Test
  void externalReferenceIsInfoAndNothingElse() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"), initiative("SD1.KI1", "1.1", "Show the power of libraries in achieving the Sustainable "
        + "Development Goals"), Alignment.builder().statedTitle("IFLA Global Vision").isExternal(true).build())));
    assertEquals(List.of("external-reference"), rules(report));
    assertEquals(Severity.INFO, report.findings().get(0).severity());
    assertTrue(report.findings().get(0).message(Locale.ENGLISH).contains("IFLA Global Vision"));
  }

  @Test
  void unknownEditionIsReportedOnceAndReferencesAreNotGuessed() {
    ActionPlan plan = ActionPlan.builder().from(clean()).edition(EditionId.parse("national-strategy-2030")).build();
    AlignmentReport report = RULES.check(plan);
    assertEquals(List.of("unknown-edition"), rules(report));
    assertEquals("/edition", report.findings().get(0).location().toString());
  }

  @Test
  void focusAreaCountFiresForNoneAndForFive() {
    assertEquals(List.of("focus-area-count"), rules(RULES.check(withParts())));
    PlanPart p = clean().parts().get(0);
    assertEquals(List.of("focus-area-count"), rules(RULES.check(withParts(p, p, p, p, p))));
    assertTrue(RULES.check(withParts(p, p, p, p)).isEmpty());
  }

  @Test
  void theTemplateSelectsTheTemplateBoundRules() {
    ActionPlan plan = ActionPlan.builder().from(withParts()).template(PlanTemplate.OBJECTIVES).build();
    assertEquals(List.of("no-parts"), rules(RULES.check(plan)));
    ActionPlan other = ActionPlan.builder().from(withParts()).template(PlanTemplate.OTHER).build();
    assertEquals(List.of(), rules(RULES.check(other)));
    ActionPlan bare = ActionPlan.builder().from(withParts(PlanPart.builder().build()))
        .template(PlanTemplate.PROJECTS).build();
    // no focus-area-count, no missing-impact-measure: the project template asks for neither
    assertEquals(List.of("no-aligned-part", "empty-part", "unaligned-part"), rules(RULES.check(bare)));
  }

  @Test
  void noAlignedFocusAreaWhenNoPartCitesAKeyInitiative() {
    AlignmentReport report = RULES.check(withParts(part("1", area("SD1", "1", "Strengthen the global voice of "
        + "libraries"))));
    assertEquals(List.of("no-aligned-part"), rules(report));
  }

  @Test
  void unalignedFocusAreaUnlessThePlanAlignsAsAWhole() {
    PlanPart bare = part("2");
    AlignmentReport report = RULES.check(withParts(clean().parts().get(0), bare));
    assertEquals(List.of("unaligned-part"), rules(report));
    assertEquals("/parts/1", report.findings().get(0).location().toString());
    ActionPlan whole = ActionPlan.builder().from(withParts(clean().parts().get(0), bare))
        .addAlignments(area("SD2", "2", "Inspire and Enhance Professional Practice")).build();
    assertTrue(RULES.check(whole).isEmpty(), () -> RULES.check(whole).toString());
  }

  @Test
  void emptyFocusAreaAndMissingImpactMeasure() {
    PlanPart p = PlanPart.builder().from(clean().parts().get(0)).activities(ImmutableList.of()).build();
    assertEquals(List.of("empty-part"), rules(RULES.check(withParts(p))));
    PlanPart q = PlanPart.builder().from(clean().parts().get(0)).impactMeasures(java.util.Optional.empty())
        .build();
    assertEquals(List.of("missing-impact-measure"), rules(RULES.check(withParts(q))));
  }

  @Test
  void planOutsideEdition() {
    ActionPlan plan = ActionPlan.builder().from(clean()).period(StatedTimeframe.parse("2016-17"))
        .parts(ImmutableList.of()).addParts(PlanPart.builder().from(clean().parts().get(0))
            .activities(ImmutableList.of(activity("in March 2017"))).build()).build();
    assertEquals(List.of("plan-outside-edition"), rules(RULES.check(plan)));
  }

  @Test
  void timeframeInvertedAndOutsidePlan() {
    PlanPart p = PlanPart.builder().from(clean().parts().get(0))
        .activities(ImmutableList.of(activity("May 2020 - Nov 2019"), activity("Nov 2020 - Mar 2021"),
            activity("2021 onwards"))).build();
    AlignmentReport report = RULES.check(withParts(p));
    // "2021 onwards" starts after the plan's period: outside it
    assertEquals(List.of("timeframe-inverted", "timeframe-outside-plan", "timeframe-outside-plan"), rules(report));
    assertEquals("/parts/0/activities/0/timeframe", report.findings().get(0).location().toString());
    assertEquals("The timeframe \"May 2020 - Nov 2019\" ends (2019-11) before it starts (2020-05).",
        report.findings().get(0).message(java.util.Locale.ENGLISH));
    assertEquals("/parts/0/activities/1/timeframe", report.findings().get(1).location().toString());
    assertEquals("/parts/0/activities/2/timeframe", report.findings().get(2).location().toString());
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
    assertEquals(Severity.WARNING, report.findings().get(1).severity());
  }

  @Test
  void missingTranslationOnlyForRequestedLanguages() {
    AlignmentContext context = AlignmentContext.of(clean()).withRequiredLanguages(List.of(LanguageTag.CHINESE));
    AlignmentReport report = RULES.check(context);
    assertFalse(report.isEmpty());
    assertTrue(report.findings().stream().allMatch(f -> f.ruleId().equals("missing-translation")
        && f.severity() == Severity.INFO));
    assertTrue(report.findings().stream().anyMatch(f -> f.location().toString().equals("/unit/name")));
    assertTrue(RULES.check(AlignmentContext.of(clean()).withRequiredLanguages(List.of(LanguageTag.ENGLISH))).isEmpty());
  }

  @Test
  void everyKindOfElementHasANameAndANounInEnglishAndChinese() {
    for (ElementKind kind : ElementKind.values()) {
      String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
      for (String prefix : List.of("name.", "noun.")) {
        LocalizedText template = Messages.template(prefix + key);
        assertTrue(template.label(LanguageTag.ENGLISH).isPresent() && template.label(LanguageTag.CHINESE).isPresent(),
            prefix + key);
      }
    }
  }

  @Test
  void everyStandardRuleHasEnglishAndChineseMessages() {
    for (AlignmentRule rule : RULES.rules()) {
      LocalizedText template = Messages.template(rule.id());
      assertTrue(template.label(LanguageTag.ENGLISH).isPresent(), rule.id());
      assertTrue(template.label(LanguageTag.CHINESE).isPresent(), rule.id());
    }
    assertEquals(20, RULES.rules().size());
  }

  @Test
  void reportIsSortedByLocationThenRule() {
    PlanPart bad = PlanPart.builder().number("1").addActivities(activity("May 2020 - Nov 2019")).build();
    AlignmentReport report = RULES.check(withParts(bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad));
    List<Finding> sorted = report.findings().stream().sorted().collect(Collectors.toList());
    assertEquals(sorted, report.findings());
    assertEquals("/parts", report.findings().get(0).location().toString());
    int second = report.findings().indexOf(report.findings().stream()
        .filter(f -> f.location().toString().startsWith("/parts/2")).findFirst().orElseThrow());
    int tenth = report.findings().indexOf(report.findings().stream()
        .filter(f -> f.location().toString().startsWith("/parts/10")).findFirst().orElseThrow());
    assertTrue(second < tenth, "index 2 before index 10");
  }
}
