package org.ifla.strategy.framework;

/** The syntax element and edition ids share; internal to the framework package. */
final class Ids {
  /** The longest id. */
  static final int MAX_LENGTH = 100;

  private Ids() {}

  /**
   * Whether the text is letters and digits (ASCII) with single {@code -}, {@code _} or {@code .} between them,
   * and at most {@value #MAX_LENGTH} characters: {@code [A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*}, read by hand, since
   * the regular expression was a few percent of decoding a plan (see benchmarks/README.md).
   */
  static boolean isWellFormed(CharSequence text) {
    int length = text.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    boolean afterSeparator = true; // at the start, as after a separator: a letter or digit must come
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || c == '_' || c == '.') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
