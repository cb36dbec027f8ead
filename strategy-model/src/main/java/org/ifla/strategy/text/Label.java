package org.ifla.strategy.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;

/**
 * One label: a text in one language, and whether it is the official wording of its source.
 *
 * <p>For the bundled IFLA editions "official" means IFLA's own published wording; a translation or rendering
 * supplied by this library is not official. For text a user writes (a unit's action plan), the unit's own
 * words are official and a translation someone else made is not.
 *
 * <p>The language tag is kept in its canonical BCP 47 form ({@code zh-hant} becomes {@code zh-Hant}). The text
 * is kept exactly as given, including surrounding spaces, typos and odd characters; it must not be blank.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns {@code null}.
 */
public final class Label {
  private final String languageTag;
  private final String text;
  private final boolean official;

  private Label(String languageTag, String text, boolean official) {
    this.languageTag = LanguageTags.canonical(languageTag);
    this.text = requireNonNull(text, "text");
    checkArgument(!isBlank(text), "blank label text for language '%s'", languageTag);
    this.official = official;
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
   * Returns a label.
   *
   * @param languageTag a well-formed BCP 47 language tag such as {@code en}, {@code zh} or {@code zh-Hant}
   * @param text the text, not blank
   * @param official whether this is the official wording of its source
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tag is ill-formed or names an unknown language, or the text is
   *     blank
   */
  public static Label of(String languageTag, String text, boolean official) {
    return new Label(languageTag, text, official);
  }

  /**
   * Returns a label that is the official wording of its source.
   *
   * @param languageTag a well-formed BCP 47 language tag
   * @param text the text, not blank
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(String, String, boolean)}
   */
  public static Label official(String languageTag, String text) {
    return new Label(languageTag, text, true);
  }

  /**
   * Returns a label that is not the official wording of its source (a translation or rendering).
   *
   * @param languageTag a well-formed BCP 47 language tag
   * @param text the text, not blank
   * @return the label
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(String, String, boolean)}
   */
  public static Label unofficial(String languageTag, String text) {
    return new Label(languageTag, text, false);
  }

  /**
   * Returns the canonical BCP 47 language tag of this label.
   *
   * @return the tag, such as {@code zh-Hant}
   */
  public String languageTag() {
    return languageTag;
  }

  /**
   * Returns the locale of this label's language tag.
   *
   * @return the locale
   */
  public Locale locale() {
    return Locale.forLanguageTag(languageTag);
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
   * Returns whether this label is the official wording of its source.
   *
   * @return {@code true} for official wording, {@code false} for a translation or rendering
   */
  public boolean isOfficial() {
    return official;
  }

  /**
   * Returns this label with the given text, in the same language and with the same official mark.
   *
   * @param newText the text, not blank
   * @return a label with that text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public Label withText(String newText) {
    return new Label(languageTag, newText, official);
  }

  /**
   * Returns this label with the given official mark.
   *
   * @param isOfficial whether the label is official wording
   * @return a label with that mark
   */
  public Label withOfficial(boolean isOfficial) {
    return isOfficial == official ? this : new Label(languageTag, text, isOfficial);
  }

  /**
   * Two labels are equal when their language tags, texts and official marks are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Label
        && ((Label) other).languageTag.equals(languageTag)
        && ((Label) other).text.equals(text)
        && ((Label) other).official == official;
  }

  @Override
  public int hashCode() {
    return Objects.hash(languageTag, text, official);
  }

  /**
   * Returns a debugging form such as {@code zh="影响领域 1"} or, for unofficial labels,
   * {@code en~"Impact Area 1"}.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return languageTag + (official ? "=" : "~") + '"' + text + '"';
  }
}
