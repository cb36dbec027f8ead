package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Rule sets: the standard rules, subsets, additions, and what a check puts into its findings. */
class RuleSetTest {
  private static final List<String> STANDARD_IDS = List.of("unknown-edition", "unknown-element",
      "element-of-other-edition", "stated-title-mismatch", "element-found-by-title", "no-element-with-title",
      "element-kind-mismatch", "initiative-outside-direction",
      "external-reference", "focus-area-count", "no-parts", "no-aligned-part", "unaligned-part", "empty-part",
      "missing-impact-measure", "plan-outside-edition", "timeframe-inverted", "timeframe-outside-plan",
      "timeframe-unreadable", "missing-translation");

  /** A focus-area plan of five unaligned focus areas: focus-area-count and no-aligned-part fire. */
  private static final ActionPlan EMPTY = ActionPlan.builder()
      .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.ENGLISH, "Unit")))
      .template(PlanTemplate.FOCUS_AREAS)
      .addAllParts(java.util.Collections.nCopies(5, PlanPart.builder().title(LocalizedText.of(LanguageTag.ENGLISH,
          "Part"))
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
        findings.report(PlanLocation.root().child("unit"), LocalizedText.of(LanguageTag.ENGLISH, "{0}"), arguments);
      }
    };
  }

  @Test
  void theStandardSetHasTheTwentyRulesInOrder() {
    assertEquals(STANDARD_IDS, List.copyOf(RuleSet.standard().ids()));
    assertEquals(STANDARD_IDS, RuleSet.standard().rules().stream().map(AlignmentRule::id)
        .collect(Collectors.toList()));
    assertEquals("RuleSet" + STANDARD_IDS, RuleSet.standard().toString());
  }

  @Test
  void onlyAndWithoutKeepAndDropByIdInTheSetsOrder() {
    RuleSet only = RuleSet.standard().only("no-aligned-part", "focus-area-count");
    assertEquals(List.of("focus-area-count", "no-aligned-part"), List.copyOf(only.ids()));
    assertEquals(List.of("focus-area-count", "no-aligned-part"), only.check(EMPTY).findings().stream()
        .map(Finding::ruleId).sorted().collect(Collectors.toList()));
    RuleSet without = RuleSet.standard().without("focus-area-count");
    assertEquals(STANDARD_IDS.size() - 1, without.ids().size());
    assertFalse(without.ids().contains("focus-area-count"));
    assertTrue(without.check(EMPTY).findings("focus-area-count").isEmpty());
    assertEquals(1, without.check(EMPTY).findings("no-aligned-part").size());
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
    assertEquals(List.of(LocalizedText.of(LanguageTag.UNDETERMINED, "a"), LocalizedText.of(LanguageTag.UNDETERMINED,
        "3")), first.arguments());
    Finding second = report.findings("second").get(0);
    assertEquals(Severity.ERROR, second.severity());
    // a blank argument is shown quoted, so that a message never has a hole in it
    assertEquals(List.of(LocalizedText.of(LanguageTag.UNDETERMINED, "\" \"")), second.arguments());
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
    // a null argument is the rule's bug: it comes out wrapped, naming the rule
    RuleFailedException nullArgument = assertThrows(RuleFailedException.class,
        () -> RuleSet.of(rule("x", Severity.INFO, (Object) null)).check(EMPTY));
    assertEquals("x", nullArgument.ruleId());
    assertTrue(nullArgument.getCause() instanceof NullPointerException, nullArgument::toString);
  }

  /** A rule with a given id whose {@code toString()} names its class, as a user's rule might. */
  private static class NamedRule implements AlignmentRule {
    private final String id;

    NamedRule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity severity() {
      return Severity.INFO;
    }

    @Override
    public void check(AlignmentContext context, FindingSink findings) {}

    @Override
    public String toString() {
      return "NamedRule(" + id + ")";
    }
  }

  @Test
  void withAndOfRefuseAnIdThatIsNotLowercaseWordsJoinedByHyphens() {
    for (String bad : List.of("MyRule", "my_rule", "my rule", "-rule", "rule-", "my--rule", "", "règle", "ruleX")) {
      assertIllegalArgument(() -> RuleSet.standard().with(new NamedRule(bad)), "NamedRule(" + bad + ")",
          "'" + bad + "'", "lowercase words of a-z and 0-9 joined by '-'");
      assertIllegalArgument(() -> RuleSet.of(new NamedRule(bad)), "NamedRule(" + bad + ")");
    }
    for (String good : List.of("my-rule", "rule", "rule-2", "2nd-rule", "a-b-c")) {
      assertEquals(List.of(good), List.copyOf(RuleSet.of(new NamedRule(good)).ids()));
      assertTrue(RuleSet.standard().with(new NamedRule(good)).ids().contains(good));
    }
    assertNullRejected(() -> RuleSet.of(new NamedRule(null)));
    assertIllegalArgument(() -> RuleSet.of(new NamedRule("twice"), new NamedRule("twice")), "two rules", "twice");
  }

  /** A rule that reports at the given locations, then throws the given exception. */
  private static AlignmentRule throwing(String id, RuntimeException thrown, PlanLocation... reportedFirst) {
    return new AlignmentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return Severity.WARNING;
      }

      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        for (PlanLocation location : reportedFirst) {
          findings.report(location, LocalizedText.of(LanguageTag.ENGLISH, "here"));
        }
        throw thrown;
      }
    };
  }

  @Test
  void aRuleThatThrowsIsWrappedNamingItsIdTheUnitAndWhereItLastReported() {
    IllegalStateException bug = new IllegalStateException("the rule's bug");
    PlanLocation second = PlanLocation.parse("/parts/1/title");
    RuleFailedException e = assertThrows(RuleFailedException.class, () -> RuleSet.standard()
        .with(throwing("my-rule", bug, PlanLocation.parse("/parts/0"), second)).check(EMPTY));
    assertEquals("my-rule", e.ruleId());
    assertEquals("Unit", e.unit());
    assertEquals(java.util.Optional.of(second), e.location());
    assertSame(bug, e.getCause());
    assertEquals("rule 'my-rule' failed checking the plan of Unit at /parts/1/title: " + bug, e.getMessage());
  }

  @Test
  void aRuleThatThrowsBeforeReportingHasNoLocation() {
    ArithmeticException bug = new ArithmeticException("/ by zero");
    ActionPlan chinese = ActionPlan.builder().from(EMPTY)
        .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.CHINESE, "分会"))).build();
    RuleFailedException e = assertThrows(RuleFailedException.class,
        () -> RuleSet.of(throwing("first", bug)).check(chinese));
    assertEquals("first", e.ruleId());
    assertEquals("分会", e.unit());
    assertEquals(java.util.Optional.empty(), e.location());
    assertSame(bug, e.getCause());
    assertEquals("rule 'first' failed checking the plan of 分会: " + bug, e.getMessage());
    RuleFailedException atRoot = assertThrows(RuleFailedException.class,
        () -> RuleSet.of(throwing("root", bug, PlanLocation.root())).check(EMPTY));
    assertEquals(java.util.Optional.of(PlanLocation.root()), atRoot.location());
    assertEquals("rule 'root' failed checking the plan of Unit at /: " + bug, atRoot.getMessage());
  }

  @Test
  void theLocationIsKeptAsReportedAndSurvivesSerializationInTheMessage() throws Exception {
    IllegalStateException bug = new IllegalStateException("bug");
    // a name of digits does not round trip through its pointer: the location is kept, not re-read
    PlanLocation digits = PlanLocation.root().child("01");
    RuleFailedException e = assertThrows(RuleFailedException.class,
        () -> RuleSet.of(throwing("digits", bug, digits)).check(EMPTY));
    assertEquals(java.util.Optional.of(digits), e.location());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    RuleFailedException read;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = (RuleFailedException) in.readObject();
    }
    assertEquals("digits", read.ruleId());
    assertEquals("Unit", read.unit());
    assertEquals(java.util.Optional.empty(), read.location());
    assertEquals("rule 'digits' failed checking the plan of Unit at /01: " + bug, read.getMessage());
  }

  @Test
  void theLocationOfOneRuleDoesNotCarryOverToTheNext() {
    ArithmeticException bug = new ArithmeticException("boom");
    RuleFailedException e = assertThrows(RuleFailedException.class, () -> RuleSet
        .of(rule("reports", Severity.INFO, "a"), throwing("throws", bug)).check(EMPTY));
    assertEquals("throws", e.ruleId());
    assertEquals(java.util.Optional.empty(), e.location());
  }

  @Test
  void anErrorIsNotWrapped() {
    AssertionError error = new AssertionError("not an exception");
    AlignmentRule rule = new NamedRule("asserts") {
      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        throw error;
      }
    };
    assertSame(error, assertThrows(AssertionError.class, () -> RuleSet.of(rule).check(EMPTY)));
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
