package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ElementIdTest {
  @Test
  void parseAcceptsIds() {
    for (String id : List.of("SD1", "SD1.KI2", "IA3.M4", "EN", "INTRO.1", "a", "A-b_c.d", "0")) {
      assertEquals(id, ElementId.parse(id).toString());
      assertEquals(id, ElementId.of(id).toString());
      assertTrue(ElementId.isValid(id), id);
    }
  }

  @Test
  void parseAcceptsACharSequence() {
    assertEquals(ElementId.parse("SD4.KI5"), ElementId.parse(new StringBuilder("SD4.KI5")));
  }

  @Test
  void hundredCharactersAreAllowedAndNoMore() {
    String hundred = "A".repeat(100);
    assertEquals(hundred, ElementId.parse(hundred).toString());
    assertIllegalArgument(() -> ElementId.parse(hundred + "B"), hundred + "B");
    assertFalse(ElementId.isValid(hundred + "B"));
  }

  @Test
  void malformedIdsAreRejectedNamingTheText() {
    for (String bad : List.of("", ".", "SD1.", ".SD1", "SD1..KI2", "SD 1", "SD1:KI2", "SD1-_KI2", "KI\u00e9",
        "影响1", " SD1", "SD1\n")) {
      assertIllegalArgument(() -> ElementId.parse(bad), "'" + bad + "'");
      assertIllegalArgument(() -> ElementId.of(bad), "'" + bad + "'");
      assertFalse(ElementId.isValid(bad), bad);
    }
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ElementId.parse(null));
    assertNullRejected(() -> ElementId.of(null));
    assertFalse(ElementId.isValid(null));
  }

  @Test
  void equalityIsCaseSensitive() {
    assertEqualValues(ElementId.parse("SD1.KI2"), ElementId.of("SD1.KI2"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("sd1.ki2"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("SD1.KI02"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("SD1.KI3"));
  }

  @Test
  void naturalOrderComparesDigitRunsByNumber() {
    List<ElementId> ids = new ArrayList<>();
    for (String s : List.of("SD10", "SD1.KI10", "SD2", "SD1.KI2", "SD1", "IA1", "EN")) {
      ids.add(ElementId.parse(s));
    }
    Collections.sort(ids);
    assertEquals("[EN, IA1, SD1, SD1.KI2, SD1.KI10, SD2, SD10]", ids.toString());
  }

  @Test
  void orderIsConsistentWithEquals() {
    assertTrue(ElementId.parse("SD1.KI02").compareTo(ElementId.parse("SD1.KI2")) != 0);
    assertEquals(0, ElementId.parse("SD1.KI2").compareTo(ElementId.parse("SD1.KI2")));
    assertTrue(ElementId.parse("SD1.KI9").compareTo(ElementId.parse("SD1.KI10")) < 0);
    assertTrue(ElementId.parse("SD1.KI10").compareTo(ElementId.parse("SD1.KI9")) > 0);
  }

  @Test
  void elementIdRoundTripsThroughItsTextForm() {
    qt().forAll(QuickTheoriesGens.of(Generators.idTexts()))
        .checkAssert(text -> {
          ElementId id = ElementId.parse(text);
          assertEquals(text, id.toString());
          assertEquals(id, ElementId.parse(id.toString()));
          assertTrue(ElementId.isValid(text));
        });
  }

  @Test
  void elementIdOrderIsAntisymmetricAndConsistentWithEquals() {
    qt().forAll(QuickTheoriesGens.of(Generators.elementIds()), QuickTheoriesGens.of(Generators.elementIds()))
        .checkAssert((a, b) -> {
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
          assertEquals(a.equals(b), a.compareTo(b) == 0);
        });
  }

  @Test
  void elementIdOrderIsTransitive() {
    qt().forAll(QuickTheoriesGens.of(Generators.elementIds()), QuickTheoriesGens.of(Generators.elementIds()), QuickTheoriesGens.of(Generators.elementIds()))
        .checkAssert((a, b, c) -> {
          if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertTrue(a.compareTo(c) <= 0, () -> a + " <= " + b + " <= " + c);
          }
        });
  }

  @Test
  void isValidAgreesWithParseAtTheLengthLimit() {
    String hundred = "a".repeat(100);
    assertTrue(ElementId.isValid(hundred));
    assertEquals(hundred, ElementId.parse(hundred).toString());
    assertFalse(ElementId.isValid(hundred + "a"));
    assertIllegalArgument(() -> ElementId.parse(hundred + "a"));
    assertFalse(ElementId.isValid(null));
  }

  // ---- the hand-written syntax check and number comparison against the regular expression and BigInteger they
  // replaced (so that loading the bundled editions compiles no pattern)

  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*");
  private static final String ALPHABET = "aZ09-_.:é 影\n";

  /** Short texts over letters, digits, the separators and a few characters that ids cannot have. */
  private static Gen<String> idLikeTexts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8)
        .map(indexes -> {
          StringBuilder b = new StringBuilder();
          for (int i : indexes) {
            b.append(ALPHABET.charAt(i));
          }
          return b.toString();
        });
  }

  @Test
  void syntaxCheckAgreesWithTheRegularExpression() {
    qt().withExamples(5000).forAll(idLikeTexts()).checkAssert(text -> {
      boolean expected = text.length() <= 100 && SYNTAX.matcher(text).matches();
      assertEquals(expected, ElementId.isValid(text), text);
      assertEquals(expected, EditionId.isValid(text), text);
    });
    for (String text : List.of("a", "z", "A", "Z", "0", "9", "azAZ09", "a-b", "a_b", "a.b", "a-b_c.d",
        "A".repeat(100))) {
      assertTrue(ElementId.isWellFormed(text), text);
    }
    for (String text : List.of("", "-", "_", ".", "a-", "a_", "a.", "-a", "_a", ".a", "a--b", "a-.b", "a/b", "a`b",
        "a{b", "a@b", "a[b", "a:b", "A".repeat(101))) {
      assertFalse(ElementId.isWellFormed(text), text);
    }
  }

  /** Ids made of a letter and numbers with leading zeros, such as {@code a007.b10}. */
  private static Gen<ElementId> numberedIds() {
    return lists().of(integers().between(0, 12)).ofSizeBetween(1, 3).zip(integers().between(0, 2), (numbers, zeros) -> {
      StringBuilder b = new StringBuilder();
      for (int n : numbers) {
        b.append(b.length() == 0 ? "a" : ".b").append("0".repeat(zeros)).append(n);
      }
      return ElementId.parse(b.toString());
    });
  }

  /** The order as it was defined, with the digit runs compared as BigIntegers. */
  private static int referenceOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = i;
        int ej = j;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  @Test
  void numberComparisonAgreesWithBigIntegers() {
    qt().withExamples(5000).forAll(numberedIds(), numberedIds()).checkAssert((a, b) ->
        assertEquals(Integer.signum(referenceOrder(a.toString(), b.toString())), Integer.signum(a.compareTo(b)),
            () -> a + " vs " + b));
    for (String[] pair : new String[][] {{"a9", "a10"}, {"a010", "a9"}, {"a0", "a00"}, {"a00", "a1"}, {"a19", "a20"},
        {"a12345678901234567890", "a12345678901234567891"}, {"a2.b1", "a02.b2"}, {"a100", "a099"}}) {
      ElementId a = ElementId.parse(pair[0]);
      ElementId b = ElementId.parse(pair[1]);
      assertEquals(Integer.signum(referenceOrder(pair[0], pair[1])), Integer.signum(a.compareTo(b)),
          () -> a + " vs " + b);
      assertEquals(Integer.signum(referenceOrder(pair[1], pair[0])), Integer.signum(b.compareTo(a)),
          () -> b + " vs " + a);
    }
  }
}
