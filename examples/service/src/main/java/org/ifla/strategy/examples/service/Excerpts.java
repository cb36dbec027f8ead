package org.ifla.strategy.examples.service;

/**
 * Short excerpts of what a client sent, the only form in which the service repeats it in an answer: at most
 * {@value #MAX_LENGTH} characters, control characters shown as {@code ?}, a cut marked with {@code …}.
 */
final class Excerpts {
  /** The most characters of a client's text that an answer repeats. */
  static final int MAX_LENGTH = 80;

  private Excerpts() {}

  /** The text quoted and cut to {@value #MAX_LENGTH} characters (code points kept whole). */
  static String of(String text) {
    return '"' + cut(text, MAX_LENGTH) + '"';
  }

  /** A message (an exception's, which may quote the input) cut to {@code max} characters. */
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
