package org.ifla.strategy.examples.service;

import com.google.common.base.Throwables;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where and why a document could not be read, taken from the exception that Jackson (with the model's module)
 * raised: the line and column (from 1; 0 when unknown), the JSON Pointer of the bad value, and the reason cut to
 * a short text, so that an answer never repeats more than an excerpt of the document.
 *
 * @param reason what is wrong, at most {@value #MAX_REASON} characters
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 * @param pointer the JSON Pointer of the bad value ({@code ""} for the whole document)
 */
record DocumentError(String reason, int line, int column, String pointer) {
  /** The longest reason an answer gives. */
  static final int MAX_REASON = 240;

  /** The error behind {@code failure}, or a general one when no Jackson exception is among its causes. */
  static DocumentError of(Throwable failure) {
    for (Throwable cause : Throwables.getCausalChain(failure)) {
      if (cause instanceof JacksonException j) {
        TokenStreamLocation location = j.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        String reason = j.getOriginalMessage() == null ? "unreadable" : j.getOriginalMessage();
        return new DocumentError(Excerpts.cut(reason, MAX_REASON), line, column, pointer(j.getPath()));
      }
    }
    return new DocumentError("the body is not a readable document", 0, 0, "");
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
