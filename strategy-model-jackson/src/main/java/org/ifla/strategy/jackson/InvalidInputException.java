package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value that is well-formed JSON or YAML but not a valid part of the model. A Jackson exception, so that users
 * of {@link StrategyModule} on their own mapper get what Jackson users expect; {@link StrategyJson} turns it into
 * a {@link StrategyFormatException}. It remembers the JSON Pointer of the bad value, taken when it was raised.
 */
final class InvalidInputException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  InvalidInputException(JsonParser parser, String message, JsonLocation location, JsonPointer pointer) {
    super(parser, message, location);
    this.pointer = pointer.toString();
  }

  /** The JSON Pointer of the bad value. */
  String pointer() {
    return pointer;
  }
}
