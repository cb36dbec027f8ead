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
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class LabelTest {
  private static final LanguageTag ZH_HANT = LanguageTag.of("zh-Hant");

  @Test
  void ofKeepsTagTextProvenanceAndSource() {
    Label label = Label.of(LanguageTag.ENGLISH, "Capacity Building", Provenance.QUOTED, "seed 002");
    assertEquals(LanguageTag.ENGLISH, label.languageTag());
    assertEquals("Capacity Building", label.text());
    assertEquals(Provenance.QUOTED, label.provenance());
    assertEquals(Optional.of("seed 002"), label.source());
    assertFalse(label.isOfficial());
    assertEquals(Optional.empty(), Label.of(LanguageTag.ENGLISH, "x", Provenance.RENDERED).source());
  }

  @Test
  void officialIsTheOfficialProvenanceWithoutASource() {
    Label label = Label.official(LanguageTag.CHINESE, "愿景");
    assertTrue(label.isOfficial());
    assertEquals(Provenance.OFFICIAL, label.provenance());
    assertEquals(Optional.empty(), label.source());
    for (Provenance p : Provenance.values()) {
      assertEquals(p == Provenance.OFFICIAL, Label.of(LanguageTag.CHINESE, "愿景", p).isOfficial(), p.name());
    }
  }

  @Test
  void localeIsTheTagsLocale() {
    Locale expected = new Locale.Builder().setLanguage("zh").setScript("Hant").setRegion("TW").build();
    assertEquals(expected, Label.official(LanguageTag.of("zh-hant-tw"), "x").locale());
  }

  @Test
  void textIsKeptExactlyAsGiven() {
    String odd = "  Advancement of **connectedness and** mutual support \u2013 IFLA\u2019s\t";
    assertEquals(odd, Label.official(LanguageTag.ENGLISH, odd).text());
    assertEquals("Re-defining\nthe value", Label.official(LanguageTag.ENGLISH, "Re-defining\nthe value").text());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Label.official(null, "x"));
    assertNullRejected(() -> Label.official(LanguageTag.ENGLISH, null));
    assertNullRejected(() -> Label.of(null, "x", Provenance.RENDERED));
    assertNullRejected(() -> Label.of(LanguageTag.ENGLISH, null, Provenance.RENDERED));
    assertNullRejected(() -> Label.of(LanguageTag.ENGLISH, "x", null));
    assertNullRejected(() -> Label.of(LanguageTag.ENGLISH, "x", Provenance.QUOTED, null));
    assertNullRejected(() -> Label.official(LanguageTag.ENGLISH, "x").withText(null));
    assertNullRejected(() -> Label.official(LanguageTag.ENGLISH, "x").withProvenance(null));
    assertNullRejected(() -> Label.official(LanguageTag.ENGLISH, "x").withSource(null));
  }

  @Test
  void blankTextOrSourceIsRejected() {
    assertIllegalArgument(() -> Label.official(LanguageTag.ENGLISH, ""), "blank", "en");
    assertIllegalArgument(() -> Label.official(LanguageTag.of("fr"), "   "), "blank", "fr");
    assertIllegalArgument(() -> Label.of(LanguageTag.CHINESE, "\t\n", Provenance.RENDERED), "blank", "zh");
    assertIllegalArgument(() -> Label.official(LanguageTag.ENGLISH, "x").withText(" "), "blank");
    assertIllegalArgument(() -> Label.of(LanguageTag.ENGLISH, "Vision", Provenance.QUOTED, " "), "blank source",
        "Vision");
  }

  @Test
  void withTextKeepsLanguageProvenanceAndSource() {
    Label label = Label.of(ZH_HANT, "願景", Provenance.QUOTED, "STPI");
    Label changed = label.withText("新願景");
    assertEquals(Label.of(ZH_HANT, "新願景", Provenance.QUOTED, "STPI"), changed);
    assertEquals("願景", label.text());
  }

  @Test
  void withProvenanceAndWithSourceChangeOnlyThemselves() {
    Label label = Label.of(LanguageTag.ENGLISH, "Vision", Provenance.RENDERED, "me");
    assertEquals(Label.of(LanguageTag.ENGLISH, "Vision", Provenance.OFFICIAL, "me"),
        label.withProvenance(Provenance.OFFICIAL));
    assertSame(label, label.withProvenance(Provenance.RENDERED));
    assertEquals(Label.of(LanguageTag.ENGLISH, "Vision", Provenance.RENDERED, "you"), label.withSource("you"));
    assertEquals(Provenance.RENDERED, label.provenance());
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(Label.official(LanguageTag.ENGLISH, "Vision"), Label.official(LanguageTag.ENGLISH, "Vision"));
    assertEqualValues(Label.official(LanguageTag.of("zh-hant"), "願景"), Label.official(ZH_HANT, "願景"));
    assertEqualValues(Label.of(ZH_HANT, "願景", Provenance.QUOTED, "STPI"),
        Label.of(ZH_HANT, "願景", Provenance.QUOTED, "STPI"));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    Label label = Label.of(LanguageTag.ENGLISH, "Vision", Provenance.QUOTED, "a");
    assertUnequalValues(label, Label.of(LanguageTag.of("en-GB"), "Vision", Provenance.QUOTED, "a"));
    assertUnequalValues(label, Label.of(LanguageTag.ENGLISH, "Vision ", Provenance.QUOTED, "a"));
    assertUnequalValues(label, Label.of(LanguageTag.ENGLISH, "Vision", Provenance.RENDERED, "a"));
    assertUnequalValues(label, Label.of(LanguageTag.ENGLISH, "Vision", Provenance.QUOTED, "b"));
    assertUnequalValues(label, Label.of(LanguageTag.ENGLISH, "Vision", Provenance.QUOTED));
  }

  @Test
  void toStringShowsProvenanceAndSource() {
    assertEquals("zh=\"影响领域 1\"", Label.official(LanguageTag.CHINESE, "影响领域 1").toString());
    assertEquals("en=\"Impact Area 1\" (rendered)",
        Label.of(LanguageTag.ENGLISH, "Impact Area 1", Provenance.RENDERED).toString());
    assertEquals("zh=\"愿景\" (quoted: seed 004)",
        Label.of(LanguageTag.CHINESE, "愿景", Provenance.QUOTED, "seed 004").toString());
  }

  @Test
  void labelKeepsAnyNonBlankTextExactly() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelLanguageTags()), QuickTheoriesGens.of(Generators.labelTexts()))
        .checkAssert((tag, text) -> assertEquals(text, Label.official(LanguageTag.of(tag), text).text()));
  }

  @Test
  void labelTagIsCanonicalWhateverTheLetterCase() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelLanguageTags()), QuickTheoriesGens.of(Generators.labelTexts()))
        .checkAssert((tag, text) -> {
          assertEquals(tag, Label.official(LanguageTag.of(tag.toLowerCase(Locale.ROOT)),
              text).languageTag().toString());
          assertEquals(tag, Label.official(LanguageTag.of(tag.toUpperCase(Locale.ROOT)),
              text).languageTag().toString());
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
    assertIllegalArgument(() -> Label.official(LanguageTag.CHINESE, "\u3000\u2029"), "blank");
  }
}
