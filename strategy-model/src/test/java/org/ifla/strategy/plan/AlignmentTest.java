package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.TestEditions;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  private static final Alignment FULL = Alignment.builder()
      .element(ElementReference.parse("SD4"))
      .statedNumber("4")
      .statedTitle("Capacity Building")
      .rationale(LocalizedText.of(LanguageTag.ENGLISH, "Focus area is aligned with IFLA\u2019s Strategic Direction 4"))
      .level(AlignmentLevel.AREA)
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(Optional.of(ElementReference.parse("SD4")), FULL.element());
    assertEquals(Optional.of("4"), FULL.statedNumber());
    assertEquals(Optional.of("Capacity Building"), FULL.statedTitle());
    assertEquals(Optional.of(LocalizedText.of(LanguageTag.ENGLISH,
        "Focus area is aligned with IFLA\u2019s Strategic Direction 4")),
        FULL.rationale());
    assertEquals(Optional.of(AlignmentLevel.AREA), FULL.level());
    assertFalse(FULL.isExternal());
  }

  @Test
  void anyOneOfElementNumberTitleOrRationaleIsEnough() {
    assertTrue(Alignment.builder().element(ElementReference.parse("SD1.KI1")).build().element().isPresent());
    assertEquals(Optional.of("4.5"), Alignment.builder().statedNumber("4.5").build().statedNumber());
    assertEquals(Optional.of("International Advocacy"),
        Alignment.builder().statedTitle("International Advocacy").build().statedTitle());
    assertTrue(Alignment.builder().rationale(LocalizedText.of(LanguageTag.ENGLISH,
        "why")).build().rationale().isPresent());
  }

  @Test
  void migratedAlignmentKeepsItsQualifiedOriginal() {
    ElementReference original = ElementReference.parse("ifla-strategic-plan-2016-2021:SD4.KI5");
    Alignment migrated = Alignment.builder().from(FULL).element(ElementReference.parse("SD3.KI3"))
        .migratedFrom(original).build();
    assertEquals(Optional.of(original), migrated.migratedFrom());
    assertEquals(Optional.empty(), FULL.migratedFrom());
    assertUnequalValues(FULL, Alignment.builder().from(FULL).migratedFrom(original).build());
    // an alignment whose element found no successor says something through its original alone
    assertEquals(Optional.of(original), Alignment.builder().migratedFrom(original).build().migratedFrom());
    assertIllegalState(() -> Alignment.builder().from(FULL).migratedFrom(ElementReference.parse("SD4.KI5")).build(),
        "names its edition", "SD4.KI5");
  }

  @Test
  void anAlignmentThatSaysNothingIsRejected() {
    assertIllegalState(() -> Alignment.builder().build(), "needs an element");
    assertIllegalState(() -> Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE).build(), "needs an element");
    assertIllegalState(() -> Alignment.builder().isExternal(true).build(), "needs an element");
  }

  @Test
  void externalAlignmentHasNoElement() {
    Alignment external = Alignment.builder().isExternal(true).statedTitle("IFLA Global Vision").build();
    assertTrue(external.isExternal());
    assertEquals(Optional.empty(), external.element());
    assertIllegalState(() -> Alignment.builder().isExternal(true).element(ElementReference.parse("SD1")).build(),
        "external", "SD1");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Alignment.builder().element((ElementReference) null));
    assertNullRejected(() -> Alignment.builder().statedNumber((String) null));
    assertNullRejected(() -> Alignment.builder().statedTitle((String) null));
    assertNullRejected(() -> Alignment.builder().rationale((LocalizedText) null));
    assertNullRejected(() -> Alignment.builder().level((AlignmentLevel) null));
    assertNullRejected(() -> Alignment.copyOf(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(FULL, Alignment.builder().from(FULL).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(FULL, Alignment.builder().from(FULL).element(ElementReference.parse("SD3")).build());
    assertUnequalValues(FULL, Alignment.builder().from(FULL)
        .element(ElementReference.parse("ifla-strategy-2019-2024:SD4")).build());
    assertUnequalValues(FULL, Alignment.builder().from(FULL).statedNumber("04").build());
    assertUnequalValues(FULL, Alignment.builder().from(FULL).statedTitle("Capacity building").build());
    assertUnequalValues(FULL, Alignment.builder().from(FULL).rationale(Optional.empty()).build());
    assertUnequalValues(FULL, Alignment.builder().from(FULL).level(AlignmentLevel.KEY_INITIATIVE).build());
    Alignment titleOnly = Alignment.builder().statedTitle("IFLA Global Vision").build();
    assertUnequalValues(titleOnly, Alignment.builder().from(titleOnly).isExternal(true).build());
  }

  @Test
  void copyOfIsEqual() {
    assertEquals(FULL, Alignment.copyOf(FULL));
    assertSame(FULL, Alignment.copyOf(FULL));
  }

  @Test
  void alignmentCopyOfEqualsTheOriginal() {
    qt().forAll(QuickTheoriesGens.of(Generators.strategyEditions()).flatMap(e -> QuickTheoriesGens.of(Generators.alignments(e))))
        .checkAssert(alignment -> {
          assertEquals(alignment, Alignment.copyOf(alignment));
          assertEquals(alignment, Alignment.builder().from(alignment).build());
          assertEquals(alignment.hashCode(), Alignment.builder().from(alignment).build().hashCode());
        });
  }

  @Test
  void alignmentToAnEditionResolvesInIt() {
    qt().forAll(QuickTheoriesGens.of(Generators.alignments(TestEditions.sample())))
        .checkAssert(alignment -> alignment.element().ifPresent(ref -> assertTrue(
            TestEditions.sample().contains(ref.element()), ref::toString)));
  }
}
