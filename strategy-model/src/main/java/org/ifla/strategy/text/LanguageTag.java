package org.ifla.strategy.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A BCP 47 language tag such as {@code en}, {@code zh}, {@code zh-Hant} or {@code en-GB}: the key of a
 * {@link Label} in a {@link LocalizedText}, as a currency unit is the key of an amount of money.
 *
 * <p>A tag is kept in its canonical form: {@code ZH-hant-tw} is {@code zh-Hant-TW}. Its {@link #toString()} is
 * that form, which {@link #of(String)} reads back. {@code und} (undetermined) is accepted for text of no
 * particular language, such as an id. Two-letter languages must be ISO 639-1 codes.
 *
 * <p>Besides the {@link #script() script} the tag names, a tag knows the script its language implies where it
 * implies one: Chinese is written in Traditional characters ({@code Hant}) for Taiwan, Hong Kong and Macao and in
 * Simplified characters ({@code Hans}) otherwise; English, French, Spanish, German and other languages written
 * in one script name it ({@code Latn}, {@code Cyrl}, {@code Arab} and so on; see {@link #script()}).
 *
 * <p>Instances are immutable and thread-safe; tags with the same canonical form are equal. No method accepts
 * or returns {@code null}.
 */
public final class LanguageTag implements Comparable<LanguageTag> {
  /**
   * Tags already checked, by the text they were given as and by their canonical form: a few tags ("en", "zh")
   * label every text, and building a Locale for each label was a tenth of decoding a plan (see
   * benchmarks/README.md). Bounded, so that odd tags cannot fill it.
   */
  private static final ConcurrentHashMap<String, LanguageTag> KNOWN = new ConcurrentHashMap<>();

  private static final int KNOWN_LIMIT = 1024;

  /**
   * The last tags asked about, a few, found before {@link #KNOWN} is asked (mostly by identity: decoders pass the
   * same tag instances again and again, as Jackson interns field names). Each slot holds one immutable pair, read
   * and written whole, so racing threads see a pair or another, never half of one.
   */
  private static final Known[] RECENT = new Known[8];

  /**
   * The script a language is written in where it is written in one (Chinese is decided by region), for the
   * IFLA working languages and a few more.
   */
  private static final ImmutableMap<String, String> LIKELY_SCRIPTS = likelyScripts();

  /** English, {@code en}: the language every fallback chain tries after the one asked for. */
  public static final LanguageTag ENGLISH = of("en");

  /** Chinese, {@code zh} (Simplified characters, unless a region or script says otherwise). */
  public static final LanguageTag CHINESE = of("zh");

  /** Undetermined, {@code und}: the tag of text of no particular language, such as an id. */
  public static final LanguageTag UNDETERMINED = of("und");

  /** A tag as given and its tag. Immutable. */
  private static final class Known {
    final String given;
    final LanguageTag tag;

    Known(String given, LanguageTag tag) {
      this.given = given;
      this.tag = tag;
    }
  }

  private final String canonical;
  private final String language;
  private final String explicitScript;
  private final String region;

  private LanguageTag(String canonical, Locale locale) {
    this.canonical = canonical;
    this.language = locale.getLanguage().isEmpty() ? "und" : locale.getLanguage();
    this.explicitScript = locale.getScript();
    this.region = locale.getCountry();
  }

  /**
   * Returns the tag of that text, in canonical form.
   *
   * @param tag a well-formed BCP 47 language tag, in any letter case, such as {@code zh-hant}
   * @return the tag
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a well-formed tag (the message gives the index of the
   *     first bad character), has no language, or its two-letter language is not an ISO 639-1 code
   */
  public static LanguageTag of(String tag) {
    requireNonNull(tag, "language tag");
    int slot = tag.hashCode() & (RECENT.length - 1);
    Known recent = RECENT[slot];
    if (recent != null && (recent.given == tag || recent.given.equals(tag))) {
      return recent.tag;
    }
    LanguageTag known = KNOWN.get(tag);
    if (known == null) {
      known = check(tag);
      if (KNOWN.size() < KNOWN_LIMIT) {
        // no lambda (computeIfAbsent): this runs at start-up, and the first lambda costs milliseconds there
        LanguageTag shared = KNOWN.putIfAbsent(known.canonical, known);
        if (shared != null) {
          known = shared;
        }
        KNOWN.putIfAbsent(tag, known);
      }
    }
    RECENT[slot] = new Known(tag, known);
    return known;
  }

  /**
   * Returns the tag of a locale: its language, script and region, variants and extensions as the locale's
   * {@link Locale#toLanguageTag()} gives them. A convenience for {@code of(locale.toLanguageTag())}; the root
   * locale, which has no language, is {@code und}.
   *
   * @param locale the locale
   * @return the tag
   * @throws NullPointerException if the locale is null
   * @throws IllegalArgumentException if the locale's language is not an ISO 639 code
   */
  public static LanguageTag of(Locale locale) {
    return of(requireNonNull(locale, "locale").toLanguageTag());
  }

  private static LanguageTag check(String tag) {
    // Tags are case-insensitive: read in lower case, zh-Haant and zh-haant (a variant) have one canonical form.
    String lower = asciiLowerCase(tag);
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(lower).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a well-formed BCP 47 language tag: '" + tag + "' (at index "
          + Math.max(0, e.getErrorIndex()) + ")", e);
    }
    String language = locale.getLanguage();
    if (language.isEmpty() && lower.startsWith("und")) {
      // "und": undetermined language, for language-neutral text; Java drops it before a private use (und-x-a)
      String canonical = locale.toLanguageTag();
      return new LanguageTag(canonical.startsWith("und") ? canonical : "und-" + canonical, locale);
    }
    if (language.isEmpty()) {
      throw new IllegalArgumentException("language tag without a language: '" + tag + "' (at index 0)");
    }
    if (language.length() == 2 && !isIso639Alpha2(locale)) {
      throw new IllegalArgumentException("unknown language in language tag: '" + tag + "' (at index 0)");
    }
    return new LanguageTag(locale.toLanguageTag(), locale);
  }

  /**
   * Whether the locale's two-letter language is an ISO 639-1 code, one of {@link Locale#getISOLanguages()}: asked
   * of {@link Locale#getISO3Language()}, which knows the same codes, because the first call of
   * getISOLanguages() builds its whole list, milliseconds of a fresh JVM's start-up. LanguageTagTest checks
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

  private static ImmutableMap<String, String> likelyScripts() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String latin : new String[] {"en", "fr", "es", "de", "it", "pt", "nl", "sv", "da", "nb", "nn", "no", "fi",
        "pl", "cs", "sk", "sl", "hr", "hu", "ro", "tr", "id", "ms", "vi", "sw", "ca", "eu", "gl", "et", "lv", "lt"}) {
      b.put(latin, "Latn");
    }
    for (String cyrillic : new String[] {"ru", "uk", "be", "bg", "mk"}) {
      b.put(cyrillic, "Cyrl");
    }
    for (String arabic : new String[] {"ar", "fa", "ur"}) {
      b.put(arabic, "Arab");
    }
    return b.put("el", "Grek").put("he", "Hebr").put("hi", "Deva").put("ja", "Jpan").put("ko", "Kore")
        .put("th", "Thai").put("ka", "Geor").put("hy", "Armn").build();
  }

  /**
   * Returns the language: an ISO 639 code in lower case, such as {@code zh}, or {@code und}.
   *
   * @return the language
   */
  public String language() {
    return language;
  }

  /**
   * Returns the script: the one the tag names, or else the one its language implies, if any. Chinese implies
   * {@code Hant} for the regions TW, HK and MO and {@code Hans} otherwise (so {@code zh} and {@code zh-CN} are
   * {@code Hans}, {@code zh-TW} is {@code Hant}); these languages imply one script: {@code Latn} for en, fr,
   * es, de, it, pt, nl, sv, da, nb, nn, no, fi, pl, cs, sk, sl, hr, hu, ro, tr, id, ms, vi, sw, ca, eu, gl, et,
   * lv, lt; {@code Cyrl} for ru, uk, be, bg, mk; {@code Arab} for ar, fa, ur; {@code Grek} for el,
   * {@code Hebr} for he, {@code Deva} for hi, {@code Jpan} for ja, {@code Kore} for ko, {@code Thai} for th,
   * {@code Geor} for ka and {@code Armn} for hy. Other languages imply none.
   *
   * @return the ISO 15924 script code in title case, such as {@code Hant}, or empty
   */
  public Optional<String> script() {
    if (!explicitScript.isEmpty()) {
      return Optional.of(explicitScript);
    }
    if (language.equals("zh")) {
      return Optional.of(region.equals("TW") || region.equals("HK") || region.equals("MO") ? "Hant" : "Hans");
    }
    return Optional.ofNullable(LIKELY_SCRIPTS.get(language));
  }

  /**
   * Returns whether the tag itself names a script, as {@code zh-Hant} does and {@code zh-TW} does not.
   *
   * @return whether a script subtag is present
   */
  public boolean hasExplicitScript() {
    return !explicitScript.isEmpty();
  }

  /**
   * Returns the region the tag names, if any.
   *
   * @return the ISO 3166 code in upper case, such as {@code TW}, or a UN M.49 number, or empty
   */
  public Optional<String> region() {
    return region.isEmpty() ? Optional.empty() : Optional.of(region);
  }

  /**
   * Returns whether the other tag is of the same language written in the same {@link #script() script}: the
   * region may differ. {@code zh-Hant-TW} and {@code zh-Hant} are, {@code zh-Hant-TW} and {@code zh} are not
   * ({@code zh} is Simplified), {@code en-GB} and {@code en} are.
   *
   * @param other the other tag
   * @return whether both are the same language in the same script
   * @throws NullPointerException if the other tag is null
   */
  public boolean isSameLanguageAndScript(LanguageTag other) {
    return language.equals(other.language) && script().equals(other.script());
  }

  /**
   * Returns the locale of this tag.
   *
   * @return the locale, such as {@code Locale.forLanguageTag("zh-Hant")}
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(canonical);
  }

  /**
   * Compares the canonical forms as strings, so that {@code en} comes before {@code en-GB} and {@code zh}
   * before {@code zh-Hant}; consistent with {@link #equals(Object)}.
   *
   * @param other the tag to compare with
   * @return negative, zero or positive as this tag comes before, with or after the other
   * @throws NullPointerException if the other tag is null
   */
  @Override
  public int compareTo(LanguageTag other) {
    return canonical.compareTo(other.canonical);
  }

  /**
   * Two tags are equal when their canonical forms are.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof LanguageTag && ((LanguageTag) other).canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code zh-Hant-TW}, which {@link #of(String)} reads.
   *
   * @return the canonical tag
   */
  @Override
  public String toString() {
    return canonical;
  }
}
