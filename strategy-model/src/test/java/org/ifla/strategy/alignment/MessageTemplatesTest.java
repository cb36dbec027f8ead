package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Message templates: {N} placeholders are the only special syntax; apostrophes and other braces print as written. */
class MessageTemplatesTest {
  private static final List<String> ARGS = List.of("zero", "one");

  @Test
  void placeholdersAreReplacedByTheirArguments() {
    assertEquals("zero and one", MessageTemplates.fill("{0} and {1}", ARGS));
    assertEquals("onezero", MessageTemplates.fill("{1}{0}", ARGS));
    assertEquals("zero zero", MessageTemplates.fill("{0} {0}", ARGS));
    assertEquals("", MessageTemplates.fill("", ARGS));
    assertEquals("no placeholder", MessageTemplates.fill("no placeholder", List.of()));
    // nine digits are a number; leading zeros are allowed, as MessageFormat allows them
    assertEquals("one", MessageTemplates.fill("{000000001}", ARGS));
    assertEquals("one", MessageTemplates.fill("{01}", ARGS));
  }

  @Test
  void anApostropheIsPrintedAsWritten() {
    assertEquals("zero doesn't match the plan's one", MessageTemplates.fill("{0} doesn't match the plan's {1}", ARGS));
    assertEquals("'zero'", MessageTemplates.fill("'{0}'", ARGS));
    assertEquals("it''s", MessageTemplates.fill("it''s", ARGS));
    assertEquals("'", MessageTemplates.fill("'", ARGS));
  }

  @Test
  void bracesThatOpenNoPlaceholderArePrintedAsWritten() {
    assertEquals("{", MessageTemplates.fill("{", ARGS));
    assertEquals("}", MessageTemplates.fill("}", ARGS));
    assertEquals("{}", MessageTemplates.fill("{}", ARGS));
    assertEquals("{x}", MessageTemplates.fill("{x}", ARGS));
    assertEquals("{0", MessageTemplates.fill("{0", ARGS));
    assertEquals("{0 ", MessageTemplates.fill("{0 ", ARGS));
    assertEquals("{ 0}", MessageTemplates.fill("{ 0}", ARGS));
    assertEquals("{0,number}", MessageTemplates.fill("{0,number}", ARGS));
    assertEquals("{zero}", MessageTemplates.fill("{{0}}", ARGS));
    assertEquals("{-1}", MessageTemplates.fill("{-1}", ARGS));
  }

  @Test
  void aPlaceholderBeyondTheArgumentsIsPrintedAsWritten() {
    assertEquals("{2}", MessageTemplates.fill("{2}", ARGS));
    assertEquals("one {2}", MessageTemplates.fill("{1} {2}", ARGS));
    assertEquals("{0}", MessageTemplates.fill("{0}", List.of()));
    // ten digits are not a number the templates use: kept, whatever their value
    assertEquals("{0000000001}", MessageTemplates.fill("{0000000001}", ARGS));
    assertEquals("{999999999}", MessageTemplates.fill("{999999999}", ARGS));
  }

  @Test
  void argumentsAreNotReadAsTemplates() {
    assertEquals("{1} it's", MessageTemplates.fill("{0}", List.of("{1} it's", "x")));
  }
}
