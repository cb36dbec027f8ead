package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ProfessionalUnitTest {
  private static final LocalizedText NAME = LocalizedText.of(LanguageTag.ENGLISH, "Metropolitan Libraries");
  private static final ProfessionalUnit UNIT = ProfessionalUnit.builder().name(NAME).type(UnitType.SECTION)
      .abbreviation("MetLib").build();

  @Test
  void ofKeepsTypeAndName() {
    ProfessionalUnit unit = ProfessionalUnit.of(UnitType.SECTION, NAME);
    assertEquals(UnitType.SECTION, unit.type());
    assertEquals(NAME, unit.name());
    assertEquals(Optional.empty(), unit.abbreviation());
  }

  @Test
  void builderKeepsTheAbbreviation() {
    assertEquals(Optional.of("MetLib"), UNIT.abbreviation());
  }

  @Test
  void nameAndTypeAreRequired() {
    assertIllegalState(() -> ProfessionalUnit.builder().type(UnitType.SECTION).build(), "name");
    assertIllegalState(() -> ProfessionalUnit.builder().name(NAME).build(), "type");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ProfessionalUnit.of(null, NAME));
    assertNullRejected(() -> ProfessionalUnit.of(UnitType.SECTION, null));
    assertNullRejected(() -> ProfessionalUnit.builder().abbreviation((String) null));
    assertNullRejected(() -> ProfessionalUnit.copyOf(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(UNIT, ProfessionalUnit.builder().from(UNIT).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(UNIT, ProfessionalUnit.builder().from(UNIT).name(LocalizedText.of(LanguageTag.ENGLISH,
        "MetLib")).build());
    assertUnequalValues(UNIT, ProfessionalUnit.builder().from(UNIT).type(UnitType.SPECIAL_INTEREST_GROUP).build());
    assertUnequalValues(UNIT, ProfessionalUnit.builder().from(UNIT).abbreviation("METLIB").build());
    assertUnequalValues(UNIT, ProfessionalUnit.builder().from(UNIT).abbreviation(Optional.empty()).build());
  }

  @Test
  void professionalUnitCopyOfEqualsTheOriginal() {
    qt().forAll(QuickTheoriesGens.of(Generators.professionalUnits()))
        .checkAssert(unit -> {
          assertEquals(unit, ProfessionalUnit.copyOf(unit));
          assertEquals(unit, ProfessionalUnit.builder().from(unit).build());
        });
  }
}
