package org.ifla.strategy.jackson3;

import java.io.IOException;
import org.ifla.strategy.format.Encoding;
import org.ifla.strategy.format.Name;
import org.ifla.strategy.format.TokenSink;
import org.ifla.strategy.format.TokenSource;
import org.ifla.strategy.format.Written;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.core.io.SerializedString;

/**
 * The document format's view of a Jackson 3 generator. Pre-encoded texts ({@link Encoding}) are written only
 * where the generator's quoting of the plain text would be the same: no character escapes of the caller's, and,
 * for texts beyond ASCII, no escaping of characters beyond ASCII. One per document; not thread-safe.
 */
record GeneratorSink(JsonGenerator out) implements TokenSink {
  /** This adapter's encoded texts. */
  static final Encoding<SerializedString> ENCODED = Encoding.create(SerializedString::new);

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
  public void writeFieldName(Name name) {
    out.writeName(ENCODED.name(name));
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
  public void writeConstant(Enum<?> constant) {
    SerializedString name = ENCODED.constant(constant);
    if (out.getCharacterEscapes() == null) {
      out.writeString((SerializableString) name);
    } else {
      out.writeString(name.getValue());
    }
  }

  @Override
  public void writeLanguageTag(String tag) {
    SerializedString known = out.getCharacterEscapes() == null ? ENCODED.languageTag(tag) : null;
    if (known == null) {
      out.writeName(tag);
    } else {
      out.writeName(known);
    }
  }

  @Override
  public void writeTimeframe(Written.Timeframe form) {
    SerializedString encoded = ENCODED.timeframe(form, out.getCharacterEscapes() != null,
        out.getHighestNonEscapedChar() != 0);
    if (encoded != null) {
      out.writeString((SerializableString) encoded);
    } else {
      out.writeString(form.text());
    }
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
