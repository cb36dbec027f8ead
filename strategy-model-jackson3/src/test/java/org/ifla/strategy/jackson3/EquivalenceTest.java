package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
          Equivalence.assertAlike(bytes, yaml, type);
        }
      }
    }));
  }
}
