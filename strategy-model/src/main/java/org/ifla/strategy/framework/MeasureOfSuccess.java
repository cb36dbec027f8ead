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

  /**
   * Builds a {@link MeasureOfSuccess}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link MeasureOfSuccess#id() id}, {@link MeasureOfSuccess#title() title}, {@link MeasureOfSuccess#area() area}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends MeasureOfSuccessBuilder {
    Builder() {}

    /**
     * Builds the MeasureOfSuccess from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones)
     */
    @Override
    public MeasureOfSuccess build() {
      return super.build();
    }
  }
}
