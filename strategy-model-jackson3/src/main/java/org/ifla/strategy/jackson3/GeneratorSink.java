package org.ifla.strategy.jackson3;

import java.io.IOException;
import org.ifla.strategy.format.Encoding;
import org.ifla.strategy.format.EncodingSink;
import org.ifla.strategy.format.TokenSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.core.io.SerializedString;

/**
 * The document format's view of a Jackson 3 generator, writing the format's pre-encoded texts ({@link Encoding})
 * as Jackson 3's {@code SerializedString}s where {@link EncodingSink} decides they may be. One per document; not
 * thread-safe.
 */
final class GeneratorSink extends EncodingSink<SerializedString> {
  /** This adapter's encoded texts. */
  static final Encoding<SerializedString> ENCODED = Encoding.create(SerializedString::new);

  private final JsonGenerator out;

  GeneratorSink(JsonGenerator out) {
    super(ENCODED);
    this.out = out;
  }

  @Override
  public void writeStartObject() {
    out.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    out.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    out.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    out.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) {
    out.writeName(name);
  }

  @Override
  public void writeString(String text) {
    out.writeString(text);
  }

  @Override
  public void writeNumber(int value) {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(String digits) {
    out.writeNumber(digits);
  }

  @Override
  public void writeBoolean(boolean value) {
    out.writeBoolean(value);
  }

  @Override
  public void writeNull() {
    out.writeNull();
  }

  @Override
  protected void writeEncoded(SerializedString text) {
    out.writeString((SerializableString) text);
  }

  @Override
  protected void writeEncodedName(SerializedString name) {
    out.writeName(name);
  }

  @Override
  protected boolean hasCallersEscapes() {
    return out.getCharacterEscapes() != null;
  }

  @Override
  protected boolean escapesNonAscii() {
    return out.getHighestNonEscapedChar() != 0;
  }

  @Override
  public TokenSource parseJsonText(String json) {
    return ParserSource.ofJsonText(json);
  }

  @Override
  public IOException outputError(String message, Throwable cause) {
    return new IOException(message, cause);
  }

  @Override
  public void close() {
    out.close();
  }

  /** An output error as Jackson 3 reports it: unchecked. */
  static StreamWriteException unchecked(JsonGenerator out, IOException e) {
    return new StreamWriteException(out, e.getMessage(), e.getCause() != null ? e.getCause() : e);
  }
}
