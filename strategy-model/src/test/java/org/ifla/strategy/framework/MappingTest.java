package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingTest {
  private static final ElementId A = ElementId.parse("SD1.KI2");
  private static final ElementId B = ElementId.parse("IA2.KI1");

  @Test
  void correspondenceHasBothSides() {
    Mapping m = Mapping.of(A, MappingKind.CLOSE, B, "same aim");
    assertEquals(Optional.of(A), m.source());
    assertEquals(Optional.of(B), m.target());
    assertEquals(MappingKind.CLOSE, m.kind());
    assertEquals("same aim", m.rationale());
    assertEquals("SD1.KI2 close IA2.KI1", m.toString());
  }

  @Test
  void retiredHasOnlyASourceAndNewOnlyATarget() {
    Mapping retired = Mapping.retired(A, "gone");
    assertEquals(Optional.empty(), retired.target());
    assertEquals(MappingKind.RETIRED, retired.kind());
    assertEquals("SD1.KI2 retired -", retired.toString());
    Mapping added = Mapping.newElement(B, "fresh");
    assertEquals(Optional.empty(), added.source());
    assertEquals(MappingKind.NEW, added.kind());
    assertEquals("- new IA2.KI1", added.toString());
  }

  @Test
  void oneSidedKindsAreNotCorrespondences() {
    assertIllegalState(() -> Mapping.of(A, MappingKind.RETIRED, B, "x"), "retired");
    assertIllegalState(() -> Mapping.of(A, MappingKind.NEW, B, "x"), "new");
  }

  @Test
  void blankRationaleIsRejected() {
    assertIllegalState(() -> Mapping.of(A, MappingKind.EXACT, B, " "), "blank rationale");
    assertIllegalState(() -> Mapping.retired(A, ""), "blank rationale");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Mapping.of(null, MappingKind.EXACT, B, "x"));
    assertNullRejected(() -> Mapping.of(A, null, B, "x"));
    assertNullRejected(() -> Mapping.of(A, MappingKind.EXACT, null, "x"));
    assertNullRejected(() -> Mapping.of(A, MappingKind.EXACT, B, null));
    assertNullRejected(() -> Mapping.retired(null, "x"));
    assertNullRejected(() -> Mapping.newElement(null, "x"));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(Mapping.of(A, MappingKind.EXACT, B, "x"), Mapping.of(A, MappingKind.EXACT, B, "x"));
    assertUnequalValues(Mapping.of(A, MappingKind.EXACT, B, "x"), Mapping.of(A, MappingKind.CLOSE, B, "x"));
    assertUnequalValues(Mapping.of(A, MappingKind.EXACT, B, "x"), Mapping.of(A, MappingKind.EXACT, B, "y"));
    assertUnequalValues(Mapping.retired(A, "x"), Mapping.newElement(A, "x"));
  }
}
