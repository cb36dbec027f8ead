package org.ifla.strategy.testing.jackson;

import static java.util.Objects.requireNonNull;

import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;

/**
 * A document with exactly one planted format error, and where the {@link StrategyFormatException} it must cause
 * points: the line and column of the bad value's first character (both from 1) and its JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlantedFormatError {
  private final String description;
  private final String document;
  private final int line;
  private final int column;
  private final String pointer;

  PlantedFormatError(String description, String document, int line, int column, String pointer) {
    this.description = requireNonNull(description, "description");
    this.document = requireNonNull(document, "document");
    this.line = line;
    this.column = column;
    this.pointer = requireNonNull(pointer, "pointer");
  }

  /**
   * Returns what was planted, in English.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the document text with the error.
   *
   * @return the document
   */
  public String document() {
    return document;
  }

  /**
   * Returns the line the exception must give, from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column the exception must give, from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer the exception must give.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Reads the document as a plan or an edition, as it was planted in, and asserts that the read fails with a
   * {@link StrategyFormatException} at {@link #line()}, {@link #column()} and {@link #pointer()}.
   *
   * @param reader the reader of the document's format
   * @param type {@code ActionPlan.class} or {@code StrategyEdition.class}
   * @return the exception
   * @throws AssertionError if the read succeeds, or fails elsewhere or otherwise
   */
  public StrategyFormatException assertRaisedBy(StrategyJson reader, Class<?> type) {
    try {
      reader.read(document, type);
    } catch (StrategyFormatException e) {
      if (e.line() != line || e.column() != column || !e.pointer().equals(pointer)) {
        throw new AssertionError("Planted " + description + ": expected " + expected() + " but got " + e.line()
            + ":" + e.column() + " " + e.pointer() + " (" + e.getMessage() + ")\n" + document, e);
      }
      return e;
    }
    throw new AssertionError("Planted " + description + ": the document was read without error\n" + document);
  }

  /**
   * Returns the expected location as {@code line:column pointer}.
   *
   * @return the expected location
   */
  public String expected() {
    return line + ":" + column + " " + pointer;
  }

  /**
   * Returns what was planted and where it must be reported, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return description + " @ " + expected();
  }
}
