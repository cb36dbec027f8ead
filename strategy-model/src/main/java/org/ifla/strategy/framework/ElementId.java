package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * The id of an element inside its edition, such as {@code SD1.KI2} or {@code IA3.M4}: letters, digits and single
 * {@code -}, {@code _} or {@code .} between them, at most 100 characters. Case-sensitive.
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable and thread-safe.
 */
public final class ElementId implements Comparable<ElementId> {
  private final String value;

  private ElementId(String value) {
    this.value = value;
  }

  /**
   * Parses an element id.
   *
   * @param text the id, such as {@code IA1.KI2}
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a valid element id
   */
  public static ElementId parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    checkArgument(Ids.isWellFormed(s),
        "not an element id (letters, digits and single '-', '_' or '.' between them): '%s'", s);
    return new ElementId(s);
  }

  /**
   * Same as {@link #parse(CharSequence)}.
   *
   * @param text the id
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a valid element id
   */
  public static ElementId of(String text) {
    return parse(text);
  }

  /**
   * Returns whether the text is a valid element id.
   *
   * @param text the text, may be null
   * @return whether {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return text != null && Ids.isWellFormed(text);
  }

  /**
   * Compares ids in natural order: runs of digits compare by number, so {@code SD1.KI2} comes before
   * {@code SD1.KI10}; otherwise characters compare as in {@link String#compareTo(String)}.
   *
   * @param other the other id
   * @return negative, zero or positive as this id comes before, with or after the other
   */
  @Override
  public int compareTo(ElementId other) {
    String a = value;
    String b = other.value;
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = i;
        int ej = j;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  /**
   * Two ids are equal when their texts are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ElementId && ((ElementId) other).value.equals(value);
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
