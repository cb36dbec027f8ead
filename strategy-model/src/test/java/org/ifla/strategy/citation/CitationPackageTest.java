package org.ifla.strategy.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The arrows stay one way: the citation package depends on text and framework, nothing that depends on them. */
class CitationPackageTest {
  @Test
  void theCitationPackageRefersToNeitherPlanNorAlignment() throws IOException, URISyntaxException {
    Path classes = Path.of(Citation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/ifla/strategy/citation");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertTrue(files.size() >= 5, () -> "compiled classes: " + files);
    List<String> offending = new ArrayList<>();
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      if (bytes.contains("org/ifla/strategy/plan/") || bytes.contains("org/ifla/strategy/alignment/")) {
        offending.add(file.getFileName().toString());
      }
    }
    assertEquals(List.of(), offending);
  }

  @Test
  void neitherFrameworkNorTextRefersToTheCitationPackage() throws IOException, URISyntaxException {
    Path root = Path.of(Citation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/ifla/strategy");
    List<String> offending = new ArrayList<>();
    for (String below : List.of("framework", "text", "plan", "alignment")) {
      try (Stream<Path> walk = Files.walk(root.resolve(below))) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
          if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
              .contains("org/ifla/strategy/citation/")) {
            offending.add(below + "/" + file.getFileName());
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}
