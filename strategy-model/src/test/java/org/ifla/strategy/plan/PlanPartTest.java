package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class PlanPartTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static final Alignment AREA_ALIGNMENT = Alignment.builder().element(ElementReference.parse("SD1"))
      .statedNumber("1").statedTitle("Strengthen the global voice of libraries").level(AlignmentLevel.AREA).build();
  private static final Alignment KI_ALIGNMENT = Alignment.builder().element(ElementReference.parse("SD1.KI1"))
      .statedNumber("1.1").level(AlignmentLevel.KEY_INITIATIVE).build();
  private static final Activity ACTIVITY = Activity.builder().title(en("Survey libraries")).build();
  private static final PlanPart AREA = PlanPart.builder()
      .number("2")
      .title(en("Tackling the challenge"))
      .description(en("More about it"))
      .addAlignments(AREA_ALIGNMENT, KI_ALIGNMENT)
      .addActivities(ACTIVITY)
      .communication(en("Post call on website"))
      .impactMeasures(en("Number of responses received"))
      .collaboration(en("Public Libraries Section;"))
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(Optional.of("2"), AREA.number());
    assertEquals(Optional.of(en("Tackling the challenge")), AREA.title());
    assertEquals(Optional.of(en("More about it")), AREA.description());
    assertEquals(List.of(AREA_ALIGNMENT, KI_ALIGNMENT), AREA.alignments());
    assertEquals(List.of(ACTIVITY), AREA.activities());
    assertEquals(Optional.of(en("Post call on website")), AREA.communication());
    assertEquals(Optional.of(en("Number of responses received")), AREA.impactMeasures());
    assertEquals(Optional.of(en("Public Libraries Section;")), AREA.collaboration());
  }

  @Test
  void everythingIsOptional() {
    PlanPart empty = PlanPart.builder().build();
    assertEquals(Optional.empty(), empty.number());
    assertEquals(Optional.empty(), empty.title());
    assertEquals(Optional.empty(), empty.description());
    assertEquals(List.of(), empty.alignments());
    assertEquals(List.of(), empty.activities());
    assertEquals(Optional.empty(), empty.communication());
    assertEquals(Optional.empty(), empty.impactMeasures());
    assertEquals(Optional.empty(), empty.collaboration());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> PlanPart.builder().number((String) null));
    assertNullRejected(() -> PlanPart.builder().title((LocalizedText) null));
    assertNullRejected(() -> PlanPart.builder().addAlignments((Alignment) null));
    assertNullRejected(() -> PlanPart.builder().addActivities((Activity) null));
    assertNullRejected(() -> PlanPart.builder().communication((LocalizedText) null));
    assertNullRejected(() -> PlanPart.copyOf(null));
  }

  @Test
  void listsAreUnmodifiable() {
    assertUnmodifiable(AREA.alignments(), AREA_ALIGNMENT);
    assertUnmodifiable(AREA.activities(), ACTIVITY);
  }

  @Test
  void copyOfIsEqual() {
    assertEquals(AREA, PlanPart.copyOf(AREA));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(AREA, PlanPart.builder().from(AREA).build());
    assertEqualValues(PlanPart.builder().build(), PlanPart.builder().build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).number("3").build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).title(Optional.empty()).build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).description(en("Other")).build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).alignments(List.of(KI_ALIGNMENT, AREA_ALIGNMENT))
        .build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).activities(List.of()).build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).communication(en("Other")).build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).impactMeasures(Optional.empty()).build());
    assertUnequalValues(AREA, PlanPart.builder().from(AREA).collaboration(en("Public Libraries Section")).build());
  }

  @Test
  void focusAreaCopyOfEqualsTheOriginal() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.of(Generators.strategyEditions()).flatMap(e -> QuickTheoriesGens.of(Generators.parts(e, Generators.period(e), 1))))
        .checkAssert(area -> {
          assertEquals(area, PlanPart.copyOf(area));
          assertEquals(area, PlanPart.builder().from(area).build());
          assertEquals(area.hashCode(), PlanPart.builder().from(area).build().hashCode());
        });
  }
}
