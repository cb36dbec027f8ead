package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The message names the source, the line and column where known, and the pointer. */
class StrategyFormatExceptionTest {
  @Test
  void theMessageHasTheLineAndColumnWhenKnown() {
    assertEquals("a.json:1:1: /x: bad", new StrategyFormatException("a.json", 1, 1, "/x", "bad", null)
        .getMessage());
    assertEquals("a.json:3: /x: bad", new StrategyFormatException("a.json", 3, 0, "/x", "bad", null)
        .getMessage());
    assertEquals("a.json: /x: bad", new StrategyFormatException("a.json", 0, 5, "/x", "bad", null).getMessage());
    assertEquals("a.json: (document): bad", new StrategyFormatException("a.json", -1, -1, "", "bad", null)
        .getMessage());
  }

  @Test
  void itKeepsWhatItWasGiven() {
    RuntimeException cause = new RuntimeException("cause");
    StrategyFormatException e = new StrategyFormatException("s", 2, 7, "/p", "r", cause);
    assertEquals("s", e.source());
    assertEquals(2, e.line());
    assertEquals(7, e.column());
    assertEquals("/p", e.pointer());
    assertEquals("r", e.reason());
    assertSame(cause, e.getCause());
    assertNull(new StrategyFormatException("s", 2, 7, "/p", "r", null).getCause());
    assertThrows(NullPointerException.class, () -> new StrategyFormatException(null, 1, 1, "", "r", null));
    assertThrows(NullPointerException.class, () -> new StrategyFormatException("s", 1, 1, null, "r", null));
    assertThrows(NullPointerException.class, () -> new StrategyFormatException("s", 1, 1, "", null, null));
  }
}
