package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The JSON Pointer found again from a position, and what an error keeps of a message. */
class DocumentErrorTest {
  private static final byte[] JSON = ("{\n  \"unit\": {\"name\": {\"en\": \"X\"}, \"type\": \"nonsense\"},\n"
      + "  \"parts\": [\n    {\"title\": {\"en\": \"A\"}},\n"
      + "    {\"alignments\": [{\"element\": \"SD1..KI1\"}]}\n  ]\n}")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] YAML = ("unit:\n  name:\n    en: X\n  type: nonsense\nparts:\n  - title:\n"
      + "      en: A\n  - alignments:\n      - element: SD1..KI1\n").getBytes(StandardCharsets.UTF_8);

  @Test
  void findsThePointerOfTheValueAtAPositionInJson() {
    assertEquals(Optional.of("/unit/type"), DocumentError.pointerAt(JSON, false, 2, 43));
    assertEquals(Optional.of("/unit"), DocumentError.pointerAt(JSON, false, 2, 11));
    assertEquals(Optional.of("/parts/1/alignments/0/element"), DocumentError.pointerAt(JSON, false, 5, 35));
    assertEquals(Optional.of("/parts/1/alignments/0"), DocumentError.pointerAt(JSON, false, 5, 21));
    assertEquals(Optional.of("/parts/1/alignments/0"), DocumentError.pointerAt(JSON, false, 5, 22));
  }

  @Test
  void findsThePointerOfTheValueAtAPositionInYaml() {
    assertEquals(Optional.of("/unit/type"), DocumentError.pointerAt(YAML, true, 4, 9));
    assertEquals(Optional.of("/parts/1/alignments/0/element"), DocumentError.pointerAt(YAML, true, 9, 18));
    // a mapping starts at its first key
    assertEquals(Optional.of("/unit"), DocumentError.pointerAt(YAML, true, 2, 3));
  }

  @Test
  void aPositionInsideATokenGivesTheInnermostPlaceBeforeIt() {
    assertEquals(Optional.of("/unit/type"), DocumentError.pointerAt(JSON, false, 2, 46));
  }

  @Test
  void aMalformedDocumentGivesThePlaceReachedBeforeTheFault() {
    byte[] bad = "{\"a\": {\"b\": ]}}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of("/a"), DocumentError.pointerAt(bad, false, 1, 13));
    assertEquals(Optional.empty(), DocumentError.pointerAt("]".getBytes(StandardCharsets.UTF_8), false, 1, 1));
  }

  @Test
  void takesPositionAndPathFromJacksonAndCutsTheReason() {
    JacksonException e = JacksonException.wrapWithPath(new IllegalStateException("x"), null, 2)
        .prependPath(null, "parts");
    assertEquals("/parts/2", DocumentError.pointer(e.getPath()));
    assertEquals("/a~1b/c~0d", DocumentError.pointer(List.of(new JacksonException.Reference(null, "a/b"),
        new JacksonException.Reference(null, "c~d"))));
    DocumentError general = DocumentError.of(new IllegalStateException("no Jackson here"), null, false);
    assertEquals(new DocumentError("the body is not a readable document", 0, 0, ""), general);
  }

  @Test
  void anExcerptIsShortAndHasNoControlCharacters() {
    assertEquals("\"ab?c\"", Excerpts.of("ab\nc"));
    String cut = Excerpts.cut("𝄞".repeat(200), 80);
    assertEquals(81, cut.codePointCount(0, cut.length()));
    assertEquals("…", cut.substring(cut.length() - 1));
    String message = Excerpts.message("Unrecognized token '" + "Q".repeat(500) + "': was expecting a value", 240);
    assertEquals("Unrecognized token '" + "Q".repeat(39) + "… was expecting a value", message);
  }
}
