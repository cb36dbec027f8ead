package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.junit.jupiter.api.Test;

/** Findings: messages, lines, order. */
class FindingTest {
  private static Finding.Builder finding() {
    return Finding.builder().ruleId("my-rule").severity(Severity.WARNING).location(PlanLocation.parse("/parts/0"));
  }

  @Test
  void anApostropheInAUsersTemplatePrintsAsWritten() {
    Finding f = finding()
        .messageTemplate(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "{0} doesn't say what it's for"),
            Label.official(LanguageTag.CHINESE, "{0}没有说明用途（'引号'）")))
        .addArguments(LocalizedText.of(LanguageTag.UNDETERMINED, "Part 'A'"))
        .build();
    assertEquals("Part 'A' doesn't say what it's for", f.message(Locale.ENGLISH));
    assertEquals("Part 'A'没有说明用途（'引号'）", f.message(Locale.CHINESE));
  }

  @Test
  void anApostropheInABundledMessagePrintsAsWritten() {
    assertEquals("The title \"x\" written beside SD1 is not that element's title.",
        Messages.format("stated-title-mismatch", "x", "SD1").text(Locale.ENGLISH));
    for (String key : Messages.keys()) {
      for (Label template : Messages.template(key).labels()) {
        assertTrue(!template.text().contains("''"), () -> key + " doubles an apostrophe: " + template);
      }
    }
  }

  /** Pools small enough that random findings often share fields, and differ in one field only. */
  private static final List<PlanLocation> LOCATIONS = List.of(PlanLocation.root(), PlanLocation.parse("/a"),
      PlanLocation.parse("/a/0"), PlanLocation.parse("/a/1"), PlanLocation.parse("/b"));
  private static final List<String> RULE_IDS = List.of("a-rule", "b-rule", "b");
  private static final List<Label> LABELS = List.of(Label.official(LanguageTag.UNDETERMINED, "a"),
      Label.official(LanguageTag.UNDETERMINED, "a b"),
      Label.of(LanguageTag.UNDETERMINED, "a", Provenance.RENDERED), Label.official(LanguageTag.UNDETERMINED, "b"),
          Label.official(LanguageTag.ENGLISH, "a"),
      Label.official(LanguageTag.CHINESE, "甲"), Label.of(LanguageTag.CHINESE, "甲", Provenance.RENDERED),
          Label.official(LanguageTag.ENGLISH, "b"));

  /** A text of one or two labels of different languages from the pool. */
  private static LocalizedText text(Random random) {
    Label first = LABELS.get(random.nextInt(LABELS.size()));
    if (random.nextBoolean()) {
      return LocalizedText.of(first);
    }
    Label second = LABELS.get(random.nextInt(LABELS.size()));
    return second.languageTag().equals(first.languageTag()) ? LocalizedText.of(first)
        : LocalizedText.of(first, second);
  }

  private static Finding randomFinding(long seed) {
    Random random = new Random(seed);
    Finding.Builder b = Finding.builder()
        .location(LOCATIONS.get(random.nextInt(LOCATIONS.size())))
        .ruleId(RULE_IDS.get(random.nextInt(RULE_IDS.size())))
        .severity(Severity.values()[random.nextInt(3)])
        .messageTemplate(text(random));
    int arguments = random.nextInt(3);
    for (int i = 0; i < arguments; i++) {
      b.addArguments(text(random));
    }
    return b.build();
  }

  /** Random findings of the seeds, with each one's copies that differ in a single field. */
  private static List<Finding> findings(long... seeds) {
    List<Finding> all = new ArrayList<>();
    for (long seed : seeds) {
      Finding f = randomFinding(seed);
      Random random = new Random(~seed);
      all.add(f);
      all.add(Finding.builder().from(f).severity(Severity.values()[random.nextInt(3)]).build());
      all.add(Finding.builder().from(f).messageTemplate(text(random)).build());
      all.add(Finding.builder().from(f).arguments(List.of(text(random))).build());
      all.add(Finding.builder().from(f).location(LOCATIONS.get(random.nextInt(LOCATIONS.size()))).build());
    }
    return all;
  }

  @Test
  void compareToIsZeroExactlyWhenTheFindingsAreEqual() {
    qt().withExamples(300).forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
      for (Finding a : findings(x, y)) {
        for (Finding b : findings(x, y)) {
          assertEquals(a.equals(b), a.compareTo(b) == 0, () -> a + " / " + b);
        }
      }
    });
  }

  @Test
  void compareToHasTheOppositeSignBothWays() {
    qt().withExamples(300).forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
      for (Finding a : findings(x, y)) {
        for (Finding b : findings(x, y)) {
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), () -> a + " / " + b);
        }
      }
    });
  }

  @Test
  void compareToIsTransitive() {
    qt().withExamples(200).forAll(longs().all(), longs().all(), longs().all()).checkAssert((x, y, z) -> {
      List<Finding> all = findings(x, y, z);
      for (Finding a : all) {
        for (Finding b : all) {
          for (Finding c : all) {
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
              assertTrue(a.compareTo(c) <= 0, () -> a + " / " + b + " / " + c);
            }
          }
        }
      }
    });
  }

  @Test
  void findingsDifferingOnlyInSeverityAreUnequalAndOrderMostSeriousFirst() {
    Finding warning = finding().messageTemplate(LocalizedText.of(LanguageTag.ENGLISH, "x")).build();
    Finding error = Finding.builder().from(warning).severity(Severity.ERROR).build();
    Finding info = Finding.builder().from(warning).severity(Severity.INFO).build();
    assertNotEquals(warning, error);
    assertTrue(error.compareTo(warning) < 0);
    assertTrue(warning.compareTo(info) < 0);
    assertTrue(info.compareTo(error) > 0);
    assertEquals(0, warning.compareTo(Finding.builder().from(warning).build()));
  }

  @Test
  void argumentsAndTemplatesCompareLabelByLabelNotByTheirDebuggingForm() {
    Finding base = finding().messageTemplate(LocalizedText.of(LanguageTag.ENGLISH, "{0}")).build();
    // as text, [und="a b"] sorts before [und="a", ...] (a space before a quote); label by label "a" comes first
    Finding two = Finding.builder().from(base).addArguments(LocalizedText.of(LanguageTag.UNDETERMINED, "a"),
        LocalizedText.of(LanguageTag.UNDETERMINED, "b"))
        .build();
    Finding one = Finding.builder().from(base).addArguments(LocalizedText.of(LanguageTag.UNDETERMINED, "a b")).build();
    Finding shorter = Finding.builder().from(base).addArguments(LocalizedText.of(LanguageTag.UNDETERMINED,
        "a")).build();
    List<Finding> sorted = new ArrayList<>(List.of(one, two, shorter, base));
    Collections.sort(sorted);
    assertEquals(List.of(base, shorter, two, one), sorted);
    // language tag first, then text, then official wording before a rendering
    Finding english = Finding.builder().from(base).messageTemplate(LocalizedText.of(LanguageTag.ENGLISH, "z")).build();
    Finding chinese = Finding.builder().from(base).messageTemplate(LocalizedText.of(LanguageTag.CHINESE, "a")).build();
    Finding unofficial = Finding.builder().from(base)
        .messageTemplate(LocalizedText.of(Label.of(LanguageTag.ENGLISH, "z", Provenance.RENDERED))).build();
    Finding longer = Finding.builder().from(base)
        .messageTemplate(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "z"),
            Label.official(LanguageTag.CHINESE, "a"))).build();
    sorted = new ArrayList<>(List.of(chinese, longer, unofficial, english));
    Collections.sort(sorted);
    assertEquals(List.of(english, longer, unofficial, chinese), sorted);
  }

  @Test
  void aLineIsWhollyInTheLanguageAsked() {
    Finding f = finding()
        .messageTemplate(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "{0} has no activities."),
            Label.official(LanguageTag.CHINESE, "{0}没有任何活动。")))
        .addArguments(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "Part 1"),
            Label.official(LanguageTag.CHINESE, "部分1")))
        .build();
    assertEquals("WARNING my-rule at /parts/0: Part 1 has no activities.", f.format(Locale.ENGLISH));
    assertEquals("警告 my-rule 位于 /parts/0：部分1没有任何活动。", f.format(Locale.CHINESE));
    assertEquals("警告 my-rule 位于 /parts/0：部分1没有任何活动。", f.format(Locale.forLanguageTag("zh-Hant-TW")));
    assertEquals("WARNING my-rule at /parts/0: Part 1 has no activities.", f.format(Locale.FRENCH));
    assertEquals("WARNING my-rule at /parts/0: Part 1 has no activities.", f.toString());
    Finding error = Finding.builder().from(f).severity(Severity.ERROR).location(PlanLocation.root()).build();
    assertEquals("错误 my-rule 位于 /：部分1没有任何活动。", error.format(Locale.CHINESE));
    assertEquals("ERROR my-rule at /: Part 1 has no activities.", error.toString());
    Finding info = Finding.builder().from(f).severity(Severity.INFO).build();
    assertEquals("提示 my-rule 位于 /parts/0：部分1没有任何活动。", info.format(Locale.CHINESE));
    assertFalse(info.format(Locale.CHINESE).contains("INFO"));
  }

  @Test
  void aLanguageTagAsksAsItsLocaleDoes() {
    Finding f = finding()
        .messageTemplate(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "{0} has no activities."),
            Label.official(LanguageTag.CHINESE, "{0}没有任何活动。")))
        .addArguments(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "Part 1"),
            Label.official(LanguageTag.CHINESE, "部分1")))
        .build();
    assertEquals("警告 my-rule 位于 /parts/0：部分1没有任何活动。", f.format(LanguageTag.CHINESE));
    assertEquals("部分1没有任何活动。", f.message(LanguageTag.of("zh-CN")));
    assertEquals("WARNING my-rule at /parts/0: Part 1 has no activities.", f.format(LanguageTag.of("fr")));
    assertEquals("警告", Severity.WARNING.displayName(LanguageTag.CHINESE));
    assertEquals("INFO", Severity.INFO.displayName(LanguageTag.ENGLISH));
    AlignmentReport report = AlignmentReport.of(List.of(f));
    assertEquals(f.format(LanguageTag.CHINESE), report.format(LanguageTag.CHINESE));
    assertEquals(report.format(Locale.ENGLISH), report.format(LanguageTag.ENGLISH));
    assertThrows(NullPointerException.class, () -> f.format((LanguageTag) null));
    assertThrows(NullPointerException.class, () -> f.message((LanguageTag) null));
    assertThrows(NullPointerException.class, () -> report.format((LanguageTag) null));
  }
}
