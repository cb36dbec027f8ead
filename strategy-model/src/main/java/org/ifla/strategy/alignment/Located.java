package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * A part of a plan together with its location in the plan. Made by {@link AlignmentContext}.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param <T> the type of the part
 */
public final class Located<T> {
  private final PlanLocation location;
  private final T value;

  private Located(PlanLocation location, T value) {
    this.location = requireNonNull(location, "location");
    this.value = requireNonNull(value, "value");
  }

  /**
   * Returns a located value.
   *
   * @param location the location
   * @param value the value
   * @param <T> the type of the value
   * @return the located value
   * @throws NullPointerException if an argument is null
   */
  public static <T> Located<T> of(PlanLocation location, T value) {
    return new Located<>(location, value);
  }

  /**
   * Returns the location.
   *
   * @return the location
   */
  public PlanLocation location() {
    return location;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Two located values are equal when their locations and values are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Located
        && ((Located<?>) other).location.equals(location)
        && ((Located<?>) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, value);
  }

  /**
   * Returns {@code LOCATION=VALUE}, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return location + "=" + value;
  }
}
