package org.ifla.strategy.jackson3;

import org.ifla.strategy.format.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value that is well-formed JSON or YAML but not a valid part of the model: the format's
 * {@link InvalidInputException} as a Jackson 3 exception, so that users of {@link StrategyModule} on their own
 * mapper (a Spring application's, say) get what Jackson users expect, a read error; {@link StrategyJson} turns it
 * into a {@link StrategyFormatException}. It remembers the JSON Pointer of the bad value, taken when it was
 * raised.
 */
final class InvalidValueException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** What the format found wrong, and where. */
  private final transient InvalidInputException problem;

  InvalidValueException(JsonParser parser, InvalidInputException problem) {
    super(parser, problem.getMessage(), (TokenStreamLocation) problem.location());
    this.problem = problem;
  }

  /** The JSON Pointer of the bad value. */
  String pointer() {
    return problem.pointer();
  }
}
