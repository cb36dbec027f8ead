package org.ifla.strategy.examples.service;

import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: the {@code lang} parameter when given, otherwise the first English or Chinese range of
 * the {@code Accept-Language} header, otherwise English. Findings, severities and titles are rendered in it (a
 * title falls back along {@code LocalizedText}'s chain when the edition lacks the language).
 */
final class Languages {
  /** The languages the findings and the page are written in. */
  static final List<String> SUPPORTED = List.of("en", "zh");

  private Languages() {}

  /**
   * The locale asked for.
   *
   * @param lang the {@code lang} parameter (a BCP 47 tag such as {@code zh} or {@code zh-Hant}), or null
   * @param acceptLanguage the {@code Accept-Language} header, or null
   * @throws BadRequestException if {@code lang} is not a well-formed tag or names no supported language
   */
  static Locale resolve(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      Locale locale = Locale.forLanguageTag(lang.strip());
      if (!SUPPORTED.contains(locale.getLanguage())) {
        throw new BadRequestException("unsupported-language", "Unsupported language",
            "lang must be a language tag of " + String.join(" or ", SUPPORTED) + " (zh-Hant included), not "
                + Excerpts.of(lang));
      }
      return locale;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          Locale locale = Locale.forLanguageTag(range.getRange());
          if (range.getWeight() > 0 && SUPPORTED.contains(locale.getLanguage())) {
            return locale;
          }
        }
      } catch (IllegalArgumentException e) {
        return Locale.ENGLISH; // a malformed header is ignored, as HTTP asks of a preference
      }
    }
    return Locale.ENGLISH;
  }

  /** The language tag of a resolved locale, as answers name it ({@code en}, {@code zh}, {@code zh-Hant}). */
  static String tag(Locale locale) {
    return locale.toLanguageTag();
  }
}
