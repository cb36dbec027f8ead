package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ifla.strategy.text.LanguageTag;
import org.junit.jupiter.api.Test;

class TranslationCompletenessTest {
  @Test
  void reportOfAPartialLanguage() {
    TranslationCompleteness report = TestEditions.sample().translationCompleteness(LanguageTag.CHINESE);
    assertEquals(9, report.elementCount());
    assertEquals(List.of(ElementId.parse("M"), ElementId.parse("SD1.KI1"), ElementId.parse("SD1.KI2"),
        ElementId.parse("SD2"), ElementId.parse("SD2.M1")), report.missing());
    assertFalse(report.isComplete());
    assertEquals(5.0 / 10.0, report.ratio(), 1e-12);
  }

  @Test
  void theEditionsOwnTitleCounts() {
    StrategyEdition edition = StrategyEdition.builder().id(EditionId.parse("e")).title(en("E")).firstYear(2020)
        .lastYear(2020)
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1"))
            .title(org.ifla.strategy.text.LocalizedText.builder().add(LanguageTag.ENGLISH, "t")
                .add(LanguageTag.of("fr"), "t").build()).build())
        .build();
    TranslationCompleteness french = edition.translationCompleteness(LanguageTag.of("fr"));
    assertEquals(List.of(), french.missing());
    assertTrue(french.titleMissing());
    assertFalse(french.isComplete());
    assertEquals(0.5, french.ratio(), 1e-12);
    assertEquals(TranslationCompleteness.of(EditionId.parse("e"), LanguageTag.of("fr"), true, 1, List.of()), french);
  }

  @Test
  void descriptionsCountAsTexts() {
    StrategyEdition edition = StrategyEdition.builder().id(EditionId.parse("e")).title(en("E")).firstYear(2020)
        .lastYear(2020)
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1"))
            .title(org.ifla.strategy.text.LocalizedText.builder().add(LanguageTag.ENGLISH,
                "t").add(LanguageTag.of("fr"), "t").build())
            .description(en("only English")).build())
        .build();
    assertEquals(List.of(ElementId.parse("SD1")), edition.translationCompleteness(LanguageTag.of("fr")).missing());
  }

  @Test
  void editionWithoutElementsIsComplete() {
    StrategyEdition empty = StrategyEdition.builder().id(EditionId.parse("empty")).title(en("Empty"))
        .firstYear(2020).lastYear(2021).build();
    TranslationCompleteness report = empty.translationCompleteness(LanguageTag.ENGLISH);
    assertEquals(0, report.elementCount());
    assertTrue(report.isComplete());
    assertEquals(1.0, report.ratio(), 1e-12);
    assertEquals(0.0, empty.translationCompleteness(LanguageTag.CHINESE).ratio(), 1e-12);
  }

  @Test
  void reportsOfTheSameFactsAreEqual() {
    assertEqualValues(TestEditions.sample().translationCompleteness(LanguageTag.CHINESE),
        TestEditions.sample().translationCompleteness(LanguageTag.of("ZH")));
    assertUnequalValues(TestEditions.sample().translationCompleteness(LanguageTag.CHINESE),
        TestEditions.sample().translationCompleteness(LanguageTag.ENGLISH));
  }

  @Test
  void missingIsUnmodifiable() {
    assertUnmodifiable(TestEditions.sample().translationCompleteness(LanguageTag.CHINESE).missing(),
        ElementId.parse("X"));
  }
}
