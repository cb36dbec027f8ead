package org.ifla.strategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every example program runs and prints what it is there to show. */
class ExamplesTest {
  private static String run(Executable main) throws Throwable {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.execute();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickstartPrintsTheVisionTheChineseAreaAndTheFindings() throws Throwable {
    String out = run(() -> Quickstart.main(new String[0]));
    assertTrue(out.contains("Sustainable futures for all through knowledge and information"), out);
    assertTrue(out.contains("充满活力的全球专业社区"), out);
    assertTrue(out.contains("element-of-other-edition"), out);
  }

  @Test
  void quickstartIsTheReadmesSampleLineForLine() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    int start = readme.indexOf("```java", readme.indexOf("## A ten-line sample"));
    String sample = readme.substring(start + "```java".length(), readme.indexOf("```", start + 3));
    String source = java.nio.file.Files.readString(java.nio.file.Path.of("src", "main", "java", "org", "ifla",
        "strategy", "examples", "Quickstart.java"));
    int lines = 0;
    for (String line : sample.split("\n")) {
      if (!line.isBlank()) {
        assertTrue(source.contains(line.strip()), () -> "README line not in Quickstart.java: " + line);
        lines++;
      }
    }
    assertTrue(lines >= 10, "README sample lines: " + lines);
  }

  @Test
  void theReadmesCitationSampleIsCiteTextLineForLineAndPrintsWhatItSays() throws Throwable {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    int start = readme.indexOf("```java", readme.indexOf("## Citations"));
    String sample = readme.substring(start + "```java".length(), readme.indexOf("```", start + 3));
    String source = java.nio.file.Files.readString(java.nio.file.Path.of("src", "main", "java", "org", "ifla",
        "strategy", "examples", "CiteText.java"));
    String printed = null;
    int lines = 0;
    for (String line : sample.split("\n")) {
      if (line.startsWith("// ")) {
        printed = line.substring(3);
      } else if (!line.isBlank()) {
        assertTrue(source.contains(line.strip()), () -> "README line not in CiteText.java: " + line);
        lines++;
      }
    }
    assertTrue(lines >= 5, "README sample lines: " + lines);
    assertEquals("Key Initiative 2.1: Shape public opinion and debate around open access -> "
        + "ifla-strategy-2019-2024:SD2.KI1; the title is ifla-strategy-2019-2024:SD1.KI4", printed);
    String out = run(() -> CiteText.main(new String[0]));
    assertEquals(printed + System.lineSeparator(), out);
  }

  @Test
  void validatePlanPrintsTheSeedFindings() throws Throwable {
    String out = run(() -> ValidatePlan.main(new String[] {"plans/metropolitan-libraries-2019-2020.yaml"}));
    assertTrue(out.contains("ERROR element-of-other-edition at /parts/0/alignments/1"), out);
    assertTrue(out.contains("The plan has errors."), out);
  }

  @Test
  void customRuleReportsActivitiesWithNoOneResponsible() throws Throwable {
    String out = run(() -> CustomRule.main(new String[0]));
    assertTrue(out.contains("WARNING activity-without-responsibility at /parts/0/activities/0"), out);
    assertTrue(out.contains("未指明负责人"), out);
  }

  @Test
  void bilingualLabelsShowsFallbackAndMarks() throws Throwable {
    String out = run(() -> BilingualLabels.main(new String[0]));
    assertTrue(out.contains("zh-Hant-TW -> zh-Hant"), out);
    assertTrue(out.contains("fr         -> en"), out);
    assertTrue(out.contains("(quoted: STPI/CONCERT Taiwan"), out);
    assertTrue(out.contains("(official: IFLA Strategy 2019-2024, ifla.org (cf4-www.ifla.org/strategy and the strategic "
        + "direction pages); a fallback)"), out);
    assertTrue(out.contains("2024-2029 vision in Traditional Chinese? false; shown in zh"), out);
    assertTrue(out.contains("English labels of ifla-strategy-2019-2024 by provenance: {OFFICIAL=30, QUOTED=1, "
        + "RENDERED=2}"), out);
    assertTrue(out.contains("La lecture pour tous / fr=\"La lecture pour tous\" (rendered: our volunteer translator)"),
        out);
  }
}
