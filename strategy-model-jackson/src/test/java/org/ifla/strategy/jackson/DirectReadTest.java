package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrategyJson} reads model types with their codecs directly, not through databind, and in JSON checks
 * repeated fields itself instead of the parser: what it reads and every error it reports (the reason, line and
 * column) are those of the hardened mappers' databind path, and a repeated field is refused in every kind of
 * object, at its name.
 */
class DirectReadTest {
  private static final String HEADER = "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, ";
  private static final String PLAN = HEADER + "\"template\": \"goals\", \"unit\": {\"name\": {\"en\": \"A\"}, "
      + "\"type\": \"network\"}}";

  static List<BadInputTest.Case> cases() {
    return BadInputTest.cases();
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = DirectReadTest.class.getResourceAsStream("/bad/" + file)) {
      return in.readAllBytes();
    }
  }

  private static Class<?> type(String file) {
    return file.startsWith("edition-") ? StrategyEdition.class
        : file.startsWith("crosswalk-") ? Crosswalk.class : ActionPlan.class;
  }

  /** The error of the databind path: the hardened mapper's {@code readValue}. */
  private static IOException databindError(ObjectMapper mapper, byte[] document, Class<?> type) {
    return assertThrows(IOException.class, () -> {
      Object value = mapper.readValue(document, type);
      if (value == null) { // a null document is StrategyJson's own error, after the same read
        throw new com.fasterxml.jackson.core.JsonParseException(null, "the document is null, not a value");
      }
    });
  }

  private static void assertSameError(StrategyJson format, ObjectMapper mapper, String name, byte[] document,
      Class<?> type) {
    StrategyFormatException direct = assertThrows(StrategyFormatException.class,
        () -> format.read(new ByteArrayInputStream(document), name, type));
    IOException error = databindError(mapper, document, type);
    if (!(error instanceof JsonProcessingException)) { // bytes in no encoding JSON can be in
      assertEquals(error.getMessage(), direct.reason(), name);
      return;
    }
    JsonProcessingException databind = (JsonProcessingException) error;
    // the reason as both Jackson modules word it (Codecs.reason)
    String reason = Codecs.reason(databind.getOriginalMessage());
    if (reason.equals("the document is null, not a value")) {
      assertEquals(reason, direct.reason());
      return;
    }
    assertEquals(reason, direct.reason(), name);
    JsonLocation location = databind.getLocation();
    assertEquals(location == null ? -1 : location.getLineNr(), direct.line(), name);
    if (!reason.startsWith("Duplicate field")) { // the parser's check is at the name's end, the readers' at its start
      assertEquals(location == null ? -1 : location.getColumnNr(), direct.column(), name);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyBadInputFailsAsThroughDatabind(BadInputTest.Case c) throws IOException {
    boolean json = c.file().endsWith(".json");
    assertSameError(json ? StrategyJson.json() : StrategyJson.yaml(),
        json ? StrategyJson.newJsonMapper() : StrategyJson.newYamlMapper(), c.file(), bytes(c.file()),
        type(c.file()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n", "null", "null null", "null {}", PLAN + " {}", PLAN + " x", PLAN + " 1",
      PLAN + " null", PLAN + "]", "[]", "{}", "\"text\"", "12", "{\"en\": \"A\"} {\"en\": \"B\"}", "]"})
  void emptyNullAndTrailingContentFailAsThroughDatabind(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    for (Class<?> type : List.of(ActionPlan.class, LocalizedText.class)) {
      assertSameError(StrategyJson.json(), StrategyJson.newJsonMapper(), "json", bytes, type);
      assertSameError(StrategyJson.yaml(), StrategyJson.newYamlMapper(), "yaml", bytes, type);
    }
  }

  @Test
  void aDocumentReadsTheSameDirectlyAndThroughDatabind() throws IOException {
    byte[] bytes = PLAN.getBytes(StandardCharsets.UTF_8);
    assertEquals(StrategyJson.newJsonMapper().readValue(bytes, ActionPlan.class),
        StrategyJson.json().read(new ByteArrayInputStream(bytes), "json", ActionPlan.class));
    assertEquals(StrategyJson.newYamlMapper().readValue(bytes, ActionPlan.class),
        StrategyJson.yaml().read(new ByteArrayInputStream(bytes), "yaml", ActionPlan.class));
    // a type the module does not cover still goes through databind, the parser's duplicate check included
    assertEquals(List.of("a"), StrategyJson.json().read("[\"a\"]", List.class));
    StrategyFormatException e = assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().read("{\"a\": 1, \"a\": 2}", java.util.Map.class));
    assertTrue(e.reason().contains("Duplicate field 'a'"), e::getMessage);
  }

  private static StrategyFormatException duplicate(String document, Class<?> type) {
    StrategyFormatException e = assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().read(document, type));
    assertNotNull(e.reason());
    return e;
  }

  @Test
  void aRepeatedFieldIsRefusedInEveryObjectAtItsName() {
    String activity = "\"activities\": [{\"number\": \"1\", \"title\": {\"en\": \"A\"}, \"number\": \"2\"}]";
    String plan = HEADER + "\"template\": \"goals\", " + activity + "}";
    StrategyFormatException e = duplicate(plan, ActionPlan.class);
    assertEquals("Duplicate field 'number'", e.reason());
    assertEquals("/activities/0/number", e.pointer());
    assertEquals(1, e.line());
    assertEquals(plan.lastIndexOf("\"number\"") + 1, e.column()); // at the name
    // in a localized text, the first, second and a later tag
    for (String labels : List.of("\"en\": \"A\", \"en\": \"B\"", "\"en\": \"A\", \"zh\": \"B\", \"zh\": \"C\"",
        "\"en\": \"A\", \"zh\": \"B\", \"fr\": \"C\", \"de\": \"D\", \"fr\": \"E\"")) {
      e = duplicate("{" + labels + "}", LocalizedText.class);
      assertTrue(e.reason().startsWith("Duplicate field '"), e::getMessage);
      assertEquals(labels.substring(labels.lastIndexOf(", \"") + 3, labels.lastIndexOf(", \"") + 5),
          e.pointer().substring(1));
    }
    // a repeated tag in other letters is a second label for the language, as before
    assertEquals("a second label for language zh-Hant",
        duplicate("{\"zh-Hant\": \"A\", \"zh-hant\": \"B\"}", LocalizedText.class).reason());
    // in a marked label, a stated timeframe, a header field, an edition (read with the handler API)
    assertEquals("Duplicate field 'text'",
        duplicate("{\"en\": {\"text\": \"A\", \"text\": \"B\"}}", LocalizedText.class).reason());
    assertEquals("Duplicate field 'text'", duplicate(HEADER + "\"template\": \"goals\", \"period\": "
        + "{\"text\": \"2020\", \"text\": \"2021\"}}", ActionPlan.class).reason());
    assertEquals("/format", duplicate(HEADER + "\"format\": \"ifla-strategy-plan\"}", ActionPlan.class)
        .pointer());
    e = duplicate("{\"format\": \"ifla-strategy-edition\", \"format\": \"x\"}", StrategyEdition.class);
    assertEquals("Duplicate field 'format'", e.reason());
    assertEquals("/format", e.pointer());
  }

  @Test
  void aNullDocumentIsNullAsBefore() throws IOException {
    assertNull(StrategyJson.newJsonMapper().readValue("null", ActionPlan.class));
    assertEquals("the document is null, not a value", assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().readPlan("null")).reason());
  }
}
