package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.ifla.strategy.jackson.Adapters;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/** How the readers quote values, find bad Unicode, read booleans and name what they found instead. */
class InputTest {
  private static String plan(String unitName) {
    return "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, \"template\": \"goals\", "
        + "\"unit\": {\"name\": " + unitName + ", \"type\": \"network\"}}";
  }

  private static String reason(StrategyJson format, String document) {
    return assertThrows(StrategyFormatException.class, () -> format.read(document, ActionPlan.class)).reason();
  }

  @Test
  void aShortValueIsQuotedWholeALongOneCutWithItsLength() {
    String forty = "x".repeat(40);
    assertEquals('"' + forty + '"', Input.quote(forty));
    assertEquals('"' + forty + "\u2026\" (41 characters)", Input.quote(forty + "y"));
    // a cut never splits a surrogate pair
    String emoji = "x".repeat(39) + "\uD83D\uDE00" + "z";
    assertEquals('"' + "x".repeat(39) + "\u2026\" (42 characters)", Input.quote(emoji));
  }

  @Test
  void theModelsMessageIsCutAt160Characters() {
    String message = "m".repeat(160);
    assertEquals(message, Input.detail(message));
    assertEquals(message + "\u2026 (161 characters)", Input.detail(message + "n"));
    String pair = "m".repeat(159) + "\uD83D\uDE00";
    assertEquals("m".repeat(159) + "\u2026 (161 characters)", Input.detail(pair));
    assertEquals("null", Input.detail(null));
  }

  @Test
  void unpairedSurrogatesAreFoundWherePairsAreNot() {
    assertEquals(-1, Input.unpairedSurrogate("ab\uD83D\uDE00c"));
    assertEquals(-1, Input.unpairedSurrogate(""));
    assertEquals(2, Input.unpairedSurrogate("ab\uD83D"));
    assertEquals(2, Input.unpairedSurrogate("ab\uDE00c"));
    assertEquals(0, Input.unpairedSurrogate("\uD83Dx"));
    assertEquals(3, Input.unpairedSurrogate("\uD83D\uDE00x\uDE00"));
    String reason = reason(StrategyJson.json(), plan("{\"en\": \"A\\uD83D\"}"));
    assertTrue(reason.contains("unpaired surrogate U+D83D at character 1"), reason);
  }

  @Test
  void unpairedSurrogatesAreFoundInAnArrayFromItsOffset() {
    assertEquals(-1, Input.unpairedSurrogate(new char[0], 0, 0));
    assertEquals(-1, Input.unpairedSurrogate("ab\uD83D\uDE00c".toCharArray(), 0, 5));
    // no character as high as a surrogate, however close; characters above the surrogates are no surrogates
    assertEquals(-1, Input.unpairedSurrogate("a\uD7FF\u00E9\uD55C".toCharArray(), 0, 4));
    assertEquals(-1, Input.unpairedSurrogate("a\uE000\uFFFFb".toCharArray(), 0, 4));
    // the lowest and highest surrogates, alone
    assertEquals(0, Input.unpairedSurrogate("\uD800".toCharArray(), 0, 1));
    assertEquals(1, Input.unpairedSurrogate("a\uDFFF".toCharArray(), 0, 2));
    assertEquals(2, Input.unpairedSurrogate("ab\uDE00c".toCharArray(), 0, 4));
    assertEquals(3, Input.unpairedSurrogate("\uD83D\uDE00x\uDE00".toCharArray(), 0, 4));
    // only the characters from the offset count, and the index is from the offset
    char[] chars = "\uDE00xy\uD83Dz\uDE00".toCharArray();
    assertEquals(-1, Input.unpairedSurrogate(chars, 1, 2));
    assertEquals(2, Input.unpairedSurrogate(chars, 1, 3));
    assertEquals(0, Input.unpairedSurrogate(chars, 3, 2));
    assertEquals(1, Input.unpairedSurrogate(chars, 4, 2));
    // a high surrogate at the end is unpaired, whatever follows it in the array
    char[] pair = "x\uD83D\uDE00".toCharArray();
    assertEquals(1, Input.unpairedSurrogate(pair, 0, 2));
    assertEquals(-1, Input.unpairedSurrogate(pair, 0, 3));
    assertEquals(0, Input.unpairedSurrogate(pair, 2, 1));
  }

