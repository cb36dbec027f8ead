package org.ifla.strategy.text;

import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The canonical form of a language tag: the same for tags that differ only in case, and its own canonical form. */
class LanguageTagsTest {
  @Test
  void caseDoesNotMatter() {
    assertEquals("zh-Hant-TW", LanguageTags.canonical("ZH-HANT-tw"));
    assertEquals("en-GB", LanguageTags.canonical("en-gb"));
    // a variant (5 to 8 letters) is written in lower case, however it came (found by fuzzing: zh-Haant)
    assertEquals("zh-haant", LanguageTags.canonical("zh-Haant"));
    assertEquals("zh-haant", LanguageTags.canonical("zh-haant"));
    assertEquals("sl-rozaj", LanguageTags.canonical("SL-Rozaj"));
    assertEquals("zh-aazzz", LanguageTags.canonical("zh-AAZZZ")); // both ends of A-Z
  }

  @Test
  void undeterminedKeepsItsUndBeforeAPrivateUse() {
    // found by fuzzing: und-x-a was read as x-a, which is refused
    assertEquals("und-x-a", LanguageTags.canonical("und-x-a"));
    assertEquals("und-x-a", LanguageTags.canonical("UND-x-A"));
    assertEquals("und", LanguageTags.canonical("und"));
    assertEquals("und-Latn", LanguageTags.canonical("und-latn"));
    assertIllegalArgument(() -> LanguageTags.canonical("x-a"), "without a language", "x-a");
  }

  @Test
  void onlyAsciiLettersAreLowered() {
    // U+212A KELVIN SIGN lowers to an ASCII k, but is no letter of a tag
    assertIllegalArgument(() -> LanguageTags.canonical("en-\u212Ay"), "not a well-formed");
    assertIllegalArgument(() -> LanguageTags.canonical("xx"), "unknown language");
  }

  @Test
  void twoLetterLanguagesAreExactlyTheIsoOnes() {
    // the check asks Locale.getISO3Language() instead of building Locale.getISOLanguages() (start-up time)
    List<String> iso = Arrays.asList(Locale.getISOLanguages());
    int accepted = 0;
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        String code = "" + a + b;
        String language = new Locale.Builder().setLanguageTag(code).build().getLanguage(); // iw is he
        boolean expected = iso.contains(language);
        boolean actual;
        try {
          actual = LanguageTags.canonical(code).equals(language);
        } catch (IllegalArgumentException e) {
          actual = false;
        }
        assertEquals(expected, actual, code);
        accepted += actual ? 1 : 0;
      }
    }
    assertEquals(iso.size(), accepted);
    assertEquals("he", LanguageTags.canonical("iw"));
    assertEquals("zh", LanguageTags.canonical("ZH"));
  }
}
