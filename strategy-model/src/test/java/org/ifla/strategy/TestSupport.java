package org.ifla.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the tests: thrown exceptions and the messages that must name the bad value. */
public final class TestSupport {
  private TestSupport() {}

  /**
   * Asserts that the call throws {@link IllegalArgumentException} whose message contains every fragment.
   *
   * @return the exception
   */
  public static IllegalArgumentException assertIllegalArgument(Executable call, String... mentioned) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertMentions(e, mentioned);
    return e;
  }

  /**
   * Asserts that the call throws {@link IllegalStateException} whose message contains every fragment.
   *
   * @return the exception
   */
  public static IllegalStateException assertIllegalState(Executable call, String... mentioned) {
    IllegalStateException e = assertThrows(IllegalStateException.class, call);
    assertMentions(e, mentioned);
    return e;
  }

  /** Asserts that the call throws {@link NullPointerException}. */
  public static void assertNullRejected(Executable call) {
    assertThrows(NullPointerException.class, call);
  }

  private static void assertMentions(RuntimeException e, String... mentioned) {
    String message = e.getMessage();
    assertNotNull(message, "exception without a message: " + e);
    for (String fragment : mentioned) {
      assertTrue(message.contains(fragment), () -> "message does not mention '" + fragment + "': " + message);
    }
  }

  /** Asserts that two values are equal both ways, with equal hash codes, and are not equal to null. */
  public static void assertEqualValues(Object a, Object b) {
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(null));
  }

  /** Asserts that two values are unequal both ways. */
  public static void assertUnequalValues(Object a, Object b) {
    assertNotEquals(a, b);
    assertNotEquals(b, a);
  }

  /** Asserts that neither adding to nor clearing the list is allowed. */
  public static <T> void assertUnmodifiable(List<T> list, T element) {
    int size = list.size();
    assertThrows(UnsupportedOperationException.class, () -> list.add(element));
    assertThrows(UnsupportedOperationException.class, () -> list.clear());
    assertEquals(size, list.size());
  }
}
