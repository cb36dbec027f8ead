package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.ifla.strategy.framework.TestEditions.keyInitiative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class EnablerTest {
  private static final ElementId ID = ElementId.parse("EN");
  private static final KeyInitiative KI = keyInitiative("EN.KI1", "2.1", "EN", "Produce key resources");
  private static final MeasureOfSuccess MEASURE = MeasureOfSuccess.builder().id(ElementId.parse("EN.M1"))
      .title(en("Resources downloaded")).area(ID).build();
  private static final Statement ITEM = Statement.of(ElementId.parse("EN.D1"), ElementKind.OVERVIEW_ITEM,
      en("Overview item"));
  private static final Enabler AREA = Enabler.builder()
      .id(ID)
      .number("2")
      .title(en("A strong and sustainable federation"))
      .description(en("Description"))
      .addKeyInitiatives(KI)
      .addMeasuresOfSuccess(MEASURE)
      .addOverviewItems(ITEM)
      .fieldOutcome(en("Field outcome"))
      .successCriteria(en("Success criteria"))
      .addAlternativeTitles(en("Alternative title"))
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(ID, AREA.id());
    assertEquals(ElementKind.ENABLER, AREA.kind());
    assertEquals(Optional.of("2"), AREA.number());
    assertEquals(en("A strong and sustainable federation"), AREA.title());
    assertEquals(Optional.of(en("Description")), AREA.description());
    assertEquals(List.of(KI), AREA.keyInitiatives());
    assertEquals(List.of(MEASURE), AREA.measuresOfSuccess());
    assertEquals(List.of(ITEM), AREA.overviewItems());
    assertEquals(Optional.of(en("Field outcome")), AREA.fieldOutcome());
    assertEquals(Optional.of(en("Success criteria")), AREA.successCriteria());
    assertEquals(List.of(en("Alternative title")), AREA.alternativeTitles());
  }

  @Test
  void onlyIdAndTitleAreRequired() {
    Enabler bare = Enabler.builder().id(ID).title(en("t")).build();
    assertEquals(Optional.empty(), bare.number());
    assertEquals(Optional.empty(), bare.description());
    assertEquals(List.of(), bare.keyInitiatives());
    assertEquals(List.of(), bare.measuresOfSuccess());
    assertEquals(List.of(), bare.overviewItems());
    assertEquals(Optional.empty(), bare.fieldOutcome());
    assertEquals(Optional.empty(), bare.successCriteria());
    assertEquals(List.of(), bare.alternativeTitles());
    assertIllegalState(() -> Enabler.builder().title(en("t")).build(), "id");
    assertIllegalState(() -> Enabler.builder().id(ID).build(), "title");
  }

  @Test
  void keyInitiativeOfAnotherAreaIsRejected() {
    KeyInitiative other = keyInitiative("SD9.KI1", "9.1", "SD9", "Elsewhere");
    assertIllegalState(() -> Enabler.builder().id(ID).title(en("t")).addKeyInitiatives(other).build(),
        "SD9.KI1", "EN", "SD9");
  }

  @Test
  void measureOfAnotherAreaIsRejected() {
    MeasureOfSuccess other = MeasureOfSuccess.builder().id(ElementId.parse("SD9.M1")).title(en("m"))
        .area(ElementId.parse("SD9")).build();
    assertIllegalState(() -> Enabler.builder().id(ID).title(en("t")).addMeasuresOfSuccess(other).build(),
        "SD9.M1", "EN", "SD9");
  }

  @Test
  void overviewItemMustBeOfThatKind() {
    Statement vision = Statement.of(ElementId.parse("V"), ElementKind.VISION, en("v"));
    assertIllegalState(() -> Enabler.builder().id(ID).title(en("t")).addOverviewItems(vision).build(),
        "V", "VISION");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Enabler.builder().id(null));
    assertNullRejected(() -> Enabler.builder().title(null));
    assertNullRejected(() -> Enabler.builder().number((String) null));
    assertNullRejected(() -> Enabler.builder().description((LocalizedText) null));
    assertNullRejected(() -> Enabler.builder().addKeyInitiatives((KeyInitiative) null));
    assertNullRejected(() -> Enabler.builder().addMeasuresOfSuccess((MeasureOfSuccess) null));
    assertNullRejected(() -> Enabler.builder().addOverviewItems((Statement) null));
    assertNullRejected(() -> Enabler.builder().addAlternativeTitles((LocalizedText) null));
  }

  @Test
  void listsAreUnmodifiable() {
    assertUnmodifiable(AREA.keyInitiatives(), KI);
    assertUnmodifiable(AREA.measuresOfSuccess(), MEASURE);
    assertUnmodifiable(AREA.overviewItems(), ITEM);
    assertUnmodifiable(AREA.alternativeTitles(), en("x"));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(AREA, Enabler.builder().from(AREA).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(AREA, Enabler.builder().from(AREA).number("3").build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).title(en("Other")).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).description(Optional.empty()).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).keyInitiatives(List.of()).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).measuresOfSuccess(List.of()).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).overviewItems(List.of()).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).fieldOutcome(en("Other")).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).successCriteria(Optional.empty()).build());
    assertUnequalValues(AREA, Enabler.builder().from(AREA).addAlternativeTitles(en("Another")).build());
  }
}
