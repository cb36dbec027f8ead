package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The limits: their defaults, one changed at a time, equality and text form. */
class ReadLimitsTest {
  @Test
  void theDefaultsAreThoseDocumented() {
    ReadLimits d = ReadLimits.defaults();
    assertEquals(64, d.maxNestingDepth());
    assertEquals(64L * 1024 * 1024, d.maxDocumentLength());
    assertEquals(1024 * 1024, d.maxStringLength());
    assertEquals(256, d.maxNameLength());
    assertEquals(1_000_000L, d.maxTokenCount());
    assertEquals("ReadLimits{maxNestingDepth=64, maxDocumentLength=67108864, maxStringLength=1048576, "
        + "maxNameLength=256, maxTokenCount=1000000}", d.toString());
  }

  @Test
  void eachWitherChangesItsLimitAlone() {
    ReadLimits d = ReadLimits.defaults();
    ReadLimits all = d.withMaxNestingDepth(5).withMaxDocumentLength(6).withMaxStringLength(7).withMaxNameLength(8)
        .withMaxTokenCount(9);
    assertEquals(5, all.maxNestingDepth());
    assertEquals(6, all.maxDocumentLength());
    assertEquals(7, all.maxStringLength());
    assertEquals(8, all.maxNameLength());
    assertEquals(9, all.maxTokenCount());
    for (ReadLimits one : new ReadLimits[] {d.withMaxNestingDepth(5), d.withMaxDocumentLength(6),
        d.withMaxStringLength(7), d.withMaxNameLength(8), d.withMaxTokenCount(9)}) {
      assertNotEquals(d, one);
      assertNotEquals(d.hashCode(), one.hashCode());
      assertNotEquals(all, one);
    }
    assertEquals(d, d.withMaxTokenCount(1_000_000L));
    assertEquals(d.hashCode(), d.withMaxNestingDepth(64).hashCode());
    assertFalse(d.equals("limits"));
  }

  @Test
  void limitsArePositive() {
    ReadLimits d = ReadLimits.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withMaxNestingDepth(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxDocumentLength(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxNameLength(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxTokenCount(0));
    assertEquals(1, d.withMaxTokenCount(1).maxTokenCount());
  }
}
