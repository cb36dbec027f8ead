package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.framework.MappingKind.BROADER;
import static org.ifla.strategy.framework.MappingKind.CLOSE;
import static org.ifla.strategy.framework.MappingKind.EXACT;
import static org.ifla.strategy.framework.MappingKind.NARROWER;
import static org.ifla.strategy.framework.MappingKind.NEW;
import static org.ifla.strategy.framework.MappingKind.RELATED;
import static org.ifla.strategy.framework.MappingKind.RETIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MappingKindTest {
  private static final List<MappingKind> CORRESPONDENCES = List.of(EXACT, CLOSE, BROADER, NARROWER, RELATED);

  /** The composition table, row then column, as the class documentation states it. */
  private static final MappingKind[][] TABLE = {
      // EXACT     CLOSE     BROADER   NARROWER  RELATED
      {EXACT, CLOSE, BROADER, NARROWER, RELATED}, // EXACT
      {CLOSE, CLOSE, BROADER, NARROWER, RELATED}, // CLOSE
      {BROADER, BROADER, BROADER, RELATED, RELATED}, // BROADER
      {NARROWER, NARROWER, RELATED, NARROWER, RELATED}, // NARROWER
      {RELATED, RELATED, RELATED, RELATED, RELATED}, // RELATED
  };

  private static Gen<MappingKind> correspondences() {
    return Generate.pick(CORRESPONDENCES);
  }

  @Test
  void compositionFollowsTheDocumentedTable() {
    for (int i = 0; i < CORRESPONDENCES.size(); i++) {
      for (int j = 0; j < CORRESPONDENCES.size(); j++) {
        assertEquals(TABLE[i][j], CORRESPONDENCES.get(i).then(CORRESPONDENCES.get(j)),
            CORRESPONDENCES.get(i) + " then " + CORRESPONDENCES.get(j));
      }
    }
  }

  @Test
  void exactIsTheIdentity() {
    qt().forAll(correspondences()).check(k -> EXACT.then(k) == k && k.then(EXACT) == k);
  }

  @Test
  void relatedAbsorbs() {
    qt().forAll(correspondences()).check(k -> RELATED.then(k) == RELATED && k.then(RELATED) == RELATED);
  }

  @Test
  void compositionIsAssociative() {
    qt().forAll(correspondences(), correspondences(), correspondences())
        .check((a, b, c) -> a.then(b).then(c) == a.then(b.then(c)));
  }

  @Test
  void compositionIsCommutative() {
    qt().forAll(correspondences(), correspondences()).check((a, b) -> a.then(b) == b.then(a));
  }

  @Test
  void compositionIsNeverStrongerThanEitherStep() {
    qt().forAll(correspondences(), correspondences())
        .check((a, b) -> !a.then(b).isStrongerThan(a) && !a.then(b).isStrongerThan(b));
    assertNotEquals(EXACT, BROADER.then(NARROWER));
    assertNotEquals(EXACT, NARROWER.then(BROADER));
  }

  @Test
  void oneSidedKindsDoNotCompose() {
    assertIllegalArgument(() -> RETIRED.then(EXACT), "retired");
    assertIllegalArgument(() -> EXACT.then(NEW), "new");
    assertNullRejected(() -> EXACT.then(null));
    assertFalse(RETIRED.isCorrespondence());
    assertFalse(NEW.isCorrespondence());
    assertTrue(CORRESPONDENCES.stream().allMatch(MappingKind::isCorrespondence));
  }

  @Test
  void inverseSwapsBroaderAndNarrowerAndRetiredAndNew() {
    assertEquals(NARROWER, BROADER.inverse());
    assertEquals(BROADER, NARROWER.inverse());
    assertEquals(NEW, RETIRED.inverse());
    assertEquals(RETIRED, NEW.inverse());
    assertEquals(EXACT, EXACT.inverse());
    assertEquals(CLOSE, CLOSE.inverse());
    assertEquals(RELATED, RELATED.inverse());
    qt().forAll(Generate.enumValues(MappingKind.class)).check(k -> k.inverse().inverse() == k);
  }

  @Test
  void textFormIsTheLowerCaseNameAndParses() {
    assertEquals("narrower", NARROWER.toString());
    assertEquals(RETIRED, MappingKind.parse("retired"));
    qt().forAll(Generate.enumValues(MappingKind.class)).check(k -> MappingKind.parse(k.toString()) == k);
    assertIllegalArgument(() -> MappingKind.parse("EXACT"), "'EXACT'");
    assertIllegalArgument(() -> MappingKind.parse("sameAs"), "'sameAs'");
    assertNullRejected(() -> MappingKind.parse(null));
  }

  @Test
  void strengthFollowsDeclarationOrder() {
    assertTrue(EXACT.isStrongerThan(CLOSE));
    assertTrue(NARROWER.isStrongerThan(RELATED));
    assertFalse(RELATED.isStrongerThan(RELATED));
    assertFalse(RELATED.isStrongerThan(EXACT));
    assertNullRejected(() -> EXACT.isStrongerThan(null));
  }
}
