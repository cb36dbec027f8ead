package org.ifla.strategy.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One label: a text in one language, with where its words come from ({@link Provenance}) and, where known, the
 * source it was taken from or who rendered it.
 *
 * <p>For the bundled IFLA editions a label is {@link Provenance#OFFICIAL official} when it is IFLA's own published
 * wording, {@link Provenance#QUOTED quoted} when it is taken word for word from another named source (a published
 * translation), and {@link Provenance#RENDERED rendered} when this library wrote it because no source was found;
 * every bundled label names its {@link #source() source}. For text a user writes (a unit's action plan), the
 * unit's own words are official and need no source.
 *
 * <p>The text is kept exactly as given, including surrounding spaces, typos and odd characters; it must not be
 * blank. A source is a short citation of a document (or, for a rendering, who rendered it), not blank.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns {@code null}.
 */
public final class Label {
  private final LanguageTag languageTag;
  private final String text;
  private final Provenance provenance;
  private final String source; // null when none is named

  private Label(LanguageTag languageTag, String text, Provenance provenance, String source) {
    this.languageTag = requireNonNull(languageTag, "languageTag");
    this.text = requireNonNull(text, "text");
    checkArgument(!isBlank(text), "blank label text for language '%s'", languageTag);
    this.provenance = requireNonNull(provenance, "provenance");
    checkArgument(source == null || !isBlank(source), "blank source of the %s label '%s'", languageTag, text);
    this.source = source;
  }

  /**
   * Same as {@link String#isBlank()}, without asking {@link Character#isWhitespace(int)} about characters above
   * U+00FF: the first such question initialises the JDK's large table of those characters, milliseconds of a
   * fresh JVM's start-up when the first Chinese label is made. Checked against {@code isBlank} for every code
   * point in {@code LabelTest}.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x100 ? !Character.isWhitespace(c) : !isWhitespaceAboveLatin1(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The whitespace characters above U+00FF in the sense of {@link Character#isWhitespace(int)}: the space,
   * line and paragraph separators other than the no-break spaces U+2007 and U+202F. (No supplementary code
   * point is whitespace, so neither is a surrogate.)
   */
  private static boolean isWhitespaceAboveLatin1(char c) {
    return c == '\u1680' || c >= '\u2000' && c <= '\u200a' && c != '\u2007' || c == '\u2028' || c == '\u2029'
        || c == '\u205f' || c == '\u3000';
  }

  /**
   * Returns a label that names no source.
   *
   * @param languageTag the language
   * @param text the text, not blank
   * @param provenance where the words come from
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static Label of(LanguageTag languageTag, String text, Provenance provenance) {
    return new Label(languageTag, text, provenance, null);
  }

  /**
   * Returns a label that names its source.
   *
   * @param languageTag the language
   * @param text the text, not blank
   * @param provenance where the words come from
   * @param source a short citation of the document the text is taken from, or for a rendering who rendered
   *     it; not blank
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text or the source is blank
   */
  public static Label of(LanguageTag languageTag, String text, Provenance provenance, String source) {
    return new Label(languageTag, text, provenance, requireNonNull(source, "source"));
  }

  /**
   * Returns an official label that names no source: the words of the document it is in, such as a unit's own
   * words in its action plan.
   *
   * @param languageTag the language
   * @param text the text, not blank
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static Label official(LanguageTag languageTag, String text) {
    return new Label(languageTag, text, Provenance.OFFICIAL, null);
  }

  /**
   * Returns the language of this label.
   *
   * @return the tag, such as {@code zh-Hant}
   */
  public LanguageTag languageTag() {
    return languageTag;
  }

  /**
   * Returns the locale of this label's language tag; the same as {@code languageTag().toLocale()}.
   *
   * @return the locale
   */
  public Locale locale() {
    return languageTag.toLocale();
  }

  /**
   * Returns the text exactly as it was given.
   *
   * @return the text, never blank
   */
  public String text() {
    return text;
  }

  /**
   * Returns where the words of this label come from.
   *
   * @return official, quoted or rendered
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns the source this label names: a short citation of the document its text is taken from, or for a
   * rendering who rendered it.
   *
   * @return the source, or empty if the label names none
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns whether this label is the official wording of its source, that is whether its provenance is
   * {@link Provenance#OFFICIAL}.
   *
   * @return {@code true} for official wording, {@code false} for a quoted or rendered text
   */
  public boolean isOfficial() {
    return provenance == Provenance.OFFICIAL;
  }

  /**
   * Returns this label with the given text, in the same language, with the same provenance and source.
   *
   * @param newText the text, not blank
   * @return a label with that text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public Label withText(String newText) {
    return new Label(languageTag, newText, provenance, source);
  }

  /**
   * Returns this label with the given provenance and the same source.
   *
   * @param newProvenance where the words come from
   * @return a label with that provenance
   * @throws NullPointerException if the provenance is null
   */
  public Label withProvenance(Provenance newProvenance) {
    return newProvenance == provenance ? this : new Label(languageTag, text, newProvenance, source);
  }

  /**
   * Returns this label with the given source.
   *
   * @param newSource a short citation of the source, not blank
   * @return a label naming that source
   * @throws NullPointerException if the source is null
   * @throws IllegalArgumentException if the source is blank
   */
  public Label withSource(String newSource) {
    return new Label(languageTag, text, provenance, requireNonNull(newSource, "source"));
  }

  /**
   * Two labels are equal when their language tags, texts, provenances and sources are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Label)) {
      return false;
    }
    Label that = (Label) other;
    return that.languageTag.equals(languageTag) && that.text.equals(text) && that.provenance == provenance
        && Objects.equals(that.source, source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(languageTag, text, provenance, source);
  }

  /**
   * Returns a debugging form such as {@code en="Vision"} for an official label without a source, or
   * {@code zh="愿景" (quoted: seed 004)} otherwise.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    String form = languageTag + "=\"" + text + '"';
    if (provenance == Provenance.OFFICIAL && source == null) {
      return form;
    }
    return form + " (" + provenance.name().toLowerCase(Locale.ROOT) + (source == null ? "" : ": " + source) + ")";
  }
}
