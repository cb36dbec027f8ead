package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.alignment.PlanLocation;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the id parsers ({@link ElementId}, {@link EditionId}, {@link ElementReference}, and the JSON
 * Pointers of {@link PlanLocation}): any text parses or fails with the documented
 * {@link IllegalArgumentException}; an id that parses prints the text it was parsed from, a location prints a
 * form that parses to itself, {@code isValid} agrees with {@code parse}, and the natural order is consistent
 * with equals.
 *
 * <p>The input is read as UTF-8; its first line is one text and the rest another, for the order. Without
 * {@code JAZZER_FUZZ}, the method runs once per file of {@code IdParsingFuzzTestInputs/parseIds/} in the test
 * resources; FUZZING.md says how to fuzz.
 */
class IdParsingFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parseIds(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    String second = newline < 0 ? "" : text.substring(newline + 1);
    for (String s : new String[] {text, first, second}) {
      elementId(s);
      editionId(s);
      reference(s);
      location(s);
    }
    ElementId a = elementId(first);
    ElementId b = elementId(second);
    if (a != null && b != null) {
      assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
      assertEquals(a.equals(b), a.compareTo(b) == 0);
    }
    EditionId x = editionId(first);
    EditionId y = editionId(second);
    if (x != null && y != null) {
      assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
      assertEquals(x.equals(y), x.compareTo(y) == 0);
    }
  }

  private static ElementId elementId(String s) {
    ElementId id;
    try {
      id = ElementId.parse(s);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      assertFalse(ElementId.isValid(s), s);
      return null;
    }
    assertTrue(ElementId.isValid(s), s);
    assertEquals(s, id.toString());
    assertEquals(id, ElementId.parse(id.toString()));
    assertEquals(0, id.compareTo(ElementId.parse(s)));
    return id;
  }

  private static EditionId editionId(String s) {
    EditionId id;
    try {
      id = EditionId.parse(s);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      assertFalse(EditionId.isValid(s), s);
      return null;
    }
    assertTrue(EditionId.isValid(s), s);
    assertEquals(s, id.toString());
    assertEquals(id, EditionId.parse(id.toString()));
    return id;
  }

  private static void location(String s) {
    PlanLocation location;
    try {
      location = PlanLocation.parse(s);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      assertFalse(s.startsWith("/") || s.isEmpty(), s);
      return;
    }
    assertEquals(location, PlanLocation.parse(location.toString()));
    assertEquals(location.toString(), PlanLocation.parse(location.toString()).toString());
    assertEquals(s.isEmpty(), location.isRoot());
    assertEquals(0, location.compareTo(PlanLocation.parse(location.toString())));
  }

  private static void reference(String s) {
    ElementReference reference;
    try {
      reference = ElementReference.parse(s);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      return;
    }
    assertEquals(s, reference.toString());
    assertEquals(reference, ElementReference.parse(reference.toString()));
    assertEquals(reference.hashCode(), ElementReference.parse(s).hashCode());
    assertEquals(s.indexOf(':') >= 0, reference.isQualified());
    assertEquals(reference.element(), ElementId.parse(s.substring(s.indexOf(':') + 1)));
  }
}
