package org.ifla.strategy.alignment;

import java.util.Locale;
import org.ifla.strategy.text.LanguageTag;

/** How serious a finding is. Listed from the most serious; findings of one place and rule order this way. */
public enum Severity {
  /** The plan does not align with its edition as the rules require. */
  ERROR,
  /** Probably a mistake, worth a look. */
  WARNING,
  /** For information only. */
  INFO;

  /**
   * Returns the severity's name for people, in the language that best fits the tag (following
   * {@link org.ifla.strategy.text.LocalizedText#fallbackChain(org.ifla.strategy.text.LanguageTag)}): in English
   * the constant's name, {@code ERROR}, {@code WARNING}, {@code INFO}; in Chinese {@code 错误}, {@code 警告}, {@code 提示}. Names come
   * from the alignment message files, beside the rules' messages.
   *
   * @param languageTag the language asked for
   * @return the name
   * @throws NullPointerException if the tag is null
   */
  public String displayName(LanguageTag languageTag) {
    return Messages.template("severity." + name().toLowerCase(Locale.ROOT)).text(languageTag);
  }

  /**
   * Returns {@link #displayName(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return the name
   * @throws NullPointerException if the locale is null
   */
  public String displayName(Locale locale) {
    return displayName(LanguageTag.of(locale));
  }
}
