package org.ifla.strategy.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ifla.strategy.format.ReadLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * The hardened YAML factory itself, as an application reaches it through the mapper: its copy and snapshot, its
 * parsers over arrays, and its generator's strings.
 */
class HardenedYamlFactoryTest {
  private static HardenedYamlFactory factory() {
    return (HardenedYamlFactory) StrategyJson.newYamlMapper(ReadLimits.defaults().withMaxStringLength(100))
        .tokenStreamFactory();
  }

  /** Reads the document to its end, returning the tokens and their texts. */
  private static List<String> read(JsonParser parser) {
    List<String> tokens = new ArrayList<>();
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens.add(token + " " + parser.getString());
      }
    }
    return tokens;
  }

  /** Asserts the factory's parsers, made by {@code parser} from a document, are hardened. */
  private static void assertHardened(Function<String, JsonParser> parser) {
    for (String[] refused : new String[][] {{"a: &x {b: 1}\n", "YAML anchors are not allowed (&x)"},
        {"a: *x\n", "YAML aliases are not allowed (*x)"}, {"a: !x 1\n", "YAML tags are not allowed (\"!x\")"},
        {"a: " + "y ".repeat(50) + "y\n", "String value length (101) exceeds the maximum allowed (100,"},
        {"a: " + "y".repeat(101) + "\n", "String value length (> 100) exceeds the maximum allowed (100,"}}) {
      JacksonException e = assertThrows(JacksonException.class, () -> read(parser.apply(refused[0])), refused[0]);
      assertTrue(e.getOriginalMessage().contains(refused[1]), e::getMessage);
    }
    // plain scalars as YAML 1.1 reads them: yes is a text, 0x1F a number
    assertEquals(List.of("START_OBJECT {", "PROPERTY_NAME a", "VALUE_STRING yes", "PROPERTY_NAME b",
        "VALUE_NUMBER_INT 0x1F", "END_OBJECT }"), read(parser.apply("a: yes\nb: 0x1F\n")));
  }

  @Test
  void itsCopyAndSnapshotAreHardenedAndKeepItsLimits() {
    HardenedYamlFactory factory = factory();
    assertSame(factory, factory.snapshot()); // immutable
    TokenStreamFactory copy = factory.copy();
    assertNotSame(factory, copy);
    assertInstanceOf(HardenedYamlFactory.class, copy);
    assertEquals(100, copy.streamReadConstraints().getMaxStringLength());
    for (TokenStreamFactory f : List.of(factory, factory.snapshot(), copy)) {
      assertHardened(document -> f.createParser(ObjectReadContext.empty(), document));
    }
  }

  @Test
  void itsParsersOverByteAndCharArraysAreHardenedAndReadTheirSliceOnly() {
    HardenedYamlFactory factory = factory();
    assertHardened(document -> factory.createParser(ObjectReadContext.empty(), document.getBytes(UTF_8)));
    assertHardened(document -> factory.createParser(ObjectReadContext.empty(), document.toCharArray()));
    String around = "[\nb: 2\n]";
    assertHardened(document -> {
      byte[] bytes = (around.substring(0, 2) + document + around.substring(2)).getBytes(UTF_8);
      return factory.createParser(ObjectReadContext.empty(), bytes, 2, bytes.length - around.length());
    });
    assertHardened(document -> {
      char[] chars = (around.substring(0, 2) + document + around.substring(2)).toCharArray();
      return factory.createParser(ObjectReadContext.empty(), chars, 2, chars.length - around.length());
    });
  }

  @Test
  void itsGeneratorQuotesTextsWithLineBreaksOnlyYamlSeesWhereAValueMayStand() {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory().createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartObject();
      JacksonException name = assertThrows(JacksonException.class, () -> generator.writeString("x\u2028y"));
      assertTrue(name.getOriginalMessage().contains("expecting a property name"), name::getMessage);
      generator.writeName("a");
      assertSame(generator, generator.writeString("x\u2028y"));
      generator.writeName("b");
      assertSame(generator, generator.writeString("x y"));
      generator.writeName("c");
      assertSame(generator, generator.writeString((String) null));
      generator.writeEndObject();
    }
    assertEquals("a: \"x\u2028y\"\nb: x y\nc: null\n", out.toString());
  }
}
