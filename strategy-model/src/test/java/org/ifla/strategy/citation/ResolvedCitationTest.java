package org.ifla.strategy.citation;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.junit.jupiter.api.Test;

class ResolvedCitationTest {
  private static final EditionId E19 = EditionId.parse("ifla-strategy-2019-2024");
  private static final Citation WITH_TITLE = Citation.parse("KI 2.1: Shape public opinion and debate");
  private static final ElementReference KI21 = ElementReference.parse("ifla-strategy-2019-2024:SD2.KI1");
  private static final ElementReference KI14 = ElementReference.parse("ifla-strategy-2019-2024:SD1.KI4");

  private static ResolvedCitation.Builder mismatch() {
    return ResolvedCitation.builder().citation(WITH_TITLE).edition(E19).basis(EditionBasis.NUMBER).element(KI21)
        .titleMatches(false).betterMatch(KI14);
  }

  @Test
  void builderKeepsEveryField() {
    ResolvedCitation r = mismatch().build();
    assertEquals(WITH_TITLE, r.citation());
    assertEquals(Optional.of(E19), r.edition());
    assertEquals(Optional.of(EditionBasis.NUMBER), r.basis());
    assertEquals(Optional.of(KI21), r.element());
    assertFalse(r.titleMatches());
    assertEquals(Optional.of(KI14), r.betterMatch());
    assertTrue(r.isResolved());
    assertEquals("ResolvedCitation{'KI 2.1: Shape public opinion and debate' -> ifla-strategy-2019-2024:SD2.KI1, "
        + "title mismatches, better ifla-strategy-2019-2024:SD1.KI4}", r.toString());
  }

  @Test
  void anUnresolvedCitationHasNoElementAndNoMatchingTitle() {
    ResolvedCitation r = ResolvedCitation.builder().citation(Citation.parse("KI 9.9")).titleMatches(false).build();
    assertFalse(r.isResolved());
    assertEquals(Optional.empty(), r.edition());
    assertEquals("ResolvedCitation{'KI 9.9' -> unresolved}", r.toString());
    assertIllegalState(() -> ResolvedCitation.builder().citation(Citation.parse("KI 9.9")).titleMatches(true)
        .build(), "unresolved", "KI 9.9");
  }

  @Test
  void inconsistentResultsAreRefused() {
    assertIllegalState(() -> mismatch().basis(Optional.empty()).build(), "basis");
    assertIllegalState(() -> mismatch().edition(EditionId.parse("other")).build(), "SD2.KI1", "other");
    assertIllegalState(() -> mismatch().citation(Citation.parse("KI 2.1")).build(), "better match", "KI 2.1");
    assertIllegalState(() -> mismatch().betterMatch(KI21).build(), "better match", "SD2.KI1");
    assertIllegalState(() -> mismatch().element(Optional.empty()).titleMatches(true).build(), "unresolved");
  }

  @Test
  void requiredFieldsAreRequired() {
    assertIllegalState(() -> ResolvedCitation.builder().titleMatches(false).build(), "citation");
    assertIllegalState(() -> ResolvedCitation.builder().citation(WITH_TITLE).build(), "titleMatches");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ResolvedCitation.builder().citation(null));
    assertNullRejected(() -> ResolvedCitation.builder().edition((EditionId) null));
    assertNullRejected(() -> ResolvedCitation.builder().element((ElementReference) null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(mismatch().build(), mismatch().build());
    assertUnequalValues(mismatch().build(), mismatch().betterMatch(Optional.empty()).build());
  }
}
