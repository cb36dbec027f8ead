package org.ifla.strategy.jackson3;

import static com.google.common.base.Preconditions.checkNotNull;

import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * A document that cannot be read as a strategy model: malformed JSON or YAML, a value of the wrong type, an
 * unknown or duplicated field, a value the model refuses, or a document beyond a {@link ReadLimits limit}. It
 * names where: the source (a file name, or {@code (string)}), the line and column, and the JSON Pointer of the
 * bad value; its message reads {@code SOURCE:LINE:COLUMN: POINTER: reason}, quotes at most a short piece of the
 * input, and never echoes a large one back. The same message as {@code strategy-model-jackson}'s exception for
 * the same document.
 *
 * <p>Unchecked, as Jackson 3's exceptions are, and a {@link StreamReadException}, so that a framework that
 * answers Jackson's read errors as bad input (a Spring application's 400) does the same with this one. This is
 * the only exception a read of untrusted content throws; reads from files and streams may also throw the
 * {@link java.io.IOException}s of the file system.
 */
public final class StrategyFormatException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  /** Where and what, as the accessors give them. */
  private final Where where;

  /**
   * Where the bad input is, and what is wrong with it.
   *
   * @param source the name of the source
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param pointer the JSON Pointer of the bad value
   * @param reason what is wrong
   */
  private record Where(String source, int line, int column, String pointer, String reason)
      implements java.io.Serializable {}

  /**
   * Creates an exception.
   *
   * @param source the name of the source, such as a file name; not null
   * @param line the 1-based line, or -1 when not known
   * @param column the 1-based column, or -1 when not known
   * @param pointer the JSON Pointer of the bad value, {@code ""} for the whole document; not null
   * @param reason what is wrong, for a person; not null
   * @param cause the underlying exception, or null
   * @throws NullPointerException if source, pointer or reason is null
   */
  public StrategyFormatException(String source, int line, int column, String pointer, String reason,
      Throwable cause) {
    super((JsonParser) null, Codecs.errorMessage(checkNotNull(source, "source"), line, column,
        checkNotNull(pointer, "pointer"), checkNotNull(reason, "reason")), cause);
    this.where = new Where(source, line, column, pointer, reason);
  }

  /**
   * Returns the message: {@code SOURCE:LINE:COLUMN: POINTER: reason}, without Jackson's location suffix.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  /**
   * Returns the name of the source that was read.
   *
   * @return the name, such as a file name or {@code (string)}
   */
  public String source() {
    return where.source();
  }

  /**
   * Returns the line of the bad input.
   *
   * @return the 1-based line, or -1 when not known
   */
  public int line() {
    return where.line();
  }

  /**
   * Returns the column of the bad input.
   *
   * @return the 1-based column, or -1 when not known
   */
  public int column() {
    return where.column();
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the bad value.
   *
   * @return the pointer, such as {@code /parts/0/alignments/1/element}; {@code ""} for the document as a whole
   */
  public String pointer() {
    return where.pointer();
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason, without the source, position and pointer
   */
  public String reason() {
    return where.reason();
  }
}
