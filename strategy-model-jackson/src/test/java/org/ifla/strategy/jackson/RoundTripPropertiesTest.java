package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** What is written is read back whole, in JSON and in YAML, and writing is canonical. */
class RoundTripPropertiesTest {
  private static final int EXAMPLES = 150;
  /** Documents are large values: a few shrink steps find a small failing one without taking minutes. */
  private static final int SHRINK_CYCLES = 30;
  private static final StrategyJson JSON = StrategyJson.json();
  private static final StrategyJson YAML = StrategyJson.yaml();

  @Test
  void jsonReadOfWrittenPlanEqualsThePlan() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans())
        .checkAssert(plan -> assertEquals(plan, read(JSON, JSON.write(plan), ActionPlan.class)));
  }

  @Test
  void yamlReadOfWrittenPlanEqualsThePlan() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans())
        .checkAssert(plan -> assertEquals(plan, read(YAML, YAML.write(plan), ActionPlan.class)));
  }

  @Test
  void jsonReadOfWrittenEditionEqualsTheEdition() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.editions())
        .checkAssert(edition -> assertEquals(edition, read(JSON, JSON.write(edition), StrategyEdition.class)));
  }

  @Test
  void yamlReadOfWrittenEditionEqualsTheEdition() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.editions())
        .checkAssert(edition -> assertEquals(edition, read(YAML, YAML.write(edition), StrategyEdition.class)));
  }

  @Test
  void everyLanguageOfEveryLabelOfAPlanSurvivesWithItsMark() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans()).checkAssert(plan -> {
      for (StrategyJson format : List.of(JSON, YAML)) {
        ActionPlan read = read(format, format.write(plan), ActionPlan.class);
        assertEquals(labels(plan), labels(read));
      }
    });
  }

  @Test
  void everyLanguageOfEveryLabelOfAnEditionSurvivesWithItsMark() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.editions()).checkAssert(edition -> {
      for (StrategyJson format : List.of(JSON, YAML)) {
        StrategyEdition read = read(format, format.write(edition), StrategyEdition.class);
        assertEquals(labels(edition), labels(read));
      }
    });
  }

  @Test
  void jsonOutputIsStable() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans(), Documents.editions()).checkAssert((plan, edition) -> {
      String planJson = JSON.write(plan);
      assertEquals(planJson, JSON.write(read(JSON, planJson, ActionPlan.class)));
      String editionJson = JSON.write(edition);
      assertEquals(editionJson, JSON.write(read(JSON, editionJson, StrategyEdition.class)));
    });
  }

  @Test
  void yamlOutputIsStable() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans()).checkAssert(plan -> {
      String yaml = YAML.write(plan);
      assertEquals(yaml, YAML.write(read(YAML, yaml, ActionPlan.class)));
    });
  }

  @Test
  void jsonAndYamlReadToTheSameValue() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(Documents.plans()).checkAssert(plan ->
        assertEquals(read(JSON, JSON.write(plan), ActionPlan.class), read(YAML, YAML.write(plan),
            ActionPlan.class)));
  }

  private static <T> T read(StrategyJson format, String document, Class<T> type) {
    try {
      return format.read(document, type);
    } catch (StrategyFormatException e) {
      throw new AssertionError(e.getMessage() + "\n" + document, e);
    }
  }

  /** Every label of a plan, as language, mark and text, in document order. */
  static List<String> labels(ActionPlan plan) {
    List<String> out = new ArrayList<>();
    Consumer<LocalizedText> add = text -> {
      for (Label label : text.labels()) {
        out.add(label.languageTag() + "|" + label.provenance() + "|" + label.source().orElse("-") + "|" + label.text());
      }
    };
    add.accept(plan.unit().name());
    plan.title().ifPresent(add);
    plan.mission().ifPresent(add);
    plan.alignments().forEach(a -> alignment(a, add));
    plan.contextAlignments().forEach(a -> alignment(a, add));
    plan.activities().forEach(a -> activity(a, add));
    for (PlanPart part : plan.parts()) {
      part.title().ifPresent(add);
      part.description().ifPresent(add);
      part.alignments().forEach(a -> alignment(a, add));
      part.activities().forEach(a -> activity(a, add));
      part.communication().ifPresent(add);
      part.impactMeasures().ifPresent(add);
      part.collaboration().ifPresent(add);
      part.notes().ifPresent(add);
    }
    return out;
  }

  private static void alignment(Alignment alignment, Consumer<LocalizedText> add) {
    alignment.rationale().ifPresent(add);
  }

  private static void activity(Activity activity, Consumer<LocalizedText> add) {
    add.accept(activity.title());
    activity.description().ifPresent(add);
    activity.scope().ifPresent(add);
    activity.tasks().stream().map(Task::text).forEach(add);
    activity.alignments().forEach(a -> alignment(a, add));
  }

  /** Every label of an edition, as language, mark and text, in document order. */
  static List<String> labels(StrategyEdition edition) {
    List<String> out = new ArrayList<>();
    Consumer<LocalizedText> add = text -> {
      for (Label label : text.labels()) {
        out.add(label.languageTag() + "|" + label.provenance() + "|" + label.source().orElse("-") + "|" + label.text());
      }
    };
    add.accept(edition.title());
    List<Statement> statements = new ArrayList<>();
    edition.vision().ifPresent(statements::add);
    edition.mission().ifPresent(statements::add);
    edition.theoryOfChange().ifPresent(statements::add);
    statements.addAll(edition.preamble());
    statements.addAll(edition.fieldOutcomes());
    for (Statement s : statements) {
      add.accept(s.title());
      s.description().ifPresent(add);
    }
    for (StrategyArea area : edition.areas()) {
      add.accept(area.title());
      area.description().ifPresent(add);
      for (KeyInitiative ki : area.keyInitiatives()) {
        add.accept(ki.title());
        ki.description().ifPresent(add);
      }
      area.measuresOfSuccess().forEach(m -> add.accept(m.title()));
      for (Statement item : area.overviewItems()) {
        add.accept(item.title());
        item.description().ifPresent(add);
      }
      area.fieldOutcome().ifPresent(add);
      area.successCriteria().ifPresent(add);
      area.alternativeTitles().forEach(add);
    }
    return out;
  }
}
