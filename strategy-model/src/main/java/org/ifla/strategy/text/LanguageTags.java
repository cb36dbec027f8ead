package org.ifla.strategy.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

/** Validation and canonical form of BCP 47 language tags; internal to the text package. */
final class LanguageTags {

  /**
   * Tags already checked, and their canonical forms: a few tags ("en", "zh") label every text, and building a
   * Locale for each label was a tenth of decoding a plan (see benchmarks/README.md). Bounded, so that odd tags
   * cannot fill it; the labels that have a tag share its canonical string.
   */
  private static final ConcurrentHashMap<String, String> KNOWN = new ConcurrentHashMap<>();
  private static final int KNOWN_LIMIT = 1024;

  /**
   * The last tags asked about, a few, found before {@link #KNOWN} is asked (mostly by identity: decoders pass the
   * same tag instances again and again, as Jackson interns field names). Each slot holds one immutable pair, read
   * and written whole, so racing threads see a pair or another, never half of one.
   */
  private static final Known[] RECENT = new Known[8];

  /** A tag and its canonical form. Immutable. */
  private static final class Known {
    final String tag;
    final String canonical;

    Known(String tag, String canonical) {
      this.tag = tag;
      this.canonical = canonical;
    }
  }

  private LanguageTags() {}

  /**
   * Returns the canonical form of a BCP 47 language tag ({@code zh-hant} becomes {@code zh-Hant}).
   *
   * <p>{@code und} (undetermined) is accepted for text of no particular language, such as an id.
   *
   * @throws IllegalArgumentException if the tag is not well-formed, or its two-letter language is not an ISO
   *     639-1 code
   */
  static String canonical(String tag) {
    if (tag == null) {
      throw new NullPointerException("language tag");
    }
    int slot = tag.hashCode() & (RECENT.length - 1);
    Known recent = RECENT[slot];
    if (recent != null && (recent.tag == tag || recent.tag.equals(tag))) {
      return recent.canonical;
    }
    String known = KNOWN.get(tag);
    if (known != null) {
      RECENT[slot] = new Known(tag, known);
      return known;
    }
    String canonical = check(tag);
    if (KNOWN.size() < KNOWN_LIMIT) {
      // no lambda (computeIfAbsent): this runs at start-up, and the first lambda costs milliseconds there
      String shared = KNOWN.putIfAbsent(canonical, canonical);
      if (shared != null) {
        canonical = shared;
      }
      KNOWN.putIfAbsent(tag, canonical);
    }
    return canonical;
  }

  private static String check(String tag) {
    // Tags are case-insensitive: read in lower case, zh-Haant and zh-haant (a variant) have one canonical form.
    String lower = asciiLowerCase(tag);
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(lower).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a well-formed BCP 47 language tag: '" + tag + "'", e);
    }
    String language = locale.getLanguage();
    if (language.isEmpty() && lower.startsWith("und")) {
      // "und": undetermined language, for language-neutral text; Java drops it before a private use (und-x-a)
      String canonical = locale.toLanguageTag();
      return canonical.startsWith("und") ? canonical : "und-" + canonical;
    }
    if (language.isEmpty()) {
      throw new IllegalArgumentException("language tag without a language: '" + tag + "'");
    }
    if (language.length() == 2 && !isIso639Alpha2(locale)) {
      throw new IllegalArgumentException("unknown language in language tag: '" + tag + "'");
    }
    return locale.toLanguageTag();
  }

  /**
   * Whether the locale's two-letter language is an ISO 639-1 code, one of {@link Locale#getISOLanguages()}: asked
   * of {@link Locale#getISO3Language()}, which knows the same codes, because the first call of
   * getISOLanguages() builds its whole list, milliseconds of a fresh JVM's start-up. LanguageTagsTest checks
   * that both agree on every two-letter code.
   */
  private static boolean isIso639Alpha2(Locale locale) {
    try {
      locale.getISO3Language();
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /** The tag with A-Z in lower case and nothing else changed (no other letter becomes ASCII). */
  private static String asciiLowerCase(String tag) {
    char[] chars = tag.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
