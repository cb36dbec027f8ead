package org.ifla.strategy.format;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a YAML document at a run of characters longer than the string limit with no whitespace, quote,
 * backslash or flow indicator in it. Such a run lies inside one scalar, so the document would fail the string
 * limit anyway; but SnakeYAML looks ahead over a whole run before it hands the scalar over, and the time it
 * takes grows with the square of the run's length (a 50 MB word takes minutes). This fails it in linear time,
 * with the exception the adapter's Jackson raises for a string beyond its limit ({@link #tooLong}). Not
 * thread-safe, as readers are not. Not for use outside this library's modules.
 */
public abstract class ScalarRunLimit extends FilterReader {
  private final int maxRun;
  private int run;

  /**
   * Creates a reader.
   *
   * @param in the YAML text
   * @param maxRun the string limit
   */
  protected ScalarRunLimit(Reader in, int maxRun) {
    super(in);
    this.maxRun = maxRun;
  }

  /**
   * Throws the exception for a string beyond the limit.
   *
   * @param message the message, in the words of Jackson's own check
   * @throws IOException the adapter's exception, or an unchecked one
   */
  protected abstract void tooLong(String message) throws IOException;

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  private void count(char c) throws IOException {
    switch (c) {
      case ' ': case '\t': case '\n': case '\r': case '"': case '\'': case '\\':
      case '[': case ']': case '{': case '}': case ',':
        run = 0;
        return;
      default:
        if (++run > maxRun) {
          tooLong("String value length (> " + maxRun + ") exceeds the maximum allowed (" + maxRun
              + ", from `StreamReadConstraints.getMaxStringLength()`)");
        }
    }
  }
}
