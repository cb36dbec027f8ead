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
    return value instanceof ImmutableProfessionalUnit ? value : builder().from(value).build();
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

  /** Builds a {@link ProfessionalUnit}. Not thread-safe. */
  public static final class Builder extends ImmutableProfessionalUnit.Builder {
    Builder() {}
  }
}
