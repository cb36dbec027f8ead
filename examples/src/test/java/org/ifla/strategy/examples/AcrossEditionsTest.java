package org.ifla.strategy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Across editions" samples are AcrossEditions, line for line, and it prints what they say. */
class AcrossEditionsTest {
  private static String run(String... args) throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      AcrossEditions.main(args);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void followsMigratesAndCounts() throws IOException {
    String out = run("plans/metropolitan-libraries-2019-2020.yaml");
    assertTrue(out.contains("SD1.KI2 close IA2.KI1: \"Introducing libraries on the agenda of international "
        + "organizations\" becomes"), out);
    assertTrue(out.contains("ifla-strategy-2019-2024 -> ifla-strategy-2024-2029: 4 mapped, 0 ambiguous, 2 unmapped"),
        out);
    assertTrue(out.contains("edition: ifla-strategy-2024-2029"), out);
    assertTrue(out.contains("migratedFrom: ifla-strategy-2019-2024:SD4"), out);
    assertTrue(out.contains("SD1: 1 of 2 parts (50%)"), out);
    assertTrue(out.contains("nobody addresses [SD1.KI2, SD1.KI3,"), out);
  }

  @Test
  void theReadmeSamplesAreThisProgramLineForLine() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src", "main", "java", "org", "ifla", "strategy", "examples",
        "AcrossEditions.java"));
    int lines = 0;
    for (String heading : new String[] {"### Crosswalks and migration", "### Coverage"}) {
      int at = readme.indexOf(heading);
      assertTrue(at >= 0, heading);
      int start = readme.indexOf("```java", at);
      String sample = readme.substring(start + "```java".length(), readme.indexOf("```", start + 3));
      for (String line : sample.split("\n")) {
        if (!line.isBlank()) {
          assertTrue(source.contains(line.strip()), () -> "README line not in AcrossEditions.java: " + line);
          lines++;
        }
      }
    }
    assertTrue(lines >= 8, "README sample lines: " + lines);
  }
}
