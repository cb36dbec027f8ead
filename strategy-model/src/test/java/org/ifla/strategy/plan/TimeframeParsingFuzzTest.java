package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.Iterables;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the timeframe parsers: {@link Timeframe#parse} gives a valid timeframe that prints the text it
 * was parsed from, or fails with the documented {@link DateTimeParseException}, holding the text and an index
 * inside it; {@link StatedTimeframe#parse} (and the {@link TimeframeReader} behind it) keeps any text that is not
 * blank, exactly, with intervals (valid), ranges stated inverted, starts and ends in the years 1000-9999 or none,
 * an unreadable text unknown, fails only for blank text, and never takes long.
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
      assertFalse(timeframe.end().isBefore(timeframe.start()), text);
    } catch (DateTimeParseException e) {
      assertNotNull(e.getMessage());
      assertEquals(text, e.getParsedString());
      assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= text.length(), e::getMessage);
    }

    StatedTimeframe stated;
    try {
      stated = StatedTimeframe.parse(text);
    } catch (IllegalArgumentException e) {
      assertTrue(text.isBlank(), () -> "not blank, yet refused: " + text + ": " + e);
      return;
    }
    assertEquals(text, stated.text());
    TimeframeReader.Reading reading = TimeframeReader.read(text);
    assertEquals(stated.intervals(), reading.intervals);
    assertEquals(stated.startsWithoutEnd(), reading.startsWithoutEnd);
    assertEquals(stated.endsWithoutStart(), reading.endsWithoutStart);
    assertEquals(stated.isUnreadable(), reading.unreadable);
    assertEquals(stated.invertedIntervals(), reading.inverted);
    assertTrue(!stated.isUnreadable() || stated.isUnknown(), text);
    assertTrue(!stated.isOngoing() || stated.intervals().isEmpty() && stated.startsWithoutEnd().isEmpty(), text);
    assertTrue(stated.duration().map(d -> d.toTotalMonths() > 0).orElse(true), text);
    for (Timeframe interval : stated.intervals()) {
      assertTrue(interval.start().getYear() >= 1000 && interval.end().getYear() <= 9999, interval::toString);
      assertEquals(interval, Timeframe.parse(interval.toString()));
    }
    for (Timeframe inverted : stated.invertedIntervals()) {
      assertTrue(inverted.start().isBefore(inverted.end()), inverted::toString);
      assertTrue(inverted.start().getYear() >= 1000 && inverted.end().getYear() <= 9999, inverted::toString);
    }
    for (YearMonth month : Iterables.concat(stated.startsWithoutEnd(), stated.endsWithoutStart())) {
      assertTrue(month.getYear() >= 1000 && month.getYear() <= 9999, month::toString);
    }
    assertEquals(stated.intervals(), StatedTimeframe.of(text, stated.intervals()).intervals());
    assertEquals(stated.invertedIntervals(), StatedTimeframe.of(text, stated.intervals(),
        stated.invertedIntervals()).invertedIntervals());
    assertNotNull(stated.toString());
  }
}
