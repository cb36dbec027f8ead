package org.ifla.strategy.framework;

import org.immutables.value.Value;

/**
 * A {@link StrategyArea} of kind {@link ElementKind#STRATEGIC_DIRECTION}: a strategic direction, the area of work of the 2016-2021 and 2019-2024 editions.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class StrategicDirection implements StrategyArea {
  StrategicDirection() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@link ElementKind#STRATEGIC_DIRECTION}.
   *
   * @return the kind
   */
  @Override
  public final ElementKind kind() {
    return ElementKind.STRATEGIC_DIRECTION;
  }

  @Value.Check
  void check() {
    StrategyArea.checkConsistent(this);
  }

  /** Builds a {@link StrategicDirection}. Not thread-safe. */
  public static final class Builder extends ImmutableStrategicDirection.Builder {
    Builder() {}
  }
}
