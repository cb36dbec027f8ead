package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureOfSuccessTest {
  private static final MeasureOfSuccess MEASURE = MeasureOfSuccess.builder()
      .id(ElementId.parse("IA1.M2"))
      .title(en("Number of participants in networks"))
      .area(ElementId.parse("IA1"))
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(ElementId.parse("IA1.M2"), MEASURE.id());
    assertEquals(ElementKind.MEASURE_OF_SUCCESS, MEASURE.kind());
    assertEquals(Optional.empty(), MEASURE.number());
    assertEquals(en("Number of participants in networks"), MEASURE.title());
    assertEquals(ElementId.parse("IA1"), MEASURE.area());
    assertEquals(Optional.of("2"), MeasureOfSuccess.builder().from(MEASURE).number("2").build().number());
  }

  @Test
  void requiredFieldsAreRequired() {
    assertIllegalState(() -> MeasureOfSuccess.builder().id(ElementId.parse("IA1.M1")).title(en("t")).build(),
        "area");
    assertIllegalState(() -> MeasureOfSuccess.builder().title(en("t")).area(ElementId.parse("IA1")).build(), "id");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> MeasureOfSuccess.builder().id(null));
    assertNullRejected(() -> MeasureOfSuccess.builder().title(null));
    assertNullRejected(() -> MeasureOfSuccess.builder().area(null));
    assertNullRejected(() -> MeasureOfSuccess.builder().number((String) null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(MEASURE, MeasureOfSuccess.builder().from(MEASURE).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(MEASURE, MeasureOfSuccess.builder().from(MEASURE).id(ElementId.parse("IA1.M3")).build());
    assertUnequalValues(MEASURE, MeasureOfSuccess.builder().from(MEASURE).number("2").build());
    assertUnequalValues(MEASURE, MeasureOfSuccess.builder().from(MEASURE).title(en("Other")).build());
    assertUnequalValues(MEASURE, MeasureOfSuccess.builder().from(MEASURE).area(ElementId.parse("IA2")).build());
  }
}
