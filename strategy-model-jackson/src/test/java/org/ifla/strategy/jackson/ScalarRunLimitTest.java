package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A run of characters longer than the string limit, with nothing that ends a scalar in it, stops the reader. */
class ScalarRunLimitTest {
  private static Reader limited(String text, int max) {
    return new HardenedYamlFactory.RunLimit(new StringReader(text), StreamReadConstraints.builder().maxStringLength(max).build());
  }

  private static String readByChar(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int c = in.read(); c >= 0; c = in.read()) {
      out.append((char) c);
    }
    return out.toString();
  }

  @Test
  void aRunUpToTheLimitPassesOneOverFails() throws IOException {
    assertEquals("aaaa bbbb", readByChar(limited("aaaa bbbb", 4)));
    assertThrows(StreamConstraintsException.class, () -> readByChar(limited("aaaaa", 4)));
    char[] buffer = new char[16];
    assertEquals(9, limited("aaaa\nbbbb", 4).read(buffer, 0, 16));
    assertThrows(StreamConstraintsException.class, () -> limited("aaaaa", 4).read(buffer, 0, 16));
  }

  @Test
  void whitespaceQuotesBackslashesAndFlowIndicatorsEndARun() throws IOException {
    for (char end : " \t\n\r\"'\\[]{},".toCharArray()) {
      String text = "aaaa" + end + "bbbb" + end + "cccc";
      assertEquals(text, readByChar(limited(text, 4)), () -> "U+" + Integer.toHexString(end));
    }
    assertThrows(StreamConstraintsException.class, () -> readByChar(limited("aaaa:bbbb", 4)));
    assertEquals(-1, limited("", 4).read());
  }
}
