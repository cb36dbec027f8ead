package org.ifla.strategy.format;

import java.io.IOException;

/**
 * How one model type is written and read: the one mechanism behind every serializer and deserializer of the
 * Jackson modules. Composite types call their parts' codecs directly, without Jackson's lookups. Immutable and
 * thread-safe. Not for use outside this library's modules.
 *
 * @param <T> the model type
 */
public final class Codec<T> {
  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, TokenSink out) throws IOException;
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

  /**
   * Returns the model type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(T value, TokenSink out) throws IOException {
    writer.write(value, out);
  }

  /**
   * Reads a value from the source, which is on the value's first token (or, for an object, on its first field
   * name or its end, where the object's start was taken already).
   *
   * @param in the source
   * @return the value
   * @throws InvalidInputException if the value is well-formed but not a valid part of the model
   * @throws IOException if the input is malformed or cannot be read (the adapter's exceptions)
   */
  public T read(TokenSource in) throws IOException {
    return reader.read(new Input(in));
  }

  T read(Input in) throws IOException {
    return reader.read(in);
  }
}
