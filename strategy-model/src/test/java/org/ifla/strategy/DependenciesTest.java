package org.ifla.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The core depends on Guava alone: no compiled class of it refers to Jackson, and the generated classes carry
 * no Immutables annotation with values (its {@code @Generated}), which would make javac warn in every project
 * compiling against the core without the Immutables jar. (The abstract types keep Immutables' class-retention
 * markers, which neither the JVM nor javac needs.) The tests run on the Guava the build asks for: the newest,
 * and under {@code -Pguava-floor} the oldest supported.
 */
class DependenciesTest {
  private static List<Path> compiledClasses() throws IOException, URISyntaxException {
    Path root = Path.of(LocalizedText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
  }

  private static List<String> classesMentioning(String internalName) throws IOException, URISyntaxException {
    List<String> found = new java.util.ArrayList<>();
    for (Path file : compiledClasses()) {
      if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(internalName)) {
        found.add(file.getFileName().toString());
      }
    }
    return found;
  }

  @Test
  void theCoreHasClassesToLookAt() throws IOException, URISyntaxException {
    assertTrue(compiledClasses().size() > 50, "compiled classes found: " + compiledClasses().size());
    assertTrue(!classesMentioning("com/google/common/collect/ImmutableList").isEmpty());
  }

  @Test
  void theGuavaOnTheClassPathIsTheOneTheBuildAskedFor() throws URISyntaxException {
    // surefire passes the POM's guava.version (the floor under -Pguava-floor, .ci/run): a profile that did not
    // reach the class path fails here
    String expected = System.getProperty("strategy.guava.version");
    if (expected != null) {
      Path jar = Path.of(com.google.common.collect.ImmutableList.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      assertEquals("guava-" + expected + ".jar", jar.getFileName().toString());
    }
  }

  @Test
  void noClassOfTheCoreRefersToJackson() throws IOException, URISyntaxException {
    assertEquals(List.of(), classesMentioning("com/fasterxml/jackson"));
  }

  @Test
  void noGeneratedClassCarriesTheGeneratedAnnotation() throws IOException, URISyntaxException {
    assertEquals(List.of(), classesMentioning("org/immutables/value/Generated"));
  }
}
