package org.ifla.strategy.framework;

import org.immutables.value.Value;

/**
 * A {@link StrategyArea} of kind {@link ElementKind#IMPACT_AREA}: an impact area, an area of work of the 2024-2029 edition.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ImpactArea implements StrategyArea {
  ImpactArea() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@link ElementKind#IMPACT_AREA}.
   *
   * @return the kind
   */
  @Override
  public final ElementKind kind() {
    return ElementKind.IMPACT_AREA;
  }

  @Value.Check
  void check() {
    StrategyArea.checkConsistent(this);
  }

  /** Builds a {@link ImpactArea}. Not thread-safe. */
  public static final class Builder extends ImmutableImpactArea.Builder {
    Builder() {}
  }
}
