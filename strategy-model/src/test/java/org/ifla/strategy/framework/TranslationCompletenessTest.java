package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationCompletenessTest {
  @Test
  void reportOfAPartialLanguage() {
    TranslationCompleteness report = TestEditions.sample().translationCompleteness("zh");
    assertEquals(9, report.elementCount());
    assertEquals(List.of(ElementId.parse("M"), ElementId.parse("SD1.KI1"), ElementId.parse("SD1.KI2"),
        ElementId.parse("SD2"), ElementId.parse("SD2.M1")), report.missing());
    assertFalse(report.isComplete());
    assertEquals(4.0 / 9.0, report.ratio(), 1e-12);
  }

  @Test
  void descriptionsCountAsTexts() {
    StrategyEdition edition = StrategyEdition.builder().id(EditionId.parse("e")).title(en("E")).firstYear(2020)
        .lastYear(2020)
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1"))
            .title(org.ifla.strategy.text.LocalizedText.builder().add("en", "t").add("fr", "t").build())
            .description(en("only English")).build())
        .build();
    assertEquals(List.of(ElementId.parse("SD1")), edition.translationCompleteness("fr").missing());
  }

  @Test
  void editionWithoutElementsIsComplete() {
    StrategyEdition empty = StrategyEdition.builder().id(EditionId.parse("empty")).title(en("Empty"))
        .firstYear(2020).lastYear(2021).build();
    TranslationCompleteness report = empty.translationCompleteness("zh");
    assertEquals(0, report.elementCount());
    assertTrue(report.isComplete());
    assertEquals(1.0, report.ratio(), 1e-12);
  }

  @Test
  void reportsOfTheSameFactsAreEqual() {
    assertEqualValues(TestEditions.sample().translationCompleteness("zh"),
        TestEditions.sample().translationCompleteness("ZH"));
    assertUnequalValues(TestEditions.sample().translationCompleteness("zh"),
        TestEditions.sample().translationCompleteness("en"));
  }

  @Test
  void missingIsUnmodifiable() {
    assertUnmodifiable(TestEditions.sample().translationCompleteness("zh").missing(), ElementId.parse("X"));
  }
}
