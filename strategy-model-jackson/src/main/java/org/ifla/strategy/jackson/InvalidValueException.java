package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.ifla.strategy.format.InvalidInputException;

/**
 * A value that is well-formed JSON or YAML but not a valid part of the model: the format's
 * {@link InvalidInputException} as a Jackson exception, so that users of {@link StrategyModule} on their own
 * mapper get what Jackson users expect; {@link StrategyJson} turns it into a {@link StrategyFormatException}. It
 * remembers the JSON Pointer of the bad value, taken when it was raised.
 */
final class InvalidValueException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  InvalidValueException(JsonParser parser, InvalidInputException e) {
    super(parser, e.getMessage(), (JsonLocation) e.location());
    this.pointer = e.pointer();
  }

  /** The JSON Pointer of the bad value. */
  String pointer() {
    return pointer;
  }
}
