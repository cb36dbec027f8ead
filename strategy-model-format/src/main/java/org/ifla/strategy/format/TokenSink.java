package org.ifla.strategy.format;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the document format's writers write: a thin view of one Jackson generator, implemented once per
 * Jackson major version. One instance per document; not thread-safe. Methods are named as Jackson 2's
 * {@code JsonGenerator} names them. Not for use outside this library's modules.
 */
public interface TokenSink extends Closeable {
  /**
   * Writes the start of an object.
   *
   * @throws IOException if writing fails
   */
  void writeStartObject() throws IOException;

  /**
   * Writes the end of an object.
   *
   * @throws IOException if writing fails
   */
  void writeEndObject() throws IOException;

  /**
   * Writes the start of an array.
   *
   * @throws IOException if writing fails
   */
  void writeStartArray() throws IOException;

  /**
   * Writes the end of an array.
   *
   * @throws IOException if writing fails
   */
  void writeEndArray() throws IOException;

  /**
   * Writes a field's name.
   *
   * @param name the name
   * @throws IOException if writing fails
   */
  void writeFieldName(String name) throws IOException;

  /**
   * Writes a field's name, encoded once.
   *
   * @param name the name
   * @throws IOException if writing fails
   */
  void writeFieldName(Name name) throws IOException;

  /**
   * Writes a text.
   *
   * @param text the text
   * @throws IOException if writing fails
   */
  void writeString(String text) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void writeNumber(int value) throws IOException;

  /**
   * Writes a number given by its JSON digits.
   *
   * @param digits the number as JSON writes it
   * @throws IOException if writing fails
   */
  void writeNumber(String digits) throws IOException;

  /**
   * Writes true or false.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void writeBoolean(boolean value) throws IOException;

  /**
   * Writes null.
   *
   * @throws IOException if writing fails
   */
  void writeNull() throws IOException;

  /**
   * Writes an enum constant's name in documents as a text, encoded once where the generator allows.
   *
   * @param constant the constant
   * @throws IOException if writing fails
   */
  void writeConstant(Enum<?> constant) throws IOException;

  /**
   * Writes a language tag as a field's name, encoded once where the generator allows.
   *
   * @param tag the tag
   * @throws IOException if writing fails
   */
  void writeLanguageTag(String tag) throws IOException;

  /**
   * Writes a stated timeframe's text, encoded once where the generator allows.
   *
   * @param form the text's written form
   * @throws IOException if writing fails
   */
  void writeTimeframe(Written.Timeframe form) throws IOException;

  /**
   * Returns a source reading the JSON text, with this sink's Jackson; it reports malformed text as an
   * {@link IOException} whose message is Jackson's, without the position.
   *
   * @param json the text
   * @return the source, positioned before the first token
   * @throws IOException if it cannot be made
   */
  TokenSource parseJsonText(String json) throws IOException;

  /**
   * Returns an exception for a value that cannot be written, as the adapter's Jackson reports one.
   *
   * @param message what is wrong
   * @param cause the cause, or null
   * @return the exception to throw
   */
  IOException outputError(String message, Throwable cause);

  /**
   * Writes a field's name and a text.
   *
   * @param name the name
   * @param text the text
   * @throws IOException if writing fails
   */
  default void writeStringField(String name, String text) throws IOException {
    writeFieldName(name);
    writeString(text);
  }

  /**
   * Writes a field's name and a boolean.
   *
   * @param name the name
   * @param value the value
   * @throws IOException if writing fails
   */
  default void writeBooleanField(String name, boolean value) throws IOException {
    writeFieldName(name);
    writeBoolean(value);
  }

  /**
   * Writes a field's name and a whole number.
   *
   * @param name the name
   * @param value the number
   * @throws IOException if writing fails
   */
  default void writeNumberField(String name, int value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a field's name and the start of an array.
   *
   * @param name the name
   * @throws IOException if writing fails
   */
  default void writeArrayFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }
}
