package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.ifla.strategy.framework.TestEditions.keyInitiative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CrosswalkTest {
  private static final EditionId X = EditionId.parse("x-2000-2004");
  private static final EditionId Y = EditionId.parse("y-2004-2008");
  private static final EditionId Z = EditionId.parse("z-2008-2012");

  private static ElementId id(String s) {
    return ElementId.parse(s);
  }

  /** X to Y: A1 exact B1, A2 split into B2 (narrower) and B3 (narrower), A3 retired, B4 new. */
  private static final Crosswalk XY = Crosswalk.builder().fromEdition(X).toEdition(Y)
      .addMappings(Mapping.of(id("A1"), MappingKind.EXACT, id("B1"), "same"))
      .addMappings(Mapping.of(id("A2"), MappingKind.NARROWER, id("B2"), "half"))
      .addMappings(Mapping.of(id("A2"), MappingKind.NARROWER, id("B3"), "other half"))
      .addMappings(Mapping.retired(id("A3"), "dropped"))
      .addMappings(Mapping.newElement(id("B4"), "fresh"))
      .build();
  /** Y to Z: B1 close C1, B2 broader C2, B3 broader C2, B4 related C1, C3 new. */
  private static final Crosswalk YZ = Crosswalk.builder().fromEdition(Y).toEdition(Z)
      .addMappings(Mapping.of(id("B1"), MappingKind.CLOSE, id("C1"), "reworded"))
      .addMappings(Mapping.of(id("B2"), MappingKind.BROADER, id("C2"), "merged"))
      .addMappings(Mapping.of(id("B3"), MappingKind.BROADER, id("C2"), "merged too"))
      .addMappings(Mapping.of(id("B4"), MappingKind.RELATED, id("C1"), "touches"))
      .addMappings(Mapping.newElement(id("C3"), "fresh again"))
      .build();

  @Test
  void lookUpsBySourceAndTarget() {
    assertEquals(2, XY.mappingsFrom(id("A2")).size());
    assertEquals(List.of(id("B2"), id("B3")), XY.correspondencesOf(id("A2")).stream()
        .map(m -> m.target().orElseThrow()).collect(Collectors.toList()));
    assertEquals(List.of(), XY.correspondencesOf(id("A3")));
    assertEquals(1, XY.mappingsFrom(id("A3")).size());
    assertTrue(XY.isRetired(id("A3")));
    assertFalse(XY.isRetired(id("A1")));
    assertEquals(List.of(), XY.mappingsFrom(id("A9")));
    assertEquals(List.of(Mapping.newElement(id("B4"), "fresh")), XY.mappingsTo(id("B4")));
    assertEquals(List.of(id("A1"), id("A2"), id("A3")), XY.sources().asList());
    assertEquals(List.of(id("B1"), id("B2"), id("B3"), id("B4")), XY.targets().asList());
    assertUnmodifiable(XY.mappings(), Mapping.retired(id("A9"), "x"));
  }

  @Test
  void compositionFollowsBothStepsAndKeepsTheStrongestKind() {
    Crosswalk xz = XY.then(YZ);
    assertEquals(X, xz.fromEdition());
    assertEquals(Z, xz.toEdition());
    // A1 exact B1, B1 close C1: close
    assertEquals(List.of(Mapping.of(id("A1"), MappingKind.CLOSE, id("C1"), "same | via B1: reworded")),
        xz.mappingsFrom(id("A1")));
    // A2 narrower B2 broader C2 and A2 narrower B3 broader C2: one mapping, related (not exact)
    assertEquals(List.of(Mapping.of(id("A2"), MappingKind.RELATED, id("C2"), "half | via B2: merged")),
        xz.mappingsFrom(id("A2")));
    assertEquals(List.of(Mapping.retired(id("A3"), "dropped")), xz.mappingsFrom(id("A3")));
    // C1 is reached (from A1), so B4's being new does not make C1 new; C3 is new in YZ
    assertEquals(List.of(Mapping.newElement(id("C3"), "fresh again")), xz.mappingsTo(id("C3")));
    assertEquals(1, xz.mappingsTo(id("C1")).size());
  }

  @Test
  void compositionRetiresWhatEndsInARetiredElementAndMarksNewWhatOnlyNewElementsReach() {
    Crosswalk yz = Crosswalk.builder().fromEdition(Y).toEdition(Z)
        .addMappings(Mapping.retired(id("B1"), "ends"))
        .addMappings(Mapping.of(id("B4"), MappingKind.EXACT, id("C4"), "kept"))
        .build();
    Crosswalk xz = XY.then(yz);
    assertEquals(List.of(Mapping.retired(id("A1"), "same | via B1: ends")), xz.mappingsFrom(id("A1")));
    // A2's targets B2, B3 are not mentioned in yz: retired, saying so
    assertEquals(MappingKind.RETIRED, xz.mappingsFrom(id("A2")).get(0).kind());
    assertTrue(xz.mappingsFrom(id("A2")).get(0).rationale().contains("via B2: not mapped onward"));
    assertEquals(List.of(Mapping.newElement(id("C4"), "fresh | via B4: kept")), xz.mappingsTo(id("C4")));
  }

  @Test
  void compositionNeedsAdjoiningEditions() {
    assertIllegalArgument(() -> YZ.then(XY), "starts at x-2000-2004");
    assertNullRejected(() -> XY.then(null));
  }

  @Test
  void completenessAgainstEditions() {
    StrategyEdition x = StrategyEdition.builder().id(X).title(en("X")).firstYear(2000).lastYear(2004)
        .addAreas(StrategicDirection.builder().id(id("A1")).number("1").title(en("One"))
            .addKeyInitiatives(keyInitiative("A1.KI1", "1.1", "A1", "One one")).build())
        .build();
    Crosswalk c = Crosswalk.builder().fromEdition(X).toEdition(Y)
        .addMappings(Mapping.of(id("A1"), MappingKind.EXACT, id("B1"), "same")).build();
    assertEquals(List.of(id("A1.KI1")), c.unmappedIn(x));
    assertIllegalArgument(() -> c.unaccountedIn(x), "x-2000-2004");
    assertIllegalArgument(() -> c.unmappedIn(StrategyEdition.builder().from(x).id(Y).build()), "y-2004-2008");
    StrategyEdition y = StrategyEdition.builder().from(x).id(Y).build();
    assertEquals(List.of(id("A1"), id("A1.KI1")), c.unaccountedIn(y));
    assertEquals(List.of(ElementReference.of(Y, id("B1"))), c.unknownElements(x, y));
  }

  @Test
  void inconsistentCrosswalksAreRejected() {
    assertIllegalState(() -> Crosswalk.builder().fromEdition(X).toEdition(X).build(), "to itself");
    assertIllegalState(() -> Crosswalk.builder().fromEdition(X).toEdition(Y)
        .addMappings(Mapping.of(id("A1"), MappingKind.EXACT, id("B1"), "same"))
        .addMappings(Mapping.of(id("A1"), MappingKind.CLOSE, id("B1"), "again")).build(), "two mappings");
    assertIllegalState(() -> Crosswalk.builder().fromEdition(X).toEdition(Y)
        .addMappings(Mapping.of(id("A1"), MappingKind.EXACT, id("B1"), "same"))
        .addMappings(Mapping.retired(id("A1"), "gone")).build(), "A1 is retired but also mapped");
    assertIllegalState(() -> Crosswalk.builder().fromEdition(X).toEdition(Y)
        .addMappings(Mapping.of(id("A1"), MappingKind.EXACT, id("B1"), "same"))
        .addMappings(Mapping.newElement(id("B1"), "fresh")).build(), "B1 is new but also mapped to");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> XY.mappingsFrom(null));
    assertNullRejected(() -> XY.mappingsTo(null));
    assertNullRejected(() -> XY.isRetired(null));
    assertNullRejected(() -> XY.unmappedIn(null));
    assertNullRejected(() -> Crosswalk.builder().fromEdition(null));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(XY, Crosswalk.builder().fromEdition(X).toEdition(Y).addAllMappings(XY.mappings()).build());
    assertUnequalValues(XY, Crosswalk.builder().fromEdition(X).toEdition(Z).addAllMappings(XY.mappings()).build());
    assertEquals("Crosswalk{x-2000-2004 -> y-2004-2008, 5 mappings}", XY.toString());
  }

  // ---- composition over generated crosswalks -----------------------------------------------------------

  private static final List<String> OLD = List.of("A1", "A2", "A3", "A4");
  private static final List<String> MID = List.of("B1", "B2", "B3", "B4");
  private static final List<String> NEWER = List.of("C1", "C2", "C3", "C4");

  /** Each source retired or mapped to one to three distinct targets, with any correspondence kinds. */
  private static Gen<Crosswalk> crosswalks(EditionId from, EditionId to, List<String> sources,
      List<String> targets) {
    Gen<MappingKind> kinds = Generate.pick(List.of(MappingKind.EXACT, MappingKind.CLOSE, MappingKind.BROADER,
        MappingKind.NARROWER, MappingKind.RELATED));
    return in -> {
      Crosswalk.Builder c = Crosswalk.builder().fromEdition(from).toEdition(to);
      for (String s : sources) {
        int n = Generate.range(0, 3).generate(in);
        if (n == 0) {
          c.addMappings(Mapping.retired(id(s), "r " + s));
          continue;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          chosen.add(Generate.pick(targets).generate(in));
        }
        for (String t : chosen) {
          c.addMappings(Mapping.of(id(s), kinds.generate(in), id(t), s + " to " + t));
        }
      }
      return c.build();
    };
  }

  @Test
  void composedTargetsAreTheTargetsReachedStepByStep() {
    qt().forAll(crosswalks(X, Y, OLD, MID), crosswalks(Y, Z, MID, NEWER)).check((xy, yz) -> {
      Crosswalk xz = xy.then(yz);
      for (String a : OLD) {
        Set<ElementId> stepByStep = new LinkedHashSet<>();
        for (Mapping ab : xy.correspondencesOf(id(a))) {
          yz.correspondencesOf(ab.target().orElseThrow()).forEach(bc -> stepByStep.add(bc.target().orElseThrow()));
        }
        Set<ElementId> direct = xz.correspondencesOf(id(a)).stream().map(m -> m.target().orElseThrow())
            .collect(Collectors.toSet());
        if (!direct.equals(stepByStep) || direct.isEmpty() != xz.isRetired(id(a))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void composedKindIsTheStrongestOverPaths() {
    qt().forAll(crosswalks(X, Y, OLD, MID), crosswalks(Y, Z, MID, NEWER)).check((xy, yz) -> {
      Crosswalk xz = xy.then(yz);
      for (Mapping ac : xz.mappings()) {
        if (!ac.kind().isCorrespondence()) {
          continue;
        }
        List<MappingKind> pathKinds = new ArrayList<>();
        for (Mapping ab : xy.correspondencesOf(ac.source().orElseThrow())) {
          for (Mapping bc : yz.correspondencesOf(ab.target().orElseThrow())) {
            if (bc.target().equals(ac.target())) {
              pathKinds.add(ab.kind().then(bc.kind()));
            }
          }
        }
        if (pathKinds.stream().anyMatch(k -> k.isStrongerThan(ac.kind())) || !pathKinds.contains(ac.kind())) {
          return false;
        }
      }
      return true;
    });
  }
}
