package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ifla.strategy.jackson.Adapters;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.junit.jupiter.api.Test;

/** Pre-encoded written forms are the bytes the generator writes for the plain strings, under any settings. */
class WrittenTest {
  private static final JsonFactory PLAIN = new JsonFactory();
  private static final JsonFactory ESCAPING = JsonFactory.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
  private static final JsonFactory SINGLE_QUOTES = new JsonFactoryBuilder().quoteChar('\'').build();
  private static final List<String> TEXTS = List.of("Nov 2019 - May 2020", "Nov 2019 \u2013 May 2020",
      "2019-11/2020-05", "by April 2017", "at WLIC 2017", "l'an 2020", "\"2020\"", "back\\slash", "tab\t",
      "\u6f22\u5b57 2020", "emoji \ud83d\udcda 2020", "del\u007f", "2016-17", "x".repeat(Written.MAX_LENGTH + 1));

  @FunctionalInterface
  private interface Events {
    void write(JsonGenerator g) throws IOException;
  }

  private static String bytes(JsonFactory factory, Events events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out)) {
      events.write(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String chars(JsonFactory factory, Events events) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      events.write(g);
    }
    return out.toString();
  }

  private static JsonFactory customEscapes() {
    JsonFactory factory = new JsonFactory();
    factory.setCharacterEscapes(new CharacterEscapes() {
      private static final long serialVersionUID = 1L;

      @Override
      public int[] getEscapeCodesForAscii() {
        int[] codes = standardAsciiEscapesForJSON();
        codes['-'] = CharacterEscapes.ESCAPE_STANDARD;
        return codes;
      }

      @Override
      public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
        return null;
      }
    });
    return factory;
  }

  @Test
  void statedTimeframeTextsAreWrittenAsThePlainStringsUnderEverySetting() throws IOException {
    for (JsonFactory factory : List.of(PLAIN, ESCAPING, SINGLE_QUOTES, customEscapes())) {
      for (String text : TEXTS) {
        StatedTimeframe value = StatedTimeframe.parse(text);
        Written.Timeframe form = Written.timeframe(text);
        assertTrue(form.isTextForm(value), text);
        // twice: the first write remembers the form, the second uses it
        for (int i = 0; i < 2; i++) {
          assertEquals(bytes(factory, g -> g.writeString(text)), bytes(factory, g -> Adapters.sink(g).writeTimeframe(form)), text);
          assertEquals(chars(factory, g -> g.writeString(text)), chars(factory, g -> Adapters.sink(g).writeTimeframe(form)), text);
          assertEquals(bytes(factory, g -> g.writeString(text)),
              bytes(factory, g -> ScalarCodecs.writeStated(value, Adapters.sink(g))), text);
        }
      }
    }
  }

  @Test
  void aTimeframeWithIntervalsOtherThanItsTextsIsNotItsTextForm() throws IOException {
    StatedTimeframe read = StatedTimeframe.parse("Nov 2019 - May 2020");
    StatedTimeframe copy = StatedTimeframe.of("Nov 2019 - May 2020", read.intervals());
    StatedTimeframe other = StatedTimeframe.of("Nov 2019 - May 2020", List.of(Timeframe.parse("2019-11/2020-06")));
    Written.Timeframe form = Written.timeframe("Nov 2019 - May 2020");
    assertTrue(form.isTextForm(read));
    assertTrue(form.isTextForm(copy));
    assertFalse(form.isTextForm(other));
    assertEquals("{\"text\":\"Nov 2019 - May 2020\",\"intervals\":[\"2019-11/2020-06\"]}",
        bytes(PLAIN, g -> ScalarCodecs.writeStated(other, Adapters.sink(g))));
  }

  @Test
  void languageTagsAreWrittenAsThePlainFieldNames() throws IOException {
    for (JsonFactory factory : List.of(PLAIN, ESCAPING, SINGLE_QUOTES, customEscapes())) {
      for (String tag : List.of("en", "zh", "zh-Hant", "x-\u00e9", "a/b", "it's", "q\"", "t".repeat(200))) {
        for (int i = 0; i < 2; i++) {
          Events plain = g -> {
            g.writeStartObject();
            g.writeFieldName(tag);
            g.writeNumber(1);
            g.writeEndObject();
          };
          Events known = g -> {
            g.writeStartObject();
            Adapters.sink(g).writeLanguageTag(tag);
            g.writeNumber(1);
            g.writeEndObject();
          };
          assertEquals(bytes(factory, plain), bytes(factory, known), tag);
          assertEquals(chars(factory, plain), chars(factory, known), tag);
        }
      }
    }
  }

  @Test
  void manyDistinctTextsAreWrittenRightBeyondWhatIsRemembered() throws IOException {
    for (int i = 0; i < Written.LIMIT + 10; i++) {
      String text = "in " + (1000 + i);
      String tag = "x-t" + i;
      assertEquals(bytes(PLAIN, g -> g.writeString(text)), bytes(PLAIN, g -> Adapters.sink(g).writeTimeframe(Written.timeframe(text))));
      assertEquals(bytes(PLAIN, g -> field(g, tag)), bytes(PLAIN, g -> {
        g.writeStartObject();
        Adapters.sink(g).writeLanguageTag(tag);
        g.writeNull();
        g.writeEndObject();
      }));
    }
    assertTrue(Written.remembered(Adapters.encoding()) <= 2 * Written.LIMIT, () -> "remembered " + Written.remembered(Adapters.encoding()));
  }

  private static void field(JsonGenerator g, String name) throws IOException {
    g.writeStartObject();
    g.writeFieldName(name);
    g.writeNull();
    g.writeEndObject();
  }

  @Test
  void constantsAreWrittenByTheirNamesInDocuments() throws IOException {
    for (Class<? extends Enum<?>> type : List.of(ElementKind.class, UnitType.class, PlanTemplate.class,
        FundingNeed.class, AlignmentLevel.class, Severity.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertEquals('"' + Names.of(constant) + '"', bytes(PLAIN, g -> Adapters.sink(g).writeConstant(constant)));
        assertEquals('"' + Names.of(constant) + '"', chars(ESCAPING, g -> Adapters.sink(g).writeConstant(constant)));
        assertEquals(bytes(customEscapes(), g -> g.writeString(Names.of(constant))),
            bytes(customEscapes(), g -> Adapters.sink(g).writeConstant(constant)));
      }
    }
  }

  @Test
  void namesMustBePlainAscii() {
    assertEquals("focusAreas", Written.name("focusAreas").value());
    for (String bad : List.of("a/b", "caf\u00e9", "q\"", "back\\", "it's", "tab\t", "del\u007f")) {
      assertThrows(IllegalArgumentException.class, () -> Written.name(bad), bad);
    }
  }

  @Test
  void plainTextsHaveNoCharacterAnySettingEscapes() {
    for (String plain : List.of("", "Nov 2019 - May 2020", "Nov 2019 \u2013 May 2020", "\u6f22\u5b57", "a b,c.d:e")) {
      assertTrue(Written.isPlain(plain), plain);
    }
    for (String escaped : List.of("a/b", "\"", "\\", "'", "\n", "\u001f", "\u007f", "\ud83d\udcda", "\udcda")) {
      assertFalse(Written.isPlain(escaped), escaped);
    }
  }
}
