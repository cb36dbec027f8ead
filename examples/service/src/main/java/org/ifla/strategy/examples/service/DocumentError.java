package org.ifla.strategy.examples.service;

import com.google.common.base.Throwables;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where and why a document could not be read, taken from the exception that Jackson (with the model's module)
 * raised: the line and column (from 1; 0 when unknown), the JSON Pointer of the bad value, and the reason cut to
 * a short text, so that an answer never repeats more than an excerpt of the document.
 *
 * <p>A mapper's read error names the line and column of the bad value, but its Jackson path only reaches as deep
 * as databind went (the index of a plan in a list): the model's module reads a whole plan at once. So the
 * pointer is found again from the position, by scanning the document's tokens up to it ({@link #pointerAt}).
 *
 * @param reason what is wrong, at most {@value #MAX_REASON} characters and no word longer than
 *     {@value Excerpts#MAX_WORD} (a token of the input quoted by Jackson is cut)
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 * @param pointer the JSON Pointer of the bad value ({@code ""} for the whole document)
 */
record DocumentError(String reason, int line, int column, String pointer) {
  /** The longest reason an answer gives. */
  static final int MAX_REASON = 240;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /**
   * The error behind {@code failure}, or a general one when no Jackson exception is among its causes.
   *
   * @param document the document's bytes as far as they were read, or null when unknown
   * @param yaml whether the document is YAML (else JSON)
   */
  static DocumentError of(Throwable failure, byte[] document, boolean yaml) {
    for (Throwable cause : Throwables.getCausalChain(failure)) {
      if (cause instanceof JacksonException j) {
        TokenStreamLocation location = j.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String reason = j.getOriginalMessage() == null ? "unreadable" : j.getOriginalMessage();
        String message = Excerpts.message(reason, MAX_REASON);
        DocumentError byPath = new DocumentError(message, line, column, pointer(j.getPath()));
        if (document == null || line <= 0) {
          return byPath;
        }
        return placeAt(document, yaml, line, column)
            .map(p -> new DocumentError(message, p.line(), p.column(), p.pointer())).orElse(byPath);
      }
    }
    return new DocumentError("the body is not a readable document", 0, 0, "");
  }

  /**
   * The place of a document that an error at a position is about: the value that starts there (an object, for
   * its first field name: a YAML mapping starts at its first key), or else the token the position is inside or
   * just after (a field name given twice is reported just past the name); or, when the document is malformed
   * there, the innermost place reached. Empty when the position is not reached.
   */
  static Optional<DocumentError> placeAt(byte[] document, boolean yaml, int line, int column) {
    String last = null;
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        TokenStreamLocation at = parser.currentTokenLocation();
        TokenStreamContext context = parser.streamReadContext();
        // the value's own place (an object or array opens a context of its own), or the field a name names
        JsonPointer path = (token.isStructStart() ? context.getParent() : context).pathAsPointer();
        if (at.getLineNr() > line || (at.getLineNr() == line && at.getColumnNr() >= column)) {
          if (at.getLineNr() == line && at.getColumnNr() == column) {
            return Optional.of(new DocumentError("", line, column,
                (token == JsonToken.PROPERTY_NAME ? path.head() : path).toString()));
          }
          return Optional.of(new DocumentError("", line, column, last == null ? path.toString() : last));
        }
        last = path.toString();
      }
    } catch (JacksonException e) {
      // malformed at or before the position: the innermost place reached
    }
    return Optional.ofNullable(last).map(l -> new DocumentError("", line, column, l));
  }

  /** The JSON Pointer of the place {@link #placeAt} finds. */
  static Optional<String> pointerAt(byte[] document, boolean yaml, int line, int column) {
    return placeAt(document, yaml, line, column).map(DocumentError::pointer);
  }

  /** The JSON Pointer (RFC 6901) of a Jackson path. */
  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      pointer.append('/');
      if (reference.getIndex() >= 0) {
        pointer.append(reference.getIndex());
      } else if (reference.getPropertyName() != null) {
        pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }
}
