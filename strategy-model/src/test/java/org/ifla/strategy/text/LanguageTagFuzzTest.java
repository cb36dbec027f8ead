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

    java.util.List<LanguageTag> chain = LocalizedText.fallbackChain(Locale.forLanguageTag(tag));
    assertFalse(chain.isEmpty());
    assertEquals(LocalizedText.DEFAULT_LANGUAGE, chain.get(chain.size() - 1));

    LanguageTag parsed;
    try {
      parsed = LanguageTag.of(tag);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("at index "), e::getMessage);
      return;
    }
    String canonical = parsed.toString();
    assertEquals(parsed, LanguageTag.of(canonical));
    assertEquals(parsed, LanguageTag.of(canonical.toLowerCase(Locale.ROOT)));
    assertEquals(canonical, LanguageTag.of(canonical).toString());
    java.util.List<LanguageTag> ownChain = LocalizedText.fallbackChain(parsed);
    assertEquals(LocalizedText.DEFAULT_LANGUAGE, ownChain.get(ownChain.size() - 1));

    Label label;
    try {
      label = Label.official(parsed, text);
    } catch (IllegalArgumentException e) {
      assertTrue(text.isBlank(), () -> "a valid tag and a text that is not blank, yet refused: " + e);
      return;
    }
    assertEquals(parsed, label.languageTag());
    assertEquals(text, label.text());
    LocalizedText localized = LocalizedText.of(label);
    assertEquals(label, localized.label(parsed).orElseThrow());
    ResolvedLabel resolved = localized.resolve(parsed);
    assertEquals(label, resolved.label());
    assertTrue(resolved.isExact() && resolved.isSameScript() && !resolved.isFallback());
    assertTrue(localized.hasLanguage(parsed));
    assertEquals(text, localized.text(parsed));
    assertTrue(localized.languages().contains(parsed));
    if (!parsed.language().equals("und") && !parsed.language().equals("en")) {
      // Beside an English label, a label of another language is still the one its own tag resolves to.
      LocalizedText english = localized.with(Label.of(LocalizedText.DEFAULT_LANGUAGE, "English", Provenance.RENDERED));
      assertEquals(label, english.label(parsed).orElseThrow());
      assertEquals(label, english.resolve(parsed).label());
    }
  }
}
