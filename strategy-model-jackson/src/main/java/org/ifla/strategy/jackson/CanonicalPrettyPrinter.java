package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.io.Serializable;
import org.ifla.strategy.format.Layout;

/**
 * The canonical layout of the documents this library writes ({@link Layout}): two spaces per level, {@code \n}
 * line ends, {@code ": "} between a name and its value, {@code { }} and {@code [ ]} when empty, one space
 * between root values. The very bytes of Jackson's {@code DefaultPrettyPrinter} with a
 * {@code DefaultIndenter("  ", "\n")} for objects and arrays and {@code Separators} spaced after the colon
 * only, but each separator with its line end and indentation is written as one pre-encoded run of bytes.
 *
 * <p>A printer holds the nesting of the document being written: {@link #createInstance} gives each generator
 * its own.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter>,
    Serializable {
  private static final long serialVersionUID = 1L;

  /** Levels with pre-encoded indentation; deeper ones are encoded when written. */
  static final int LEVELS = Layout.LEVELS;

  private static final Layout<SerializedString> LAYOUT = new Layout<>(SerializedString::new);

  private int nesting;

  CanonicalPrettyPrinter() {}

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.rootSeparator());
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.indent(nesting));
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.nameSeparator());
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.separator(nesting));
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    nesting--;
    g.writeRaw(LAYOUT.endObject(nesting, entries));
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.indent(nesting));
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(LAYOUT.separator(nesting));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    nesting--;
    g.writeRaw(LAYOUT.endArray(nesting, values));
  }
}
