package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.ifla.strategy.format.Encoding;
import org.ifla.strategy.format.TokenSink;
import org.ifla.strategy.format.TokenSource;

/** The Jackson 2 adapter's source and sink, for the format's tests in its own package. */
public final class Adapters {
  private Adapters() {}

  /** The format's view of the parser. */
  public static TokenSource source(JsonParser parser) {
    return new ParserSource(parser);
  }

  /** The adapter's encoded texts. */
  public static Encoding<?> encoding() {
    return GeneratorSink.ENCODED;
  }

  /** The format's view of the generator. */
  public static TokenSink sink(JsonGenerator generator) {
    return new GeneratorSink(generator);
  }
}
