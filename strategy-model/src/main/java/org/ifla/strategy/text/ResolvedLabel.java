package org.ifla.strategy.text;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * The label a {@link LocalizedText} gives for a language, with the language asked for: which tag served, and
 * whether it is the language and script asked for or a fallback. Made by {@link LocalizedText#resolve}.
 *
 * <p>Asking a text that has only {@code zh} (Simplified Chinese) for {@code zh-Hant-TW} serves {@code zh}:
 * {@link #isExact()} and {@link #isSameScript()} are false, {@link #isFallback()} is true. Asking one that has
 * {@code en} for {@code en-GB} serves {@code en}: not exact, but the same language and script, so no fallback.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns {@code null}.
 */
public final class ResolvedLabel {
  private final LanguageTag requested;
  private final Label label;

  private ResolvedLabel(LanguageTag requested, Label label) {
    this.requested = requireNonNull(requested, "requested");
    this.label = requireNonNull(label, "label");
  }

  /**
   * Returns a resolved label.
   *
   * @param requested the language asked for
   * @param label the label that served
   * @return the resolved label
   * @throws NullPointerException if an argument is null
   */
  public static ResolvedLabel of(LanguageTag requested, Label label) {
    return new ResolvedLabel(requested, label);
  }

  /**
   * Returns the language asked for.
   *
   * @return the tag asked for
   */
  public LanguageTag requested() {
    return requested;
  }

  /**
   * Returns the language of the label that served.
   *
   * @return the tag of {@link #label()}
   */
  public LanguageTag served() {
    return label.languageTag();
  }

  /**
   * Returns the label that served.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the text of the label that served.
   *
   * @return the text
   */
  public String text() {
    return label.text();
  }

  /**
   * Returns whether the label is of exactly the tag asked for.
   *
   * @return whether {@link #served()} equals {@link #requested()}
   */
  public boolean isExact() {
    return served().equals(requested);
  }

  /**
   * Returns whether the label is of the language asked for, in the script asked for (the region may differ):
   * {@code en} for {@code en-GB} is, {@code zh} (Simplified) for {@code zh-Hant-TW} is not. See
   * {@link LanguageTag#isSameLanguageAndScript(LanguageTag)}.
   *
   * @return whether the label is in the language and script asked for
   */
  public boolean isSameScript() {
    return served().isSameLanguageAndScript(requested);
  }

  /**
   * Returns whether the label is a fallback: of another language, or of the language asked for in another
   * script. The opposite of {@link #isSameScript()}.
   *
   * @return whether the label is not in the language and script asked for
   */
  public boolean isFallback() {
    return !isSameScript();
  }

  /**
   * Two resolved labels are equal when they were asked for the same tag and served the same label.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResolvedLabel && ((ResolvedLabel) other).requested.equals(requested)
        && ((ResolvedLabel) other).label.equals(label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, label);
  }

  /**
   * Returns a debugging form such as {@code zh-Hant-TW -> zh="愿景" (fallback)}.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return requested + " -> " + label + (isExact() ? "" : isFallback() ? " (fallback)" : " (same script)");
  }
}
