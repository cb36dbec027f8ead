package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * How one model type is written and read: the one mechanism behind every serializer and deserializer of
 * {@link StrategyModule}. Composite types call their parts' codecs directly, without Jackson's lookups.
 *
 * @param <T> the model type
 */
final class Codec<T> {
  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private final Class<T> type;
  private final Writer<? super T> writer;
  private final Input.ValueReader<? extends T> reader;

  private Codec(Class<T> type, Writer<? super T> writer, Input.ValueReader<? extends T> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  static <T> Codec<T> of(Class<T> type, Writer<? super T> writer, Input.ValueReader<? extends T> reader) {
    return new Codec<>(type, writer, reader);
  }

  Class<T> type() {
    return type;
  }

  void write(T value, JsonGenerator out) throws IOException {
    writer.write(value, out);
  }

  T read(Input in) throws IOException {
    return reader.read(in);
  }

  JsonSerializer<T> serializer() {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writer.write(value, gen);
      }
    };
  }

  JsonDeserializer<T> deserializer() {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return reader.read(new Input(p, ctxt, this, type));
      }
    };
  }
}
