package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the public readers: whatever the bytes, a read gives a valid model or fails with a
 * {@link StrategyFormatException}, and with nothing else (no other exception, no {@link StackOverflowError},
 * no {@link OutOfMemoryError}, no hang: one input gets {@value #SECONDS_PER_INPUT} seconds).
 *
 * <p>A model that was read must be a valid one: it is written again, and reading what was written gives an equal
 * model; a plan is also checked by the standard rules and its report printed in English and Chinese. A format
 * exception must come from the document, not from a defect that the reader's last-resort handler turned into
 * one, and its reason must not echo a large piece of the input.
 *
 * <p>Without {@code JAZZER_FUZZ} (every build) each method runs once per file of its regression corpus,
 * {@code src/test/resources/org/ifla/strategy/jackson/StrategyJsonFuzzTestInputs/METHOD/}: the sample plans,
 * the golden files, the bad-input corpus and every input fuzzing found. FUZZING.md says how to fuzz.
 */
class StrategyJsonFuzzTest {
  static final int SECONDS_PER_INPUT = 10;
  /** Longest reason a format exception may give: it quotes at most 40 characters of each value it names. */
  static final int MAX_REASON_LENGTH = 1_000;
  private static final String SOURCE = "fuzz-input";

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readPlanJson(byte[] data) {
    readPlan(StrategyJson.json(), data);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readPlanYaml(byte[] data) {
    readPlan(StrategyJson.yaml(), data);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readEditionJson(byte[] data) {
    readEdition(StrategyJson.json(), data);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readEditionYaml(byte[] data) {
    readEdition(StrategyJson.yaml(), data);
  }

  private static void readPlan(StrategyJson format, byte[] data) {
    for (ActionPlan plan : new ActionPlan[] {fromBytes(format, data, ActionPlan.class),
        fromText(format, data, ActionPlan.class)}) {
      if (plan != null) {
        assertReadsBackEqual(format, plan, ActionPlan.class);
        AlignmentReport report = RuleSet.standard().check(plan);
        assertNotNull(report.format(Locale.ENGLISH));
        assertNotNull(report.format(Locale.CHINESE));
      }
    }
  }

  private static void readEdition(StrategyJson format, byte[] data) {
    for (StrategyEdition edition : new StrategyEdition[] {fromBytes(format, data, StrategyEdition.class),
        fromText(format, data, StrategyEdition.class)}) {
      if (edition != null) {
        assertReadsBackEqual(format, edition, StrategyEdition.class);
      }
    }
  }

  /** The value read from the bytes, or null if they are not a valid document. */
  private static <T> T fromBytes(StrategyJson format, byte[] data, Class<T> type) {
    try {
      T value = format.read(new ByteArrayInputStream(data), SOURCE, type);
      assertNotNull(value);
      return value;
    } catch (StrategyFormatException e) {
      assertFromTheDocument(e);
      return null;
    } catch (IOException e) {
      throw new AssertionError("bytes in memory failed with an IOException that is not a format exception", e);
    }
  }

  /** The value read from the bytes as UTF-8 text, or null if that is not a valid document. */
  private static <T> T fromText(StrategyJson format, byte[] data, Class<T> type) {
    try {
      T value = format.read(new String(data, StandardCharsets.UTF_8), type);
      assertNotNull(value);
      return value;
    } catch (StrategyFormatException e) {
      assertFromTheDocument(e);
      return null;
    }
  }

  private static <T> void assertReadsBackEqual(StrategyJson format, T value, Class<T> type) {
    String written = format.write(value);
    T again;
    try {
      again = format.read(written, type);
    } catch (StrategyFormatException e) {
      throw new AssertionError("a value that was read was written as a document that does not read: "
          + e.getMessage() + "\n" + written, e);
    }
    assertEquals(value, again, written);
    assertEquals(written, format.write(again));
  }

  /**
   * Fails unless the exception reports the document: not a defect (a runtime exception of this library or the
   * JDK, turned into a format exception by the reader's last resort), and without a long echo of the input.
   */
  static void assertFromTheDocument(StrategyFormatException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof RuntimeException) {
        String name = cause.getClass().getName();
        assertTrue(name.startsWith("com.fasterxml.jackson.") || name.startsWith("org.yaml.snakeyaml."),
            () -> "a defect, not a format error: " + e.getMessage());
      }
      assertFalse(cause instanceof Error, () -> "an Error inside a format exception: " + e.getMessage());
    }
    assertTrue(e.reason().length() <= MAX_REASON_LENGTH,
        () -> "the reason echoes " + e.reason().length() + " characters: "
            + e.reason().substring(0, 200) + "...");
    assertTrue(SOURCE.equals(e.source()) || "(string)".equals(e.source()), e.source());
  }
}
