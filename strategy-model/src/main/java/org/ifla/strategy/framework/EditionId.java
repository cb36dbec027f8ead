package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;


/**
 * The id of a strategy edition, such as {@code ifla-strategy-2019-2024}: letters, digits and single
 * {@code -}, {@code _} or {@code .} between them, at most 100 characters. Case-sensitive.
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable and thread-safe.
 */
public final class EditionId implements Comparable<EditionId> {
  private final String value;

  private EditionId(String value) {
    this.value = value;
  }

  /**
   * Parses an edition id.
   *
   * @param text the id, such as {@code ifla-strategy-2024-2029}
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a valid edition id
   */
  public static EditionId parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    checkArgument(Ids.isWellFormed(s),
        "not an edition id (letters, digits and single '-', '_' or '.' between them): '%s'", s);
    return new EditionId(s);
  }

  /**
   * Same as {@link #parse(CharSequence)}.
   *
   * @param text the id
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a valid edition id
   */
  public static EditionId of(String text) {
    return parse(text);
  }

  /**
   * Returns whether the text is a valid edition id.
   *
   * @param text the text, may be null
   * @return whether {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return text != null && Ids.isWellFormed(text);
  }

  @Override
  public int compareTo(EditionId other) {
    return value.compareTo(other.value);
  }

  /**
   * Two ids are equal when their texts are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof EditionId && ((EditionId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id as text, the form {@link #parse(CharSequence)} reads.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return value;
  }
}
