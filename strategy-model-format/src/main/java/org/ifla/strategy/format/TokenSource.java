package org.ifla.strategy.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * The tokens of one document, as the document format's readers see them: a thin view of one Jackson parser,
 * implemented once per Jackson major version. One instance per document; not thread-safe.
 *
 * <p>Positions ({@link #currentTokenLocation()}, {@link #startOf(Object)}) and pointers ({@link #pointer()}) are
 * the adapter's own objects, which the readers only keep and hand back, in an {@link InvalidInputException}.
 * Closing a source closes its parser only where the source made the parser ({@link TokenSink#parseJsonText}).
 * Methods are named as Jackson 2's {@code JsonParser} names them. Not for use outside this library's modules.
 */
public interface TokenSource extends Closeable {
  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the input is malformed or cannot be read
   */
  Token nextToken() throws IOException;

  /**
   * Returns the current token.
   *
   * @return the token, or null before the first and after the last
   */
  Token currentToken();

  /**
   * Returns the name of the current field: on a {@link Token#FIELD_NAME} and on its value.
   *
   * @return the name
   * @throws IOException if the input cannot be read
   */
  String currentName() throws IOException;

  /**
   * Returns the current token's text, as written.
   *
   * @return the text
   * @throws IOException if the input cannot be read
   */
  String getText() throws IOException;

  /**
   * Returns the buffer holding the current token's text (JSON only; see {@link #getTextOffset()}).
   *
   * @return the buffer, not to be changed
   * @throws IOException if the input cannot be read
   */
  char[] getTextCharacters() throws IOException;

  /**
   * Returns where the current token's text starts in {@link #getTextCharacters()}.
   *
   * @return the offset
   * @throws IOException if the input cannot be read
   */
  int getTextOffset() throws IOException;

  /**
   * Returns the length of the current token's text in {@link #getTextCharacters()}.
   *
   * @return the length
   * @throws IOException if the input cannot be read
   */
  int getTextLength() throws IOException;

  /**
   * Returns whether the current whole number fits a Java {@code int}.
   *
   * @return true if it does
   * @throws IOException if the input cannot be read
   */
  boolean isInt() throws IOException;

  /**
   * Returns the current whole number, which {@link #isInt()}.
   *
   * @return the number
   * @throws IOException if the input cannot be read
   */
  int getIntValue() throws IOException;

  /**
   * Returns the current whole number's value as a {@code BigInteger}'s decimal digits.
   *
   * @return the digits
   * @throws IOException if the input cannot be read
   */
  String integerDigits() throws IOException;

  /**
   * Returns the current number's value as a {@code BigDecimal}'s text.
   *
   * @return the text
   * @throws NumberFormatException if the number has no such form (YAML's {@code .inf}, {@code .nan})
   * @throws IOException if the input cannot be read
   */
  String decimalDigits() throws IOException;

  /**
   * Returns whether the document is YAML.
   *
   * @return true for YAML, false for JSON
   */
  boolean isYaml();

  /**
   * Returns where the current token starts.
   *
   * @return the adapter's position object
   */
  Object currentTokenLocation();

  /**
   * Returns the current parsing context, when the start of the object the source is on can be found later
   * from it ({@link #startOf}) at no cost now (Jackson's own JSON parsers); otherwise null. Asked only on a
   * {@link Token#START_OBJECT}.
   *
   * @return the context, or null
   */
  Object lateStart();

  /**
   * Returns where the object of that context, from {@link #lateStart()}, starts.
   *
   * @param context a context from {@link #lateStart()}
   * @return the adapter's position object
   */
  Object startOf(Object context);

  /**
   * Returns the JSON Pointer of the current place in the document.
   *
   * @return the adapter's pointer object, whose {@code toString()} is the pointer
   */
  Object pointer();

  /**
   * Leaves an unknown field, the source on its value, to the caller's mapper where its configuration asks for
   * that ({@code FAIL_ON_UNKNOWN_PROPERTIES} disabled, or a {@code DeserializationProblemHandler} registered):
   * the mapper skips the value or a handler consumes it. Where it does not, or the value is read by a hardened
   * reader, the format refuses the field.
   *
   * @param name the field's name
   * @return true if the field was dealt with, the source then on the value's last token; false to refuse it
   * @throws IOException if the input cannot be read, or a handler fails
   */
  default boolean skipUnknownField(String name) throws IOException {
    return false;
  }

  /**
   * Returns a sink writing compact JSON text to the writer, with this source's Jackson.
   *
   * @param out where to write
   * @return the sink; close it when done
   * @throws IOException if it cannot be made
   */
  TokenSink jsonText(Writer out) throws IOException;
}
