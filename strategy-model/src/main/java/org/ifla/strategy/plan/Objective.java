package org.ifla.strategy.plan;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * An objective of a plan in the older template ("Objectives of Professional Unit 2016-17").
 *
 * <p>Immutable and thread-safe; build with {@link #builder()} or {@link #of(String, LocalizedText)}.
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of the value: the same value if it is already one this library made.
   *
   * @param value the value
   * @return an immutable copy, equal to the value
   * @throws NullPointerException if the value is null
   */
  public static Objective copyOf(Objective value) {
    return value instanceof ImmutableObjective ? value : builder().from(value).build();
  }

  /**
   * Returns a numbered objective.
   *
   * @param number the number as written
   * @param text the objective
   * @return the objective
   * @throws NullPointerException if an argument is null
   */
  public static Objective of(String number, LocalizedText text) {
    return builder().number(number).text(text).build();
  }

  /**
   * Returns the number as written.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns the objective's text.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /** Builds a {@link Objective}. Not thread-safe. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
