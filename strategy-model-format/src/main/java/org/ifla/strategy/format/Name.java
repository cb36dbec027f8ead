package org.ifla.strategy.format;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A field name or other constant text of the format, which each Jackson adapter encodes once, in its own way
 * ({@link Encoding}). Immutable in what it means; its encoded forms are filled in lazily and safe to share
 * between threads. Not for use outside this library's modules.
 */
public final class Name {
  private final String value;
  final AtomicReferenceArray<Object> forms = new AtomicReferenceArray<>(Encoding.SLOTS);

  Name(String value) {
    this.value = value;
  }

  /**
   * Returns the text.
   *
   * @return the text
   */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
