package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written id syntax accepts exactly what the regular expression it replaced accepted. */
class ElementIdSyntaxTest {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*");
  private static final String ALPHABET = "aZz0A9-_.:/ \u00e9\u0661\uff21";

  private static boolean reference(String text) {
    return text.length() <= 100 && SYNTAX.matcher(text).matches();
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomTexts() {
    Random random = new Random(20261201);
    for (int round = 0; round < 200_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      assertEquals(reference(s), ElementId.isWellFormed(s), s);
      assertEquals(reference(s), ElementId.isValid(s), s);
      assertEquals(reference(s), EditionId.isValid(s), s);
    }
  }

  @Test
  void theLimitIsAHundredCharacters() {
    assertTrue(ElementId.isWellFormed("a".repeat(100)));
    assertFalse(ElementId.isWellFormed("a".repeat(101)));
    assertFalse(ElementId.isWellFormed(""));
    assertTrue(ElementId.isWellFormed("IA1.KI2"));
    assertTrue(ElementId.isWellFormed("ifla-strategy-2024-2029"));
    assertFalse(ElementId.isWellFormed("a..b"));
    assertFalse(ElementId.isWellFormed(".a"));
    assertFalse(ElementId.isWellFormed("a-"));
    assertFalse(ElementId.isWellFormed("SD 4"));
  }
}
