package org.ifla.strategy.text;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class LabelTest {
  @Test
  void ofKeepsTagTextAndOfficialMark() {
    Label label = Label.of("en", "Capacity Building", true);
    assertEquals("en", label.languageTag());
    assertEquals("Capacity Building", label.text());
    assertTrue(label.isOfficial());
    assertFalse(Label.of("en", "Capacity Building", false).isOfficial());
  }

  @Test
  void officialAndUnofficialSetTheMark() {
    assertTrue(Label.official("zh", "愿景").isOfficial());
    assertFalse(Label.unofficial("zh", "愿景").isOfficial());
    assertEquals("愿景", Label.unofficial("zh", "愿景").text());
  }

  @Test
  void tagIsCanonicalized() {
    assertEquals("zh-Hant", Label.official("zh-hant", "x").languageTag());
    assertEquals("zh-Hant-TW", Label.official("ZH-HANT-tw", "x").languageTag());
    assertEquals("en-GB", Label.official("EN-gb", "x").languageTag());
    assertEquals("pt-BR", Label.official("pt-br", "x").languageTag());
  }

  @Test
  void localeIsTheTagsLocale() {
    Locale expected = new Locale.Builder().setLanguage("zh").setScript("Hant").setRegion("TW").build();
    assertEquals(expected, Label.official("zh-hant-tw", "x").locale());
  }

  @Test
  void textIsKeptExactlyAsGiven() {
    String odd = "  Advancement of **connectedness and** mutual support \u2013 IFLA\u2019s\t";
    assertEquals(odd, Label.official("en", odd).text());
    assertEquals("Re-defining\nthe value", Label.official("en", "Re-defining\nthe value").text());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Label.of(null, "x", true));
    assertNullRejected(() -> Label.of("en", null, true));
    assertNullRejected(() -> Label.official(null, "x"));
    assertNullRejected(() -> Label.official("en", null));
    assertNullRejected(() -> Label.unofficial(null, "x"));
    assertNullRejected(() -> Label.unofficial("en", null));
    assertNullRejected(() -> Label.official("en", "x").withText(null));
  }

  @Test
  void blankTextIsRejected() {
    assertIllegalArgument(() -> Label.official("en", ""), "blank", "en");
    assertIllegalArgument(() -> Label.official("fr", "   "), "blank", "fr");
    assertIllegalArgument(() -> Label.unofficial("zh", "\t\n"), "blank", "zh");
    assertIllegalArgument(() -> Label.official("en", "x").withText(" "), "blank");
  }

  @Test
  void illFormedTagsAreRejectedNamingTheTag() {
    assertIllegalArgument(() -> Label.official("en_US", "x"), "'en_US'");
    assertIllegalArgument(() -> Label.official("e", "x"), "'e'");
    assertIllegalArgument(() -> Label.official("en--GB", "x"), "'en--GB'");
    assertIllegalArgument(() -> Label.official("toolonglanguage", "x"), "'toolonglanguage'");
    assertIllegalArgument(() -> Label.official("", "x"), "''");
  }

  @Test
  void unknownTwoLetterLanguageIsRejected() {
    assertIllegalArgument(() -> Label.official("xx", "x"), "'xx'");
    assertIllegalArgument(() -> Label.official("xx-GB", "x"), "'xx-GB'");
  }

  @Test
  void undeterminedLanguageIsAcceptedForLanguageNeutralText() {
    assertEquals("und", Label.official("und", "SD4.KI5").languageTag());
    assertEquals("und", Label.official("UND", "SD4.KI5").languageTag());
  }

  @Test
  void withTextKeepsLanguageAndMark() {
    Label label = Label.unofficial("zh-Hant", "願景");
    Label changed = label.withText("新願景");
    assertEquals("新願景", changed.text());
    assertEquals("zh-Hant", changed.languageTag());
    assertFalse(changed.isOfficial());
    assertEquals("願景", label.text());
  }

  @Test
  void withOfficialChangesOnlyTheMark() {
    Label label = Label.unofficial("en", "Vision");
    Label official = label.withOfficial(true);
    assertTrue(official.isOfficial());
    assertEquals("Vision", official.text());
    assertFalse(label.isOfficial());
    assertSame(label, label.withOfficial(false));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(Label.official("en", "Vision"), Label.of("en", "Vision", true));
    assertEqualValues(Label.official("zh-hant", "願景"), Label.official("zh-Hant", "願景"));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    Label label = Label.official("en", "Vision");
    assertUnequalValues(label, Label.official("en-GB", "Vision"));
    assertUnequalValues(label, Label.official("en", "Vision "));
    assertUnequalValues(label, Label.unofficial("en", "Vision"));
  }

  @Test
  void toStringShowsTheOfficialMark() {
    assertEquals("zh=\"影响领域 1\"", Label.official("zh", "影响领域 1").toString());
    assertEquals("en~\"Impact Area 1\"", Label.unofficial("en", "Impact Area 1").toString());
  }

  @Test
  void labelKeepsAnyNonBlankTextExactly() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelLanguageTags()), QuickTheoriesGens.of(Generators.labelTexts()))
        .checkAssert((tag, text) -> assertEquals(text, Label.official(tag, text).text()));
  }

  @Test
  void labelTagIsCanonicalWhateverTheLetterCase() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelLanguageTags()), QuickTheoriesGens.of(Generators.labelTexts()))
        .checkAssert((tag, text) -> {
          assertEquals(tag, Label.official(tag.toLowerCase(Locale.ROOT), text).languageTag());
          assertEquals(tag, Label.official(tag.toUpperCase(Locale.ROOT), text).languageTag());
        });
  }

  @Test
  void blanknessIsThatOfStringIsBlankForEveryCodePoint() {
    // Label checks blankness without Character.isWhitespace above U+00FF (start-up time): the same answers
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String one = new String(Character.toChars(cp));
      if (Label.isBlank(one) != one.isBlank()) {
        fail("U+" + Integer.toHexString(cp));
      }
      String framed = " " + one + "\t";
      if (Label.isBlank(framed) != framed.isBlank()) {
        fail("framed U+" + Integer.toHexString(cp));
      }
    }
    assertTrue(Label.isBlank(""));
    assertTrue(Label.isBlank("\u3000\u2028 \u1680"));
    assertFalse(Label.isBlank("\u3000\u2007"));
    assertFalse(Label.isBlank("\ud800"));
    assertIllegalArgument(() -> Label.official("zh", "\u3000\u2029"), "blank");
  }
}
