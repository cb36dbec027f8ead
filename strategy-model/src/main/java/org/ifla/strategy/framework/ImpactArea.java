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

  /**
   * Builds a {@link ImpactArea}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link ImpactArea#id() id}, {@link ImpactArea#title() title}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends ImpactAreaBuilder {
    Builder() {}

    /**
     * Builds the ImpactArea from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if a key initiative, measure or overview item names another area than this one
     */
    @Override
    public ImpactArea build() {
      return super.build();
    }
  }
}
