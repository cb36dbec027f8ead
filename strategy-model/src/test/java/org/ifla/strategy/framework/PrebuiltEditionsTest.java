package org.ifla.strategy.framework;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pre-built bundled editions ({@code BundledEditionYYYYtoYYYY}, which {@link IflaStrategies} loads) are
 * exactly what the label files say: each checked-in class is the source {@link PrebuiltEditionSource} writes
 * from the edition {@link BundledEditions} reads from {@code editions/ID/*.properties}, with all that reader's
 * checks, and the edition it builds equals that edition. After a change to the label files, run this test with
 * {@code -Dprebuilt.regenerate=true} to rewrite the classes.
 */
class PrebuiltEditionsTest {
  private static final Path SOURCES = Path.of("src/main/java/org/ifla/strategy/framework");

  static Stream<Arguments> editions() {
    return Stream.of(
        Arguments.of(IflaStrategies.STRATEGIC_PLAN_2016_2021, "BundledEdition2016to2021",
            (Supplier<StrategyEdition>) BundledEdition2016to2021::edition),
        Arguments.of(IflaStrategies.STRATEGY_2019_2024, "BundledEdition2019to2024",
            (Supplier<StrategyEdition>) BundledEdition2019to2024::edition),
        Arguments.of(IflaStrategies.STRATEGY_2024_2029, "BundledEdition2024to2029",
            (Supplier<StrategyEdition>) BundledEdition2024to2029::edition));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("editions")
  void theCheckedInSourceIsWhatTheLabelFilesMake(EditionId id, String className, Supplier<StrategyEdition> built)
      throws IOException {
    String expected = PrebuiltEditionSource.of(id, className);
    Path file = SOURCES.resolve(className + ".java");
    if (Boolean.getBoolean("prebuilt.regenerate")) {
      Files.writeString(file, expected, UTF_8);
    }
    assertTrue(Files.exists(file), () -> "no " + file.toAbsolutePath() + ": run with -Dprebuilt.regenerate=true");
    List<String> want = expected.lines().collect(Collectors.toList());
    List<String> have = Files.readString(file, UTF_8).lines().collect(Collectors.toList());
    for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(end of file)";
      String h = i < have.size() ? have.get(i) : "(end of file)";
      if (!w.equals(h)) {
        fail(file + " is not what the label files of " + id + " make (run this test with"
            + " -Dprebuilt.regenerate=true); line " + (i + 1) + " should be\n" + w + "\nbut is\n" + h);
      }
    }
    assertEquals(expected, Files.readString(file, UTF_8));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("editions")
  void thePrebuiltEditionEqualsTheOneReadFromTheLabelFiles(EditionId id, String className,
      Supplier<StrategyEdition> built) {
    StrategyEdition fromLabelFiles = BundledEditions.load(id);
    assertEquals(fromLabelFiles, built.get(), className);
    assertEquals(fromLabelFiles, IflaStrategies.edition(id).orElseThrow(), className);
    assertEquals(fromLabelFiles.elements(), built.get().elements(), className);
  }

  @Test
  void literalsEscapeWhatIsNotVisible() {
    assertEquals("\"a\\\"b\\\\c\"", PrebuiltEditionSource.literal("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\u0001\\u00a0\\u200b\\u3000\"",
        PrebuiltEditionSource.literal("\n\r\t\u0001\u00a0\u200b\u3000"));
    assertEquals("\"影响 ’ \uD83D\uDE00\"", PrebuiltEditionSource.literal("影响 ’ \uD83D\uDE00"));
    assertEquals("\"\\ud83d \\ude00\"", PrebuiltEditionSource.literal("\uD83D \uDE00"));
  }

  @Test
  void theLabelFileReaderStillRefusesBadData() {
    // the checks that guard the bundled data run when the classes are made and in this test, not at start-up
    assertThrows(IllegalStateException.class, () -> BundledEditions.load(EditionId.parse("test-stray-text")));
    assertFalse(PrebuiltEditionSource.of(EditionId.parse("test-minimal"), "X").isEmpty());
  }
}
