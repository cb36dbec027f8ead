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

  /**
   * Builds a {@link StrategicDirection}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link StrategicDirection#id() id}, {@link StrategicDirection#title() title}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends StrategicDirectionBuilder {
    Builder() {}

    /**
     * Builds the StrategicDirection from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if a key initiative, measure or overview item names another area than this one
     */
    @Override
    public StrategicDirection build() {
      return super.build();
    }
  }
}
