package org.ifla.strategy.text;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A language tag: its canonical form (the same for tags that differ only in case, and its own canonical form),
 * its parts, the script its language implies, and its errors.
 */
class LanguageTagTest {
  @Test
  void caseDoesNotMatter() {
    assertEquals("zh-Hant-TW", LanguageTag.of("ZH-HANT-tw").toString());
    assertEquals("en-GB", LanguageTag.of("en-gb").toString());
    // a variant (5 to 8 letters) is written in lower case, however it came (found by fuzzing: zh-Haant)
    assertEquals("zh-haant", LanguageTag.of("zh-Haant").toString());
    assertEquals("zh-haant", LanguageTag.of("zh-haant").toString());
    assertEquals("sl-rozaj", LanguageTag.of("SL-Rozaj").toString());
    assertEquals("zh-aazzz", LanguageTag.of("zh-AAZZZ").toString()); // both ends of A-Z
  }

  @Test
  void undeterminedKeepsItsUndBeforeAPrivateUse() {
    // found by fuzzing: und-x-a was read as x-a, which is refused
    assertEquals("und-x-a", LanguageTag.of("und-x-a").toString());
    assertEquals("und-x-a", LanguageTag.of("UND-x-A").toString());
    assertEquals("und", LanguageTag.of("und").toString());
    assertEquals("und-Latn", LanguageTag.of("und-latn").toString());
    assertIllegalArgument(() -> LanguageTag.of("x-a").toString(), "without a language", "x-a");
  }

  @Test
  void onlyAsciiLettersAreLowered() {
    // U+212A KELVIN SIGN lowers to an ASCII k, but is no letter of a tag
    assertIllegalArgument(() -> LanguageTag.of("en-\u212Ay").toString(), "not a well-formed");
    assertIllegalArgument(() -> LanguageTag.of("xx").toString(), "unknown language");
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
          actual = LanguageTag.of(code).toString().equals(language);
        } catch (IllegalArgumentException e) {
          actual = false;
        }
        assertEquals(expected, actual, code);
        accepted += actual ? 1 : 0;
      }
    }
    assertEquals(iso.size(), accepted);
    assertEquals("he", LanguageTag.of("iw").toString());
    assertEquals("zh", LanguageTag.of("ZH").toString());
  }

  @Test
  void illFormedTagsAreRejectedNamingTheTagAndTheIndex() {
    assertIllegalArgument(() -> LanguageTag.of("en_US"), "'en_US'", "at index 0");
    assertIllegalArgument(() -> LanguageTag.of("en--GB"), "'en--GB'", "at index 3");
    assertIllegalArgument(() -> LanguageTag.of("zh-Hant-TWX1"), "'zh-Hant-TWX1'", "at index 8");
    assertIllegalArgument(() -> LanguageTag.of("e"), "'e'", "at index 0");
    assertIllegalArgument(() -> LanguageTag.of(""), "''", "at index 0");
    assertIllegalArgument(() -> LanguageTag.of("toolonglanguage"), "'toolonglanguage'", "at index 0");
    assertIllegalArgument(() -> LanguageTag.of("xx-GB"), "unknown language", "'xx-GB'", "at index 0");
    assertNullRejected(() -> LanguageTag.of((String) null));
    assertNullRejected(() -> LanguageTag.of((Locale) null));
  }

  @Test
  void partsAreTheTagsAndTheScriptIsTheLikelyOneWhereTheTagNamesNone() {
    LanguageTag tw = LanguageTag.of("zh-Hant-TW");
    assertEquals("zh", tw.language());
    assertEquals(Optional.of("Hant"), tw.script());
    assertTrue(tw.hasExplicitScript());
    assertEquals(Optional.of("TW"), tw.region());
    assertEquals(Optional.of("Hant"), LanguageTag.of("zh-TW").script());
    assertEquals(Optional.of("Hant"), LanguageTag.of("zh-HK").script());
    assertEquals(Optional.of("Hant"), LanguageTag.of("zh-MO").script());
    assertFalse(LanguageTag.of("zh-TW").hasExplicitScript());
    assertEquals(Optional.of("Hans"), LanguageTag.CHINESE.script());
    assertEquals(Optional.of("Hans"), LanguageTag.of("zh-CN").script());
    assertEquals(Optional.of("Hans"), LanguageTag.of("zh-SG").script());
    assertEquals(Optional.of("Hans"), LanguageTag.of("zh-Hans-HK").script()); // what the tag says comes first
    assertEquals(Optional.of("Latn"), LanguageTag.of("en-GB").script());
    assertEquals(Optional.of("Cyrl"), LanguageTag.of("ru").script());
    assertEquals(Optional.of("Arab"), LanguageTag.of("ar").script());
    assertEquals(Optional.empty(), LanguageTag.of("sr").script()); // two scripts in use: none implied
    assertEquals(Optional.empty(), LanguageTag.CHINESE.region());
    assertEquals("und", LanguageTag.UNDETERMINED.language());
    assertEquals(Optional.empty(), LanguageTag.UNDETERMINED.script());
  }

  @Test
  void sameLanguageAndScriptIgnoresTheRegionOnly() {
    assertTrue(LanguageTag.of("zh-Hant-TW").isSameLanguageAndScript(LanguageTag.of("zh-Hant")));
    assertTrue(LanguageTag.of("zh-Hant-TW").isSameLanguageAndScript(LanguageTag.of("zh-HK")));
    assertFalse(LanguageTag.of("zh-Hant-TW").isSameLanguageAndScript(LanguageTag.CHINESE));
    assertTrue(LanguageTag.of("zh-CN").isSameLanguageAndScript(LanguageTag.CHINESE));
    assertTrue(LanguageTag.of("en-GB").isSameLanguageAndScript(LanguageTag.ENGLISH));
    assertFalse(LanguageTag.of("fr").isSameLanguageAndScript(LanguageTag.ENGLISH));
  }

  @Test
  void localesConvertBothWays() {
    assertEquals(LanguageTag.of("zh-Hant-TW"), LanguageTag.of(Locale.forLanguageTag("zh-Hant-TW")));
    assertEquals(LanguageTag.of("zh-CN"), LanguageTag.of(Locale.SIMPLIFIED_CHINESE));
    assertEquals(LanguageTag.UNDETERMINED, LanguageTag.of(Locale.ROOT));
    assertEquals(Locale.forLanguageTag("zh-Hant-TW"), LanguageTag.of("zh-hant-tw").toLocale());
    assertEquals(Locale.ENGLISH, LanguageTag.ENGLISH.toLocale());
  }

  @Test
  void equalityOrderAndTextFormFollowTheCanonicalForm() {
    assertEqualValues(LanguageTag.of("zh-hant"), LanguageTag.of("ZH-HANT"));
    assertUnequalValues(LanguageTag.of("zh-Hant"), LanguageTag.of("zh-Hans"));
    assertEquals("zh-Hant", LanguageTag.of("zh-hant").toString());
    assertEquals(LanguageTag.of("zh-Hant"), LanguageTag.of(LanguageTag.of("zh-hant").toString()));
    List<LanguageTag> sorted = new java.util.ArrayList<>(List.of(LanguageTag.of("zh-Hant"), LanguageTag.CHINESE,
        LanguageTag.of("en-GB"), LanguageTag.ENGLISH));
    java.util.Collections.sort(sorted);
    assertEquals(List.of(LanguageTag.ENGLISH, LanguageTag.of("en-GB"), LanguageTag.CHINESE,
        LanguageTag.of("zh-Hant")), sorted);
    assertEquals(0, LanguageTag.of("EN").compareTo(LanguageTag.ENGLISH));
  }
}
