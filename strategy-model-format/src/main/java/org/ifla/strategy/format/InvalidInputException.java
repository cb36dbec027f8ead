package org.ifla.strategy.format;

import java.io.IOException;

/**
 * A value that is well-formed JSON or YAML but not a valid part of the model, at a position and JSON Pointer of
 * the {@link TokenSource} that read it. Each Jackson adapter turns it into its own Jackson's exception at its
 * boundary. Not for use outside this library's modules.
 */
public final class InvalidInputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Where the bad value is; not serialized. */
  private final transient Object location;
  /** The JSON Pointer of the bad value. */
  private final String pointer;

  InvalidInputException(String message, Object location, Object pointer) {
    super(message);
    this.location = location;
    this.pointer = pointer.toString();
  }

  /**
   * Returns where the bad value is: the adapter's position object, from {@link TokenSource}.
   *
   * @return the position
   */
  public Object location() {
    return location;
  }

  /**
   * Returns the JSON Pointer of the bad value.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