  @Test
  void aTextInTheBufferIsCheckedAsTheTextAloneWhateverSurroundsIt() {
    // ASCII, Latin, Chinese, fullwidth punctuation, the characters either side of the surrogates, and surrogates
    char[] alphabet = {'a', '\u00E9', '\u4E2D', '\uFF0C', '\uD7FF', '\uE000', '\uD83D', '\uDE00', '\uD800',
        '\uDFFF'};
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 12),
            integers().between(0, 3))
        .checkAssert((picks, offset) -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(pick -> text.append(alphabet[pick]));
          char[] buffer = ("\uD83D".repeat(offset) + text + "\uDE00").toCharArray(); // unpaired either side
          assertEquals(Input.unpairedSurrogate(text.toString()),
              Input.unpairedSurrogate(buffer, offset, text.length()), text::toString);
        });
  }

  @Test
  void aSurrogateEncodedInUtf8IsRefusedAtItsPlaceByTheParser() {
    // what benchmarks/README.md relies on: in UTF-8 bytes, only an escape (a backslash, u and four hexadecimal
    // digits) can make a lone surrogate
    String text = plan("{\"en\": \"ab###\"}");
    byte[] document = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("###"); // all ASCII before it: the byte index is the character index
    document[at] = (byte) 0xED; // U+D800 as three bytes, which UTF-8 forbids
    document[at + 1] = (byte) 0xA0;
    document[at + 2] = (byte) 0x80;
    StrategyFormatException e = assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().readPlan(new ByteArrayInputStream(document), "bytes"));
    assertTrue(e.reason().contains("surrogate"), e.reason());
    assertEquals("bytes", e.source());
    assertEquals(1, e.line());
    assertEquals("/unit/name/en", e.pointer());
  }

  @Test
  void jsonTextsWithUnpairedSurrogatesAreRefusedWherePairsAreRead() throws Exception {
    String low = reason(StrategyJson.json(), plan("{\"en\": \"\u00E9t\u00E9 \\uDE00\"}"));
    assertTrue(low.contains("unpaired surrogate U+DE00 at character 4"), low);
    String high = reason(StrategyJson.json(), plan("{\"en\": \"\\uD800\"}"));
    assertTrue(high.contains("unpaired surrogate U+D800 at character 0"), high);
    String emoji = "\u00E9t\u00E9 \uD83D\uDE00 \uD55C";
    assertEquals(emoji, StrategyJson.json().readPlan(plan("{\"en\": \"" + emoji + "\"}")).unit().name()
        .labels().get(0).text());
    assertEquals(emoji, StrategyJson.json().readPlan(plan("{\"en\": \"\\u00E9t\\u00E9 \\uD83D\\uDE00 \\uD55C\"}"))
        .unit().name().labels().get(0).text());
  }

  @Test
  void yamlReadsQuotedTrueAndFalseAsBooleansJsonDoesNot() throws Exception {
    String unofficial = plan("{\"en\": {\"text\": \"A\", \"official\": \"false\"}}");
    assertFalse(StrategyJson.yaml().readPlan(unofficial).unit().name().labels().get(0).isOfficial());
    String official = plan("{\"en\": {\"text\": \"A\", \"official\": \"true\"}}");
    assertTrue(StrategyJson.yaml().readPlan(official).unit().name().labels().get(0).isOfficial());
    assertTrue(StrategyJson.json().readPlan(plan("{\"en\": {\"text\": \"A\", \"official\": true}}")).unit().name()
        .labels().get(0).isOfficial());
    String yes = plan("{\"en\": {\"text\": \"A\", \"official\": \"yes\"}}");
    assertTrue(reason(StrategyJson.yaml(), yes).contains("expected official (true or false), found the text "
        + "\"yes\""), () -> reason(StrategyJson.yaml(), yes));
    assertTrue(reason(StrategyJson.json(), unofficial).contains("found the text \"false\""));
  }

  @Test
  void whatWasFoundInsteadIsNamed() {
    assertTrue(reason(StrategyJson.json(), plan("{\"en\": true}")).endsWith("found the boolean true"));
    assertTrue(reason(StrategyJson.json(), plan("{\"en\": 12}")).endsWith("found the number \"12\""));
    assertTrue(reason(StrategyJson.json(), plan("{\"en\": 1.5}")).endsWith("found the number \"1.5\""));
    assertTrue(reason(StrategyJson.json(), plan("{\"en\": null}")).endsWith(
        "found null (leave the field out instead)"));
    assertTrue(reason(StrategyJson.json(), plan("[\"A\"]")).contains("found an array"));
    assertTrue(reason(StrategyJson.json(), plan("\"A\"")).contains("found the text \"A\""));
    assertTrue(reason(StrategyJson.json(), plan("{\"en\": [\"A\"]}")).contains("found an array"));
  }

  @Test
  void yamlReadsAPlainScalarAsTextWhereATextIsExpectedButNotNull() throws Exception {
    // YAML has no quotes to tell 2019 or true from a text: where the format expects a text, it is the text
    for (String scalar : List.of("2019", "1.5", "true")) {
      assertEquals(scalar, StrategyJson.yaml().readPlan(plan("{\"en\": " + scalar + "}")).unit().name().labels()
          .get(0).text(), scalar);
      assertTrue(reason(StrategyJson.json(), plan("{\"en\": " + scalar + "}")).contains("(a text), found the "),
          scalar);
    }
    // null is no text in YAML either
    String yamlNull = reason(StrategyJson.yaml(), plan("{\"en\": null}"));
    assertTrue(yamlNull.endsWith("found null (leave the field out instead)"), yamlNull);
    String yamlList = reason(StrategyJson.yaml(), plan("{\"en\": [\"A\"]}"));
    assertTrue(yamlList.endsWith("(a text), found an array"), yamlList);
  }

  // ---- fields by index, versions' names, extensions

  @Test
  void indexedFieldsPutEachNameAtItsIndex() {
    Input.Fields fields = Input.Fields.indexed("a thing", 1, "b", 0, "a", 2, "c");
    assertEquals(0, fields.indexOf("a"));
    assertEquals(1, fields.indexOf("b"));
    assertEquals(2, fields.indexOf("c"));
    assertEquals(-1, fields.indexOf("d"));
    assertThrows(IllegalArgumentException.class, () -> Input.Fields.indexed("a thing", 0, "a", 1));
    assertThrows(IllegalArgumentException.class, () -> Input.Fields.indexed("a thing", 0, "a", 0, "b"));
    assertThrows(IllegalArgumentException.class, () -> Input.Fields.indexed("a thing", 0, "a", 2, "b"));
    assertThrows(IllegalArgumentException.class, () -> Input.Fields.indexed("a thing", -1, "a", 0, "b"));
    assertThrows(IllegalArgumentException.class, () -> Input.Fields.indexed("a thing", 1, "a"));
  }

  @Test
  void anotherVersionsNamesMustBeTheseFields() {
    Input.Fields fields = Input.Fields.indexed("a thing", 0, "a", 1, "b");
    assertEquals(1, fields.showing("a v1 thing", java.util.List.of("b"), false).indexOf("b"));
    assertThrows(IllegalArgumentException.class, () -> fields.showing("a thing", java.util.List.of("c"), true));
  }

  @Test
  void anExtensionIsXDashAndAName() {
    assertTrue(Input.isExtension("x-a"));
    assertTrue(Input.isExtension("x-colour"));
    assertFalse(Input.isExtension("x-"));
    assertFalse(Input.isExtension("x"));
    assertFalse(Input.isExtension("X-a"));
    assertFalse(Input.isExtension("ax-b"));
    assertFalse(Input.isExtension(""));
  }

  @Test
  void aCursorShowsOnlyTheSameFieldsUnderAnotherName() throws Exception {
    Input.Fields fields = Input.Fields.indexed("a thing", 0, "a").withExtensions();
    Input.Fields other = Input.Fields.indexed("a thing", 0, "a");
    try (com.fasterxml.jackson.core.JsonParser parser = StrategyJson.newJsonMapper().createParser("{\"a\": 1}")) {
      parser.nextToken();
      Input in = new Input(Adapters.source(parser));
      Input.ObjectCursor cursor = in.object(fields);
      cursor.show(fields.showing("a v1 thing", java.util.List.of("a"), false));
      assertThrows(IllegalArgumentException.class, () -> cursor.show(other));
      assertEquals(0, cursor.next());
      assertEquals(-1, cursor.next());
    }
  }
}
