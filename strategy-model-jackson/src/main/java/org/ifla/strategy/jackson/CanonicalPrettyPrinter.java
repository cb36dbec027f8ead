package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.io.Serializable;

/**
 * The canonical layout of the documents this library writes: two spaces per level, {@code \n} line ends,
 * {@code ": "} between a name and its value, {@code { }} and {@code [ ]} when empty, one space between root
 * values. The very bytes of Jackson's {@code DefaultPrettyPrinter} with a {@code DefaultIndenter("  ", "\n")}
 * for objects and arrays and {@code Separators} spaced after the colon only (a test compares the two), but each
 * separator with its line end and indentation is written as one pre-encoded run of bytes, not as two to four
 * texts encoded again for every value.
 *
 * <p>A printer holds the nesting of the document being written: {@link #createInstance} gives each generator
 * its own.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter>,
    Serializable {
  private static final long serialVersionUID = 1L;

  /** Levels with pre-encoded indentation; deeper ones are encoded when written. */
  static final int LEVELS = 64;

  private static final SerializedString ROOT_SEPARATOR = new SerializedString(" ");
  private static final SerializedString NAME_SEPARATOR = new SerializedString(": ");
  private static final SerializedString EMPTY_OBJECT = new SerializedString(" }");
  private static final SerializedString EMPTY_ARRAY = new SerializedString(" ]");
  private static final SerializedString[] INDENT = runs("", "");
  private static final SerializedString[] COMMA_INDENT = runs(",", "");
  private static final SerializedString[] INDENT_END_OBJECT = runs("", "}");
  private static final SerializedString[] INDENT_END_ARRAY = runs("", "]");

  private int nesting;

  CanonicalPrettyPrinter() {}

  private static SerializedString[] runs(String before, String after) {
    SerializedString[] runs = new SerializedString[LEVELS];
    for (int level = 0; level < LEVELS; level++) {
      runs[level] = new SerializedString(run(before, level, after));
    }
    return runs;
  }

  private static String run(String before, int level, String after) {
    return before + "\n" + "  ".repeat(level) + after;
  }

  private static void write(SerializedString[] runs, String before, int level, String after, JsonGenerator g)
      throws IOException {
    if (level < LEVELS) {
      g.writeRaw(runs[level]);
    } else {
      g.writeRaw(run(before, level, after));
    }
  }

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(ROOT_SEPARATOR);
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    write(INDENT, "", nesting, "", g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(NAME_SEPARATOR);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    write(COMMA_INDENT, ",", nesting, "", g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    nesting--;
    if (entries > 0) {
      write(INDENT_END_OBJECT, "", nesting, "}", g);
    } else {
      g.writeRaw(EMPTY_OBJECT);
    }
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    write(INDENT, "", nesting, "", g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    write(COMMA_INDENT, ",", nesting, "", g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    nesting--;
    if (values > 0) {
      write(INDENT_END_ARRAY, "", nesting, "]", g);
    } else {
      g.writeRaw(EMPTY_ARRAY);
    }
  }
}
