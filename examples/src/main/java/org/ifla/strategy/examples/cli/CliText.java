package org.ifla.strategy.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own words in the language of {@code --lang}: the UTF-8 files {@code cli.properties}
 * (English) and {@code cli_TAG.properties} beside this class, looked up by the locale's fallback, never by the
 * platform's default locale. In a text, {@code {0}}, {@code {1}}... are the arguments; nothing else is special
 * (an apostrophe prints as written).
 */
final class CliText {
  private final ResourceBundle bundle;

  private CliText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The words for a locale: its language's file if there is one, otherwise English. */
  static CliText of(Locale locale) {
    return new CliText(ResourceBundle.getBundle(CliText.class.getPackageName() + ".cli", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The text of a key with {@code {N}} replaced by the N-th argument's {@code String.valueOf}. */
  String get(String key, Object... arguments) {
    String text = bundle.getString(key);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int close = text.indexOf('}', i);
      if (text.charAt(i) == '{' && close > i + 1 && close - i <= 3 && isNumber(text.substring(i + 1, close))) {
        int n = Integer.parseInt(text.substring(i + 1, close));
        if (n < arguments.length) {
          out.append(arguments[n]);
          i = close + 1;
          continue;
        }
      }
      out.append(text.charAt(i));
      i++;
    }
    return out.toString();
  }

  private static boolean isNumber(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
