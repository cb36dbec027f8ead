package org.ifla.strategy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in the language of --lang: every line it prints, and the line for a plan without findings. */
class CliLanguageTest {
  private static final Path METLIB = Path.of("plans", "metropolitan-libraries-2019-2020.yaml");
  private static final Path NOIR = Path.of("plans", "noir-2016-17.yaml");

  /** Writes a focus-area plan that the standard rules find nothing in. */
  private static Path cleanPlan(Path dir) throws IOException {
    KeyInitiative ki = IflaStrategies.strategy2024to2029().areas().get(0).keyInitiatives().get(0);
    ActionPlan plan = ActionPlan.builder()
        .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.ENGLISH, "Clean Section")))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(IflaStrategies.strategy2024to2029().id())
        .addParts(PlanPart.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "Reach"))
            .addAlignments(Alignment.builder().element(ElementReference.of(ki.id())).build())
            .addActivities(Activity.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "Hold a webinar")).build())
            .impactMeasures(LocalizedText.of(LanguageTag.ENGLISH, "Attendance"))
            .build())
        .build();
    assertEquals("", RuleSet.standard().check(plan).toString(), "the plan must be clean for this test");
    Path file = dir.resolve("clean.json");
    Files.writeString(file, StrategyJson.json().write(plan));
    return file;
  }

  @Test
  void validateSaysOfAFileWithoutFindingsThatItHasNone(@TempDir Path dir) throws IOException {
    Path clean = cleanPlan(dir);
    CliRun en = new CliRun("validate", clean.toString());
    assertEquals(0, en.status, en::toString);
    assertEquals(List.of(clean + ": no findings"), en.out.lines().collect(Collectors.toList()), en::toString);
    CliRun zh = new CliRun("validate", "--lang", "zh", clean.toString());
    assertEquals(0, zh.status, zh::toString);
    assertEquals(List.of(clean + "：未发现问题"), zh.out.lines().collect(Collectors.toList()), zh::toString);
    // one line for it among the other files' findings, in the order the files are given
    CliRun both = new CliRun("validate", clean.toString(), METLIB.toString());
    List<String> lines = both.out.lines().collect(Collectors.toList());
    assertEquals(clean + ": no findings", lines.get(0), both::toString);
    assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(l -> l.startsWith(METLIB + ": ")), both::toString);
    // JSON output has no such line: an empty array
    CliRun json = new CliRun("validate", "--format", "json", clean.toString());
    assertEquals("[ ]", json.out.strip(), json::toString);
  }

  @Test
  void validateInChineseTranslatesTheSeverityAndTheWordsAround() {
    CliRun run = new CliRun("validate", "--lang", "zh", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.contains(METLIB + "：错误 element-of-other-edition 位于 /parts/0/alignments/1："), run::toString);
    assertTrue(run.out.contains(METLIB + "：警告 stated-title-mismatch 位于 /parts/0/alignments/0："), run::toString);
    assertFalse(run.out.contains("WARNING") || run.out.contains("ERROR") || run.out.contains(" at "), run::toString);
    CliRun english = new CliRun("validate", METLIB.toString());
    assertTrue(english.out.contains(METLIB + ": ERROR element-of-other-edition at /parts/0/alignments/1: "),
        english::toString);
  }

  /** Whether the line has a Chinese character. */
  private static boolean hasChinese(String line) {
    return line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void everyLinePrintedWithLangZhIsInChinese(@TempDir Path dir) throws IOException {
    List<CliRun> runs = List.of(
        new CliRun("validate", "--lang", "zh", METLIB.toString(), NOIR.toString(), cleanPlan(dir).toString()),
        new CliRun("show", "--lang", "zh"),
        new CliRun("show", "--lang", "zh", "--edition", "ifla-strategy-2019-2024"),
        new CliRun("editions", "--lang", "zh"),
        new CliRun("coverage", "--lang", "zh", METLIB.toString()),
        new CliRun("coverage", "--lang", "zh", "--edition", "ifla-strategy-2019-2024", METLIB.toString(),
            NOIR.toString()),
        new CliRun("coverage", "--lang", "zh", "--edition", "ifla-strategy-2024-2029", "--migrate",
            METLIB.toString()),
        new CliRun("coverage", "--lang", "zh", METLIB.toString(), NOIR.toString()));
    for (CliRun run : runs) {
      assertFalse(run.out.isEmpty() && run.err.isEmpty(), run::toString);
      for (String line : (run.out + run.err).split("\\R")) {
        assertTrue(line.isEmpty() || hasChinese(line), () -> "not Chinese: '" + line + "' in\n" + run);
      }
    }
  }

  @Test
  void showEditionsAndCoverageSpeakChinese() {
    CliRun show = new CliRun("show", "--lang", "zh");
    assertTrue(show.out.contains("\n  愿景："), show::toString);
    assertTrue(show.out.contains("\n[官] 官方：国际图联自己的原文\n"), show::toString);
    assertTrue(show.out.contains("\n  来源  1："), show::toString);
    CliRun showEnglish = new CliRun("show");
    assertTrue(showEnglish.out.contains("\n  Vision: "), showEnglish::toString);
    assertTrue(showEnglish.out.contains("\n[O] official: IFLA's own words, verbatim\n"), showEnglish::toString);
    CliRun editions = new CliRun("editions", "--lang", "zh");
    assertEquals(0, editions.status, editions::toString);
    assertTrue(editions.out.contains("ifla-strategy-2019-2024  "), editions::toString);
    assertTrue(editions.out.contains("    en       100.0 %  （"), editions::toString);
    assertTrue(editions.out.contains("项；标签：官方 "), editions::toString);
    CliRun english = new CliRun("editions");
    assertTrue(english.out.contains("    en       100.0 %  ("), english::toString);
    assertTrue(english.out.contains(" rendered)"), english::toString);
    CliRun coverage = new CliRun("coverage", "--lang", "zh", METLIB.toString());
    assertEquals(1, coverage.status, coverage::toString);
    assertTrue(coverage.out.startsWith("ifla-strategy-2019-2024 的覆盖情况：1 个计划，2 个重点领域\n"),
        coverage::toString);
    assertTrue(coverage.out.contains("  SD1.KI1  1 个重点领域，0 个活动，0 个计划：" + METLIB + "#/parts/1"),
        coverage::toString);
    assertTrue(coverage.out.contains("未涉及的要素（15 个）：SD1.KI2、SD1.KI3、"), coverage::toString);
    CliRun mixed = new CliRun("coverage", "--lang", "zh", METLIB.toString(), NOIR.toString());
    assertEquals(2, mixed.status, mixed::toString);
    assertTrue(mixed.err.contains("这些计划引用了 ifla-strategy-2019-2024、ifla-strategic-plan-2016-2021：请用 --edition"),
        mixed::toString);
  }
}
