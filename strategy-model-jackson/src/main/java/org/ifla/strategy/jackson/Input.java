package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the model's values from a parser positioned on them, and reports what is wrong with the place it is
 * wrong at. One instance per value being read; cheap.
 *
 * <p>Texts are read exactly: in JSON only strings are texts; in YAML any scalar is, with the text as written
 * (so {@code no}, {@code on}, {@code 4.10} stay what they were). Null is never a value: a field that has
 * nothing is left out.
 */
final class Input {
  /** Reads one value from the parser, which is on the value's first token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(Input in) throws IOException;
  }

  /** Handles one field of an object; returns false for a name the object does not have. */
  @FunctionalInterface
  interface FieldHandler {
    boolean field(String name) throws IOException;
  }

  private static final int QUOTE_LIMIT = 40;
  private static final int DETAIL_LIMIT = 160;

  private final JsonParser parser;
  private final boolean yaml;

  Input(JsonParser parser) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser;
  }

  JsonParser parser() {
    return parser;
  }

  /**
   * Reads an object field by field. The parser is on its START_OBJECT (or on its first FIELD_NAME, where Jackson
   * already consumed the START_OBJECT); on return it is on the END_OBJECT.
   *
   * @return where the object starts, for errors about the object as a whole
   */
  JsonLocation object(String what, List<String> fieldNames, FieldHandler handler) throws IOException {
    JsonToken token = parser.currentToken();
    JsonLocation start = parser.currentTokenLocation();
    if (token == JsonToken.START_OBJECT) {
      token = parser.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw fail("expected " + what + " (an object), found " + found());
    }
    for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      if (!handler.field(name)) {
        throw fail("unknown field " + quote(name) + " in " + what + "; its fields are " + String.join(", ",
            fieldNames));
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw fail("expected a field name or the end of " + what + ", found " + found());
    }
    return start;
  }

  /** Reads an array, one element at a time. */
  <T> ImmutableList<T> list(String what, ValueReader<T> element) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw fail("expected " + what + " (an array), found " + found());
    }
    ImmutableList.Builder<T> result = ImmutableList.builder();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw fail("the document ends inside " + what);
      }
      result.add(element.read(this));
    }
    return result.build();
  }

  /** Reads a text, exactly as written. */
  String text(String what) throws IOException {
    JsonToken token = parser.currentToken();
    boolean isText = token == JsonToken.VALUE_STRING
        || (yaml && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL
            && token != JsonToken.VALUE_EMBEDDED_OBJECT);
    if (!isText) {
      throw fail("expected " + what + " (a text), found " + found());
    }
    String text = parser.getText();
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      throw fail(what + " is not well-formed Unicode: an unpaired surrogate U+"
          + Integer.toHexString(text.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + " at character " + bad);
    }
    return text;
  }

  /** Reads a text and converts it, reporting the converter's IllegalArgumentException at the value. */
  <T> T parsed(String what, Function<String, T> converter) throws IOException {
    String text = text(what);
    try {
      return converter.apply(text);
    } catch (IllegalArgumentException e) {
      throw fail("invalid " + what + " " + quote(text) + ": " + detail(e.getMessage()));
    }
  }

  /** Reads a whole number. */
  int integer(String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw fail("expected " + what + " (a whole number), found " + found());
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(what + " " + quote(parser.getText()) + " is out of range");
    }
    return parser.getIntValue();
  }

  /** Reads true or false. */
  boolean bool(String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (yaml && token == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      if (text.equals("true") || text.equals("false")) {
        return text.equals("true");
      }
    }
    throw fail("expected " + what + " (true or false), found " + found());
  }

  /** Reads one of an enum's constants, written in lower case with hyphens. */
  <E extends Enum<E>> E constant(String what, Class<E> type) throws IOException {
    String text = text(what);
    E constant = Names.constant(type, text);
    if (constant == null) {
      throw fail("invalid " + what + " " + quote(text) + "; expected one of " + String.join(", ",
          Names.all(type)));
    }
    return constant;
  }

  /**
   * Builds a value from what was read, turning the model's own checks into an error at the object.
   *
   * @param start where the object starts
   */
  <T> T build(String what, JsonLocation start, Supplier<T> builder) throws IOException {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw failAt(start, "invalid " + what + ": " + detail(Names.requiredFieldsMessage(e.getMessage())));
    }
  }

  /** An error at the current value. */
  InvalidInputException fail(String message) {
    return failAt(parser.currentTokenLocation(), message);
  }

  /** An error at the current place in the document, located at the given position. */
  InvalidInputException failAt(JsonLocation location, String message) {
    JsonPointer pointer = parser.getParsingContext().pathAsPointer();
    return new InvalidInputException(parser, message, location, pointer);
  }

  private String found() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null (leave the field out instead)";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + quote(parser.getText());
      case VALUE_STRING:
        return "the text " + quote(parser.getText());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** A value for an error message: quoted, and cut short so that no message echoes a large input. */
  static String quote(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return '"' + text + '"';
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return '"' + text.substring(0, end) + "\u2026\" (" + text.length() + " characters)";
  }

  /**
   * The model's own message about a bad value, cut short: the model names the value it refuses, whole, and a
   * value may be as long as the string limit.
   */
  static String detail(String message) {
    if (message == null || message.length() <= DETAIL_LIMIT) {
      return String.valueOf(message);
    }
    int end = DETAIL_LIMIT;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "\u2026 (" + message.length() + " characters)";
  }

  /** The index of the first unpaired surrogate, or -1. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
