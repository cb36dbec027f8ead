package org.ifla.strategy.plan;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * The professional unit that writes a plan: a section, special interest group, review group, regional
 * division committee, network or other unit.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()} or {@link #of(UnitType, LocalizedText)}.
 */
@Value.Immutable
public abstract class ProfessionalUnit {
  ProfessionalUnit() {}

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
  public static ProfessionalUnit copyOf(ProfessionalUnit value) {
    // every ProfessionalUnit is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * Returns a unit with a type and a name.
   *
   * @param type the unit type
   * @param name the name as the plan writes it
   * @return the unit
   * @throws NullPointerException if an argument is null
   */
  public static ProfessionalUnit of(UnitType type, LocalizedText name) {
    return builder().type(type).name(name).build();
  }

  /**
   * Returns the unit's name as written ("Metropolitan Libraries").
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * Returns the unit's type.
   *
   * @return the type
   */
  public abstract UnitType type();

  /**
   * Returns the unit's abbreviation ("NOIR", "MetLib").
   *
   * @return the abbreviation, or empty
   */
  public abstract Optional<String> abbreviation();

  /**
   * Builds a {@link ProfessionalUnit}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link ProfessionalUnit#name() name}, {@link ProfessionalUnit#type() type}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends ProfessionalUnitBuilder {
    Builder() {}

    /**
     * Builds the ProfessionalUnit from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones)
     */
    @Override
    public ProfessionalUnit build() {
      return super.build();
    }
  }
}
