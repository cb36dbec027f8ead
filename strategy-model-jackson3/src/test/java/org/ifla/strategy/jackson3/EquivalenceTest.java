package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Jackson 3 module against the Jackson 2 one, document by document: every golden file and bundled edition,
 * every sample plan of {@code examples/plans}, the bad-input corpus and the fuzz corpora, read as a plan and as
 * an edition, from JSON and from YAML, by both. Where one reads a value, the other reads an equal one, and both
 * write it, in JSON and YAML, to the same bytes; where one refuses the document, the other refuses it with the
 * same message: the same source, line, column, JSON Pointer and reason.
 */
class EquivalenceTest {
  private static final org.ifla.strategy.jackson.StrategyJson JSON2 = org.ifla.strategy.jackson.StrategyJson.json();
  private static final org.ifla.strategy.jackson.StrategyJson YAML2 = org.ifla.strategy.jackson.StrategyJson.yaml();

  /** What a module made of a document: a value, or the message of its refusal. */
  private static final class Outcome {
    final Object value;
    final String error;

    Outcome(Object value, String error) {
      this.value = value;
      this.error = error;
    }

    @Override
    public String toString() {
      return error != null ? "refused: " + error : "read: " + value.getClass().getSimpleName();
    }
  }

  private static Path resources(String dir) throws URISyntaxException {
    return Path.of(EquivalenceTest.class.getResource(dir).toURI());
  }

  /** Every document the two modules are compared on. */
  static List<Path> documents() throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("/golden", "/bundled-editions", "/bad",
        "/org/ifla/strategy/jackson/StrategyJsonFuzzTestInputs")) {
      try (Stream<Path> paths = Files.walk(resources(dir))) {
        paths.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().equals("cases.tsv")
                && !p.getFileName().toString().equals("README.md"))
            .forEach(files::add);
      }
    }
    try (Stream<Path> paths = Files.list(Path.of("../examples/plans"))) {
      paths.filter(Files::isRegularFile).forEach(files::add);
    }
    return files.stream().sorted().collect(Collectors.toList());
  }

  @Test
  void theCorporaAreThere() throws Exception {
    List<Path> files = documents();
    assertTrue(files.size() > 300, () -> files.size() + " documents");
    assertTrue(files.stream().anyMatch(p -> p.toString().contains("examples")), "the sample plans");
  }

  @TestFactory
  Stream<DynamicTest> bothModulesReadAndRefuseAlike() throws Exception {
    return documents().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      for (boolean yaml : new boolean[] {false, true}) {
        for (Class<?> type : List.of(ActionPlan.class, StrategyEdition.class)) {
          Outcome two = read2(yaml, bytes, type);
          Outcome three = read3(yaml, bytes, type);
          String what = (yaml ? "YAML " : "JSON ") + type.getSimpleName();
          assertEquals(two.error, three.error, what);
          if (two.error == null) {
            assertEquals(two.value, three.value, what);
            assertEquals(JSON2.write(two.value), StrategyJson.json().write(three.value), what + ", written in JSON");
            assertEquals(YAML2.write(two.value), StrategyJson.yaml().write(three.value), what + ", written in YAML");
          }
        }
      }
    }));
  }

  private static Outcome read2(boolean yaml, byte[] bytes, Class<?> type) {
    try {
      return new Outcome((yaml ? YAML2 : JSON2).read(new ByteArrayInputStream(bytes), "doc", type), null);
    } catch (org.ifla.strategy.jackson.StrategyFormatException e) {
      return new Outcome(null, e.getMessage());
    } catch (IOException e) {
      return fail("not a format error: " + e);
    }
  }

  private static Outcome read3(boolean yaml, byte[] bytes, Class<?> type) {
    try {
      Object value = (yaml ? StrategyJson.yaml() : StrategyJson.json()).read(new ByteArrayInputStream(bytes), "doc",
          type);
      assertNotNull(value);
      return new Outcome(value, null);
    } catch (StrategyFormatException e) {
      assertFalse(e.getMessage().isEmpty());
      return new Outcome(null, e.getMessage());
    } catch (IOException e) {
      return fail("not a format error: " + e);
    }
  }
}
