package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.ifla.strategy.format.Encoding;
import org.ifla.strategy.format.EncodingSink;
import org.ifla.strategy.format.TokenSource;

/**
 * The document format's view of a Jackson 2 generator, writing the format's pre-encoded texts ({@link Encoding})
 * as Jackson 2's {@code SerializedString}s where {@link EncodingSink} decides they may be. One per document; not
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
  public void writeStartObject() throws IOException {
    out.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    out.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    out.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    out.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    out.writeFieldName(name);
  }

  @Override
  public void writeString(String text) throws IOException {
    out.writeString(text);
  }

  @Override
  public void writeNumber(int value) throws IOException {
    out.writeNumber(value);
  }

  @Override
  public void writeNumber(String digits) throws IOException {
    out.writeNumber(digits);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    out.writeBoolean(value);
  }

  @Override
  public void writeNull() throws IOException {
    out.writeNull();
  }

  @Override
  protected void writeEncoded(SerializedString text) throws IOException {
    out.writeString((SerializableString) text);
  }

  @Override
  protected void writeEncodedName(SerializedString name) throws IOException {
    out.writeFieldName(name);
  }

  @Override
  protected boolean hasCallersEscapes() {
    return out.getCharacterEscapes() != null;
  }

  @Override
  protected boolean escapesNonAscii() {
    return out.getHighestEscapedChar() != 0;
  }

  @Override
  public TokenSource parseJsonText(String json) throws IOException {
    return new ParserSource(ParserSource.JSON.createParser(json), true);
  }

  @Override
  public IOException outputError(String message, Throwable cause) {
    return new JsonGenerationException(message, cause, out);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
