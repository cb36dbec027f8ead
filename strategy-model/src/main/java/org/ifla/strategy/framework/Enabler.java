package org.ifla.strategy.framework;

import org.immutables.value.Value;

/**
 * A {@link StrategyArea} of kind {@link ElementKind#ENABLER}: the enabler, the area of the 2024-2029 edition that makes the impact areas possible.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Enabler implements StrategyArea {
  Enabler() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@link ElementKind#ENABLER}.
   *
   * @return the kind
   */
  @Override
  public final ElementKind kind() {
    return ElementKind.ENABLER;
  }

  @Value.Check
  void check() {
    StrategyArea.checkConsistent(this);
  }

  /** Builds a {@link Enabler}. Not thread-safe. */
  public static final class Builder extends ImmutableEnabler.Builder {
    Builder() {}
  }
}
