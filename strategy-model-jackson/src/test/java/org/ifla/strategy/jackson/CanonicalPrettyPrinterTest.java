package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical printer writes the very bytes of the DefaultPrettyPrinter it stands for. */
class CanonicalPrettyPrinterTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The printer StrategyJson used before: DefaultPrettyPrinter, two spaces, "\n", ": ". */
  private static DefaultPrettyPrinter reference() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  @Test
  void writesTheBytesOfTheDefaultPrettyPrinterForAnyDocument() {
    qt().withExamples(400).forAll(integers().all(), booleans().all())
        .checkAssert((seed, bytes) -> assertEquals(write(reference(), seed, bytes),
            write(new CanonicalPrettyPrinter(), seed, bytes), () -> "seed " + seed));
  }

  @Test
  void emptyAndDeepValuesAreWrittenAsTheDefaultPrettyPrinterWritesThem() throws IOException {
    for (int depth : new int[] {0, 1, 2, CanonicalPrettyPrinter.LEVELS - 1, CanonicalPrettyPrinter.LEVELS,
        CanonicalPrettyPrinter.LEVELS + 3}) {
      for (boolean bytes : new boolean[] {true, false}) {
        assertEquals(nested(reference(), depth, bytes), nested(new CanonicalPrettyPrinter(), depth, bytes),
            "depth " + depth);
      }
    }
    assertEquals("{ }", nested(new CanonicalPrettyPrinter(), 0, true).substring(0, 3));
  }

  @Test
  void eachGeneratorGetsAPrinterOfItsOwn() throws IOException {
    CanonicalPrettyPrinter printer = new CanonicalPrettyPrinter();
    CanonicalPrettyPrinter other = printer.createInstance();
    assertNotSame(printer, other);
    // A printer left inside an object does not indent the next document written with a new instance.
    StringWriter first = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(first)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeFieldName("a");
      g.flush();
    }
    assertEquals(write(reference(), 7, true), write(other, 7, true));
  }

  /** Objects nested {@code depth} deep, each with an empty object, an empty array and an array of one value. */
  private static String nested(PrettyPrinter printer, int depth, boolean bytes) throws IOException {
    return generate(printer, bytes, g -> {
      for (int i = 0; i < depth; i++) {
        g.writeStartObject();
        g.writeFieldName("o" + i);
      }
      g.writeStartObject();
      g.writeEndObject();
      for (int i = depth - 1; i >= 0; i--) {
        g.writeFieldName("e" + i);
        g.writeStartArray();
        g.writeEndArray();
        g.writeArrayFieldStart("a" + i);
        g.writeStartArray();
        g.writeNumber(i);
        g.writeEndArray();
        g.writeEndArray();
        g.writeEndObject();
      }
    });
  }

  /** A random sequence of root values, each a random tree of objects, arrays and scalars. */
  private static String write(PrettyPrinter printer, int seed, boolean bytes) {
    try {
      return generate(printer, bytes, g -> {
        Random random = new Random(seed);
        int roots = 1 + random.nextInt(3);
        for (int i = 0; i < roots; i++) {
          value(g, random, 0);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void value(JsonGenerator g, Random random, int depth) throws IOException {
    int kind = depth > 80 ? 3 + random.nextInt(3) : random.nextInt(depth < 3 ? 3 : 6);
    switch (kind) {
      case 0:
      case 1:
        g.writeStartObject();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
          g.writeFieldName("f" + i);
          value(g, random, depth + 1);
        }
        g.writeEndObject();
        break;
      case 2:
        g.writeStartArray();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
          value(g, random, depth + 1);
        }
        g.writeEndArray();
        break;
      case 3:
        g.writeString("t\u00e9xt " + random.nextInt(100));
        break;
      case 4:
        g.writeNumber(random.nextInt());
        break;
      default:
        g.writeBoolean(random.nextBoolean());
        break;
    }
  }

  @FunctionalInterface
  private interface Events {
    void write(JsonGenerator g) throws IOException;
  }

  private static String generate(PrettyPrinter printer, boolean bytes, Events events) throws IOException {
    if (bytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.setPrettyPrinter(printer);
        events.write(g);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      events.write(g);
    }
    return out.toString();
  }
}
