package org.ifla.strategy.framework;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A key initiative: a line of work inside an area (a strategic direction, an impact area or the enabler).
 * In 2016-2021 and 2019-2024 key initiatives are numbered {@code 1.1} to {@code 4.5}; in 2024-2029 they are
 * the unnumbered "our work here includes" items.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class KeyInitiative implements StrategyElement {
  KeyInitiative() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@link ElementKind#KEY_INITIATIVE}.
   *
   * @return the kind
   */
  @Override
  public final ElementKind kind() {
    return ElementKind.KEY_INITIATIVE;
  }

  /**
   * Returns the id of the area this key initiative belongs to.
   *
   * @return the area's id
   */
  public abstract ElementId area();

  /**
   * Returns the longer description the edition gives, if any.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Builds a {@link KeyInitiative}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link KeyInitiative#id() id}, {@link KeyInitiative#title() title}, {@link KeyInitiative#area() area}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends KeyInitiativeBuilder {
    Builder() {}

    /**
     * Builds the KeyInitiative from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones)
     */
    @Override
    public KeyInitiative build() {
      return super.build();
    }
  }
}
