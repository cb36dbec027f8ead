package org.ifla.strategy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit works without QuickTheories or JUnit on the class path: no class of the kit's own package names them;
 * only the adapter packages do.
 */
class IsolationTest {
  private static List<Path> classesOf(String packageDirectory) throws IOException, URISyntaxException {
    Path dir = Path.of(Arbitrary.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(packageDirectory);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> naming(List<Path> classes, String prefix) throws IOException {
    List<String> found = new java.util.ArrayList<>();
    for (Path c : classes) {
      if (new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1).contains(prefix)) {
        found.add(c.getFileName().toString());
      }
    }
    return found;
  }

  @Test
  void theKitsOwnClassesNameNeitherQuickTheoriesNorJunit() throws Exception {
    List<Path> own = classesOf("org/ifla/strategy/testing");
    assertFalse(own.isEmpty());
    assertEquals(List.of(), naming(own, "org/quicktheories"));
    assertEquals(List.of(), naming(own, "org/junit"));
    assertEquals(List.of(), naming(classesOf("org/ifla/strategy/testing/junit"), "org/quicktheories"));
    assertEquals(List.of(), naming(classesOf("org/ifla/strategy/testing/quicktheories"), "org/junit"));
  }
}
