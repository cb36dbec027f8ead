package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Findings: messages, lines, order. */
class FindingTest {
  private static Finding.Builder finding() {
    return Finding.builder().ruleId("my-rule").severity(Severity.WARNING).location(PlanLocation.parse("/parts/0"));
  }

  @Test
  void anApostropheInAUsersTemplatePrintsAsWritten() {
    Finding f = finding()
        .messageTemplate(LocalizedText.of(Label.official("en", "{0} doesn't say what it's for"),
            Label.official("zh", "{0}没有说明用途（'引号'）")))
        .addArguments(LocalizedText.of("und", "Part 'A'"))
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
}
