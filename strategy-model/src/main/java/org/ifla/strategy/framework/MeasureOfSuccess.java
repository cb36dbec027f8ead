package org.ifla.strategy.framework;

import org.immutables.value.Value;

/**
 * A measure of success of an area: what the edition will use to monitor progress (2024-2029: "to monitor
 * progress we will use").
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class MeasureOfSuccess implements StrategyElement {
  MeasureOfSuccess() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@link ElementKind#MEASURE_OF_SUCCESS}.
   *
   * @return the kind
   */
  @Override
  public final ElementKind kind() {
    return ElementKind.MEASURE_OF_SUCCESS;
  }

  /**
   * Returns the id of the area this measure belongs to.
   *
   * @return the area's id
   */
  public abstract ElementId area();

  /** Builds a {@link MeasureOfSuccess}. Not thread-safe. */
  public static final class Builder extends ImmutableMeasureOfSuccess.Builder {
    Builder() {}
  }
}
