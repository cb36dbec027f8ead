package org.ifla.strategy.format;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values of extensions ({@code x-} fields) in documents: read as the JSON text of the value the document
 * held, whatever it is, and written back as the same value. The text is compact JSON; numbers keep the digits
 * they were written with, objects their fields' order. In YAML, a scalar that is not a text (a number,
 * {@code true}, {@code null}) is the JSON value it stands for.
 */
final class ExtensionValues {
  /** A number as JSON writes it. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private ExtensionValues() {}

  /**
   * Reads the value the parser is on, the value of the extension of that name, as JSON text. Texts are checked
   * as every text is ({@link Input#text}); an object naming a field twice is refused.
   */
  static String read(Input in, String name) throws IOException {
    TokenSource parser = in.parser();
    StringWriter text = new StringWriter();
    ArrayDeque<Set<String>> objects = new ArrayDeque<>();
    try (TokenSink out = parser.jsonText(text)) {
      int depth = 0;
      Token token = parser.currentToken();
      while (true) {
        if (token == null) {
          throw in.fail("the document ends inside extension " + Input.quote(name));
        }
        switch (token) {
          case START_OBJECT:
            out.writeStartObject();
            objects.push(new HashSet<>());
            depth++;
            break;
          case END_OBJECT:
            out.writeEndObject();
            objects.pop();
            depth--;
            break;
          case START_ARRAY:
            out.writeStartArray();
            depth++;
            break;
          case END_ARRAY:
            out.writeEndArray();
            depth--;
            break;
          case FIELD_NAME:
            String field = parser.currentName();
            if (Input.unpairedSurrogate(field) >= 0) {
              throw in.fail("a field name in extension " + Input.quote(name) + " is not well-formed Unicode");
            }
            if (!objects.peek().add(field)) {
              throw in.duplicate(field);
            }
            out.writeFieldName(field);
            break;
          case VALUE_STRING:
            out.writeString(in.text("a text in extension ", name, ""));
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            out.writeNumber(number(in, name));
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            out.writeBoolean(token == Token.VALUE_TRUE);
            break;
          case VALUE_NULL:
            out.writeNull();
            break;
          default:
            throw in.fail("extension " + Input.quote(name) + " holds " + in.found() + ", which is no JSON value");
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
      }
    }
    return text.toString();
  }

  /** The current number as JSON writes it: as written, unless YAML wrote it otherwise ({@code 0x1F}, {@code 1_000}). */
  private static String number(Input in, String name) throws IOException {
    TokenSource parser = in.parser();
    String written = parser.getText();
    if (!in.isYaml() || JSON_NUMBER.matcher(written).matches()) {
      return written;
    }
    try {
      return parser.currentToken() == Token.VALUE_NUMBER_INT ? parser.integerDigits() : parser.decimalDigits();
    } catch (NumberFormatException e) { // .inf, -.inf, .nan
      throw in.fail("extension " + Input.quote(name) + " holds the number " + Input.quote(written)
          + ", which JSON cannot write");
    }
  }

  /** Writes the extensions as fields, in the map's order, each value the JSON value its text holds. */
  static void write(Map<String, String> extensions, TokenSink out) throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> extension : extensions.entrySet()) {
      out.writeFieldName(extension.getKey());
      write(extension.getKey(), extension.getValue(), out);
    }
  }

  private static void write(String name, String json, TokenSink out) throws IOException {
    String error;
    try (TokenSource in = out.parseJsonText(json)) {
      error = copy(in, out);
    } catch (IOException e) {
      throw out.outputError("extension \"" + name + "\" holds no JSON value: " + e.getMessage(), e);
    }
    if (error != null) {
      throw out.outputError("extension \"" + name + "\" holds " + error, null);
    }
  }

  /** Copies the one JSON value of the source to the sink; what is wrong instead, or null. */
  private static String copy(TokenSource in, TokenSink out) throws IOException {
    Token token = in.nextToken();
    if (token == null) {
      return "no JSON value";
    }
    int depth = 0;
    while (true) {
      switch (token) {
        case START_OBJECT:
          out.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          out.writeEndObject();
          depth--;
          break;
        case START_ARRAY:
          out.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          out.writeEndArray();
          depth--;
          break;
        case FIELD_NAME:
          out.writeFieldName(in.currentName());
          break;
        case VALUE_STRING:
          out.writeString(in.getText());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          out.writeNumber(in.getText()); // as written: YAML reads JSON's numbers as the same numbers
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          out.writeBoolean(token == Token.VALUE_TRUE);
          break;
        default: // VALUE_NULL: a JSON parser gives no other token
          out.writeNull();
          break;
      }
      if (depth == 0) {
        break;
      }
      token = in.nextToken();
    }
    return in.nextToken() != null ? "more than one JSON value" : null;
  }
}
