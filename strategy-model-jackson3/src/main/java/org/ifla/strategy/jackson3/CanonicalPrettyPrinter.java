package org.ifla.strategy.jackson3;

import java.io.Serializable;
import org.ifla.strategy.format.Layout;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

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

  private static final Layout<SerializedString> LAYOUT = new Layout<>(SerializedString::new);

  /** The nesting of the document being written, which a generator's own instance holds. */
  private int nesting;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(LAYOUT.rootSeparator());
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    g.writeRaw(LAYOUT.indent(nesting));
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(LAYOUT.nameSeparator());
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(LAYOUT.separator(nesting));
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    nesting--;
    g.writeRaw(LAYOUT.endObject(nesting, entries));
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    g.writeRaw(LAYOUT.indent(nesting));
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(LAYOUT.separator(nesting));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    nesting--;
    g.writeRaw(LAYOUT.endArray(nesting, values));
  }

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }
}
