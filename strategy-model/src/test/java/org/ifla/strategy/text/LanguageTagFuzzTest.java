package org.ifla.strategy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the language tags that labels and localized texts parse: a tag is refused with the documented
 * {@link IllegalArgumentException} or has a canonical form that is its own canonical form; a label made with
 * it is found again by the tag and by its locale; the fallback chain of the tag's locale ends in English.
 *
 * <p>The input is read as UTF-8: the first line is the tag, the rest the label's text. Without
 * {@code JAZZER_FUZZ}, the method runs once per file of {@code LanguageTagFuzzTestInputs/parseLanguageTags/} in
 * the test resources; FUZZING.md says how to fuzz.
 */
class LanguageTagFuzzTest {
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parseLanguageTags(byte[] data) {
    String input = new String(data, StandardCharsets.UTF_8);
    int newline = input.indexOf('\n');
    String tag = newline < 0 ? input : input.substring(0, newline);
    String text = newline < 0 ? "text" : input.substring(newline + 1);

    java.util.List<String> chain = LocalizedText.fallbackChain(Locale.forLanguageTag(tag));
    assertFalse(chain.isEmpty());
    assertEquals(LocalizedText.DEFAULT_LANGUAGE, chain.get(chain.size() - 1));

    String canonical;
    try {
      canonical = LanguageTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      return;
    }
    assertEquals(canonical, LanguageTags.canonical(canonical));
    assertEquals(canonical, LanguageTags.canonical(canonical.toLowerCase(Locale.ROOT)));

    Label label;
    try {
      label = Label.of(tag, text, true);
    } catch (IllegalArgumentException e) {
      assertTrue(text.isBlank(), () -> "a valid tag and a text that is not blank, yet refused: " + e);
      return;
    }
    assertEquals(canonical, label.languageTag());
    assertEquals(text, label.text());
    LocalizedText localized = LocalizedText.of(label);
    assertEquals(label, localized.label(tag).orElseThrow());
    assertEquals(label, localized.resolve(label.locale()));
    assertEquals(text, localized.text(Locale.forLanguageTag(canonical)));
    assertTrue(localized.languages().contains(canonical));
    String language = label.locale().getLanguage();
    if (!language.isEmpty() && !language.equals(LocalizedText.DEFAULT_LANGUAGE)) {
      // Beside an English label, a label of another language is still the one its own locale resolves to.
      LocalizedText english = localized.with(Label.unofficial(LocalizedText.DEFAULT_LANGUAGE, "English"));
      assertEquals(label, english.label(canonical).orElseThrow());
      assertEquals(label, english.resolve(label.locale()));
    }
  }
}
