package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors about an object as a whole (a missing field, an empty text) are reported at the object's first
 * character, whichever way the document is read: in JSON that place is found from the parser's context only
 * when the error happens, so these tests give the line and column by hand, for documents read from bytes, from
 * characters and from a string, and for the same document in YAML.
 */
class ObjectStartTest {
  private static final String HEAD = "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1,\n"
      + "  \"unit\": {\"name\": {\"en\": \"Unit\"}, \"type\": \"section\"}, \"title\": {\"en\": \"Plan\"},\n"
      + "  \"template\": \"other\",\n";

  /** An activity without a title: the error is at its opening brace, line 6, column 5. */
  private static final String NO_TITLE = HEAD
      + "  \"activities\": [\n"
      + "    {\"number\": \"1\", \"title\": {\"en\": \"First\"}},\n"
      + "    {\"number\": \"2\",\n"
      + "     \"tasks\": [{\"text\": {\"en\": \"A task\"}}]}\n"
      + "  ]}\n";

  /** An empty title: the error is at its opening brace, line 4, column 43. */
  private static final String EMPTY_TITLE = HEAD
      + "  \"activities\": [{\"number\": \"1\", \"title\": {  }}]}\n";

  @Test
  void aMissingFieldIsReportedAtTheObjectsFirstCharacter() throws Exception {
    for (StrategyFormatException e : errors(NO_TITLE)) {
      assertEquals(6, e.line(), e::getMessage);
      assertEquals(5, e.column(), e::getMessage);
      assertEquals("/activities/1", e.pointer(), e::getMessage);
      assertTrue(e.reason().startsWith("invalid activity: "), e::getMessage);
    }
  }

  @Test
  void anEmptyTextIsReportedAtItsFirstCharacter() throws Exception {
    for (StrategyFormatException e : errors(EMPTY_TITLE)) {
      assertEquals(4, e.line(), e::getMessage);
      assertEquals(43, e.column(), e::getMessage);
      assertTrue(e.reason().endsWith("needs at least one label"), e::getMessage);
    }
  }

  @Test
  void yamlReportsTheSamePlaces() {
    String yaml = "format: ifla-strategy-plan\nformatVersion: 1\nunit: {name: {en: Unit}, type: section}\n"
        + "title: {en: Plan}\ntemplate: other\nactivities:\n  - {number: '1', title: {en: First}}\n"
        + "  - {number: '2'}\n";
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan(yaml));
    assertEquals(8, e.line(), e::getMessage);
    assertEquals(5, e.column(), e::getMessage);
    assertEquals("/activities/1", e.pointer(), e::getMessage);
  }

  private static List<StrategyFormatException> errors(String json) {
    StrategyJson reader = StrategyJson.json();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return List.of(
        assertThrows(StrategyFormatException.class, () -> reader.readPlan(json)),
        assertThrows(StrategyFormatException.class, () -> reader.readPlan(new ByteArrayInputStream(bytes),
            "bytes")),
        assertThrows(StrategyFormatException.class, () -> reader.readPlan(new StringReader(json), "chars")));
  }
}
