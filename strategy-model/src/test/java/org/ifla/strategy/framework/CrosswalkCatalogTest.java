package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrosswalkCatalogTest {
  private static final EditionId X = EditionId.parse("x");
  private static final EditionId Y = EditionId.parse("y");
  private static final EditionId Z = EditionId.parse("z");
  private static final ElementId A = ElementId.parse("A");
  private static final ElementId B = ElementId.parse("B");
  private static final ElementId C = ElementId.parse("C");
  private static final Crosswalk XY = Crosswalk.builder().fromEdition(X).toEdition(Y)
      .addMappings(Mapping.of(A, MappingKind.CLOSE, B, "ab")).build();
  private static final Crosswalk YZ = Crosswalk.builder().fromEdition(Y).toEdition(Z)
      .addMappings(Mapping.of(B, MappingKind.BROADER, C, "bc")).build();
  private static final CrosswalkCatalog CATALOG = CrosswalkCatalog.of(XY, YZ);

  @Test
  void pathFollowsTheCrosswalks() {
    assertEquals(List.of(XY, YZ), CATALOG.path(X, Z));
    assertEquals(List.of(YZ), CATALOG.path(Y, Z));
    assertEquals(List.of(), CATALOG.path(X, X));
    assertIllegalArgument(() -> CATALOG.path(Z, X), "no crosswalk leads from z to x");
  }

  @Test
  void betweenComposesAlongThePath() {
    assertEquals(Optional.of(XY), CATALOG.between(X, Y));
    Crosswalk xz = CATALOG.between(X, Z).orElseThrow();
    assertEquals(List.of(Mapping.of(A, MappingKind.BROADER, C, "ab | via B: bc")), xz.mappings());
    assertEquals(Optional.empty(), CATALOG.between(Z, X));
    assertEquals(Optional.empty(), CATALOG.between(X, X));
  }

  @Test
  void shortestPathWins() {
    Crosswalk direct = Crosswalk.builder().fromEdition(X).toEdition(Z).addMappings(Mapping.retired(A, "gone")).build();
    assertEquals(List.of(direct), CATALOG.with(direct).path(X, Z));
  }

  @Test
  void withAddsOrReplaces() {
    Crosswalk other = Crosswalk.builder().fromEdition(X).toEdition(Y).addMappings(Mapping.retired(A, "gone")).build();
    assertEquals(List.of(YZ, other), CATALOG.with(other).crosswalks());
    assertEquals(List.of(XY, YZ), CATALOG.crosswalks());
  }

  @Test
  void twoCrosswalksForOnePairAreRejected() {
    assertIllegalArgument(() -> CrosswalkCatalog.of(XY, XY), "two crosswalks from x to y");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> CrosswalkCatalog.of((Iterable<Crosswalk>) null));
    assertNullRejected(() -> CrosswalkCatalog.of(XY, null));
    assertNullRejected(() -> CATALOG.between(null, X));
    assertNullRejected(() -> CATALOG.path(X, null));
    assertNullRejected(() -> CATALOG.with(null));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(CATALOG, CrosswalkCatalog.of(List.of(XY, YZ)));
    assertUnequalValues(CATALOG, CrosswalkCatalog.of(YZ, XY));
    assertEquals("CrosswalkCatalog[x -> y, y -> z]", CATALOG.toString());
  }
}
