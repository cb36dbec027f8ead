package org.ifla.strategy.examples.service;

/**
 * Short excerpts of what a client sent, the only form in which the service repeats it in an answer: at most
 * {@value #MAX_LENGTH} characters of a value, control characters shown as {@code ?}, a cut marked with {@code …};
 * a reader's message (which may quote a token of the input) keeps no word longer than {@value #MAX_WORD}
 * characters ({@link #message}).
 */
final class Excerpts {
  /** The most characters of a client's text that an answer repeats. */
  static final int MAX_LENGTH = 80;
  /** The longest run of characters without a space that a message keeps. */
  static final int MAX_WORD = 40;

  private Excerpts() {}

  /** The text quoted and cut to {@value #MAX_LENGTH} characters (code points kept whole). */
  static String of(String text) {
    return '"' + cut(text, MAX_LENGTH) + '"';
  }

  /**
   * A message (an exception's, which may quote a token of the input) with every word cut to {@value #MAX_WORD}
   * characters, and the whole to {@code max}.
   */
  static String message(String text, int max) {
    StringBuilder out = new StringBuilder();
    int word = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      word = Character.isWhitespace(c) ? 0 : word + 1;
      if (word <= MAX_WORD) {
        out.appendCodePoint(c);
      } else if (word == MAX_WORD + 1) {
        out.append('…');
      }
    }
    return cut(out.toString(), max);
  }

  /** A text cut to {@code max} characters (code points kept whole), control characters shown as {@code ?}. */
  static String cut(String text, int max) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (count == max) {
        return out.append('…').toString();
      }
      out.appendCodePoint(Character.isISOControl(c) ? '?' : c);
      count++;
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
