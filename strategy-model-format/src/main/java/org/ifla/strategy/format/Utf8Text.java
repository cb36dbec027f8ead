package org.ifla.strategy.format;

import java.io.CharConversionException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a YAML document given as bytes: UTF-8, decoded strictly, a byte sequence that is not UTF-8
 * failing with a {@link CharConversionException}. Both Jackson modules' YAML parsers read bytes through it (the
 * YAML modules of Jackson 2 and 3 decode otherwise, and find bad bytes at different times), and report such a
 * failure for the document as a whole ({@link #encodingError}). Not thread-safe, as readers are not. Not for
 * use outside this library's modules.
 */
public final class Utf8Text extends FilterReader {
  private Utf8Text(Reader in) {
    super(in);
  }

  /**
   * Returns a reader of the stream's UTF-8 text.
   *
   * @param in the bytes
   * @return the reader; closing it closes the stream
   */
  public static Reader of(InputStream in) {
    return new Utf8Text(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (CharacterCodingException e) {
      throw notUtf8(e);
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    try {
      return super.read(buffer, offset, length);
    } catch (CharacterCodingException e) {
      throw notUtf8(e);
    }
  }

  private static CharConversionException notUtf8(CharacterCodingException e) {
    CharConversionException error = new CharConversionException(MESSAGE);
    error.initCause(e);
    return error;
  }

  private static final String MESSAGE = "the document is not UTF-8 text";

  /**
   * Returns the reason a format exception gives for a failure to decode a document's bytes
   * ({@link #encodingError}), or null when the exception is none.
   *
   * @param e the exception
   * @return the reason, or null
   */
  public static String encodingReason(Throwable e) {
    CharConversionException encoding = encodingError(e);
    return encoding == null ? null : Codecs.reason(String.valueOf(encoding.getMessage()));
  }

  /**
   * Returns whether an exception, or one it was caused by, is a failure to decode a document's bytes, which a
   * format exception reports for the document as a whole, without a line, column or pointer: the parsers of
   * Jackson 2 and 3 read ahead differently, so no place would be the same under both.
   *
   * @param e the exception
   * @return the decoding failure, or null
   */
  public static CharConversionException encodingError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return (CharConversionException) t;
      }
    }
    return null;
  }
}
