package org.ifla.strategy.alignment;

import java.util.List;

/**
 * Fills in message templates. A template is plain text in which {@code {0}}, {@code {1}}, ... stand for the
 * arguments; that is the only special syntax: an apostrophe, a brace that does not open such a placeholder,
 * and a placeholder beyond the arguments are printed as written. (This is {@link java.text.MessageFormat}'s
 * placeholder syntax without its quoting rules, under which an apostrophe vanishes.) Internal.
 */
final class MessageTemplates {
  /** The most digits a placeholder's number has: nine, so that it is an int. */
  private static final int MAX_DIGITS = 9;

  private MessageTemplates() {}

  /** Returns the template with each placeholder {@code {N}} of an argument replaced by the argument. */
  static String fill(String template, List<String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 16 * arguments.size());
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? placeholderEnd(template, i) : -1;
      if (end > 0) {
        int n = Integer.parseInt(template.substring(i + 1, end));
        if (n < arguments.size()) {
          out.append(arguments.get(n));
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * Returns the index of the {@code }} that closes a placeholder opened at {@code open}: one to
   * {@value #MAX_DIGITS} ASCII digits between the braces; -1 if there is none.
   */
  private static int placeholderEnd(String template, int open) {
    int i = open + 1;
    while (i < template.length() && i - open <= MAX_DIGITS && isDigit(template.charAt(i))) {
      i++;
    }
    return i > open + 1 && i < template.length() && template.charAt(i) == '}' ? i : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
