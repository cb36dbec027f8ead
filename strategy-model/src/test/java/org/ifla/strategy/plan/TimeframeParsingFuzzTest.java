package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the timeframe parsers: {@link Timeframe#parse} gives a timeframe that prints the text it was
 * parsed from, or fails with the documented {@link IllegalArgumentException}; {@link StatedTimeframe#parse}
 * (and the {@link TimeframeReader} behind it) keeps any text that is not blank, exactly, with intervals in the
 * years 1000-9999 or none, fails only for blank text, and never takes long.
 *
 * <p>The input is read as UTF-8. Without {@code JAZZER_FUZZ}, the method runs once per file of
 * {@code TimeframeParsingFuzzTestInputs/parseTimeframes/} in the test resources; FUZZING.md says how to fuzz.
 */
class TimeframeParsingFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parseTimeframes(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Timeframe timeframe = Timeframe.parse(text);
      assertEquals(timeframe, Timeframe.parse(timeframe.toString()));
      assertTrue(text.equals(timeframe.toString())
          || text.equals(timeframe.start() + "/" + timeframe.end()), text);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
    }

    StatedTimeframe stated;
    try {
      stated = StatedTimeframe.parse(text);
    } catch (IllegalArgumentException e) {
      assertTrue(text.isBlank(), () -> "not blank, yet refused: " + text + ": " + e);
      return;
    }
    assertEquals(text, stated.text());
    assertEquals(stated.intervals(), TimeframeReader.read(text));
    assertEquals(stated.intervals().isEmpty(), stated.isUnknown());
    for (Timeframe interval : stated.intervals()) {
      assertTrue(interval.start().getYear() >= 1000 && interval.end().getYear() <= 9999, interval::toString);
      assertEquals(interval, Timeframe.parse(interval.toString()));
    }
    assertEquals(stated, StatedTimeframe.of(text, stated.intervals()));
  }
}
