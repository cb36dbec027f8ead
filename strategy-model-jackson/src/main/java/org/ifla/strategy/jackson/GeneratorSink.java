package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.ifla.strategy.format.Encoding;
import org.ifla.strategy.format.Name;
import org.ifla.strategy.format.TokenSink;
import org.ifla.strategy.format.TokenSource;
import org.ifla.strategy.format.Written;

/**
 * The document format's view of a Jackson 2 generator. Pre-encoded texts ({@link Encoding}) are written only
 * where the generator's quoting of the plain text would be the same: no character escapes of the caller's, and,
 * for texts beyond ASCII, no escaping of characters beyond ASCII. One per document; not thread-safe.
 */
final class GeneratorSink implements TokenSink {
  /** This adapter's encoded texts. */
  static final Encoding<SerializedString> ENCODED = Encoding.create(SerializedString::new);

  private final JsonGenerator out;

  GeneratorSink(JsonGenerator out) {
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
  public void writeFieldName(Name name) throws IOException {
    out.writeFieldName(ENCODED.name(name));
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
  public void writeConstant(Enum<?> constant) throws IOException {
    SerializedString name = ENCODED.constant(constant);
    if (out.getCharacterEscapes() == null) {
      out.writeString((SerializableString) name);
    } else {
      out.writeString(name.getValue());
    }
  }

  @Override
  public void writeLanguageTag(String tag) throws IOException {
    SerializedString known = out.getCharacterEscapes() == null ? ENCODED.languageTag(tag) : null;
    if (known == null) {
      out.writeFieldName(tag);
    } else {
      out.writeFieldName(known);
    }
  }

  @Override
  public void writeTimeframe(Written.Timeframe form) throws IOException {
    SerializedString encoded = ENCODED.timeframe(form, out.getCharacterEscapes() != null,
        out.getHighestEscapedChar() != 0);
    if (encoded != null) {
      out.writeString((SerializableString) encoded);
    } else {
      out.writeString(form.text());
    }
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
