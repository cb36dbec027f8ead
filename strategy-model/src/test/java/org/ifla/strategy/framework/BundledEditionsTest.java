package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Provenance;
import org.junit.jupiter.api.Test;

/** The loader of bundled editions, on small editions shipped as test resources. */
class BundledEditionsTest {
  @Test
  void structureComesFromTheLabelKeys() {
    StrategyEdition e = BundledEditions.load(EditionId.parse("test-minimal"));
    assertEquals(2030, e.firstYear());
    assertEquals(2032, e.lastYear());
    assertEquals("Libraries for all", e.vision().orElseThrow().title().text(Locale.ENGLISH));
    assertEquals(2, e.areas().size());
    StrategyArea sd1 = e.areas().get(0);
    assertEquals(ElementKind.STRATEGIC_DIRECTION, sd1.kind());
    assertEquals(List.of("1.1", "1.2"), List.of(sd1.keyInitiatives().get(0).number().orElseThrow(),
        sd1.keyInitiatives().get(1).number().orElseThrow()));
    assertEquals("Loans per person", sd1.measuresOfSuccess().get(0).title().text(Locale.ENGLISH));
    assertEquals("Open doors", e.areas().get(1).description().orElseThrow().text(Locale.ENGLISH));
    assertEquals(Label.of(LanguageTag.ENGLISH, "Reading", Provenance.OFFICIAL, "a test edition"),
        sd1.title().label(LanguageTag.ENGLISH).orElseThrow());
    assertEquals(Label.of(LanguageTag.of("fr"), "Lecture", Provenance.QUOTED, "a French test source"),
        sd1.title().label(LanguageTag.of("fr")).orElseThrow());
    // a source named for one label of the file
    assertEquals(Label.of(LanguageTag.of("fr"), "Accès", Provenance.QUOTED, "another French test source"),
        e.areas().get(1).title().label(LanguageTag.of("fr")).orElseThrow());
    assertEquals(Label.of(LanguageTag.of("fr"), "Des bibliothèques pour tous", Provenance.RENDERED,
        "rendered by a test"), e.vision().orElseThrow().title().label(LanguageTag.of("fr")).orElseThrow());
    // SD2's title is in French, its description is not
    assertEquals(List.of(ElementId.parse("SD1.KI1"), ElementId.parse("SD1.KI2"), ElementId.parse("SD1.M1"),
        ElementId.parse("SD2")),
        e.translationCompleteness(LanguageTag.of("fr")).missing());
    assertTrue(e.translationCompleteness(LanguageTag.of("fr")).titleMissing());
  }

  /** Loads the test edition, which must fail with a message mentioning the text. */
  private static void assertLoadFails(String id, String mentioned) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BundledEditions.load(EditionId.parse(id)));
    assertTrue(e.getMessage().contains(mentioned), e.getMessage());
  }

  @Test
  void aLabelFileWithoutASourceIsRejected() {
    assertLoadFails("test-no-source", "names no @source");
  }

  @Test
  void aSourceForALabelTheFileLacksIsRejected() {
    assertLoadFails("test-stray-source", "@source.SD9");
  }

  @Test
  void aLabelForATextTheElementLacksIsRejected() {
    assertLoadFails("test-stray-text", "SD1.KI1.fieldOutcome");
  }

  @Test
  void labelsForAnUnlistedAreaAreRejected() {
    assertLoadFails("test-stray-element", "SD3");
  }

  @Test
  void aMissingEditionIsReported() {
    assertLoadFails("no-such-edition", "no-such-edition");
  }
}
