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

import java.util.List;
import org.ifla.strategy.text.LanguageTag;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class StrategyEditionTest {
  private static final StrategyEdition SAMPLE = TestEditions.sample();

  private static List<String> ids(List<? extends StrategyElement> elements) {
    return elements.stream().map(e -> e.id().toString()).toList();
  }

  private static StrategyEdition.Builder minimal() {
    return StrategyEdition.builder().id(EditionId.parse("e")).title(en("E")).firstYear(2019).lastYear(2024);
  }

  @Test
  void builderKeepsEveryField() {
    assertEquals(TestEditions.SAMPLE_ID, SAMPLE.id());
    assertEquals("Sample Strategy 2019-2024", SAMPLE.title().text(java.util.Locale.ENGLISH));
    assertEquals(2019, SAMPLE.firstYear());
    assertEquals(2024, SAMPLE.lastYear());
    assertEquals("V", SAMPLE.vision().orElseThrow().id().toString());
    assertEquals("M", SAMPLE.mission().orElseThrow().id().toString());
    assertEquals(Optional.empty(), SAMPLE.theoryOfChange());
    assertEquals(List.of(), SAMPLE.preamble());
    assertEquals(List.of(), SAMPLE.fieldOutcomes());
    assertEquals(List.of("SD1", "SD2", "SD4"), ids(SAMPLE.areas()));
  }

  @Test
  void elementsAreInDocumentOrder() {
    assertEquals(List.of("V", "M", "SD1", "SD1.KI1", "SD1.KI2", "SD2", "SD2.M1", "SD4", "SD4.KI5"),
        ids(SAMPLE.elements()));
    assertEquals(List.of("SD1.KI1", "SD1.KI2", "SD4.KI5"), ids(SAMPLE.keyInitiatives()));
    assertEquals(List.of("SD2.M1"), ids(SAMPLE.measuresOfSuccess()));
  }

  @Test
  void elementFindsById() {
    assertEquals("Strengthening IFLA",
        SAMPLE.element(ElementId.parse("SD4.KI5")).orElseThrow().title().text(java.util.Locale.ENGLISH));
    assertEquals(ElementKind.MEASURE_OF_SUCCESS, SAMPLE.element("SD2.M1").orElseThrow().kind());
    assertEquals(ElementKind.VISION, SAMPLE.element("V").orElseThrow().kind());
    assertEquals(Optional.empty(), SAMPLE.element("SD3"));
    assertEquals(Optional.empty(), SAMPLE.element("sd1"));
    assertTrue(SAMPLE.contains(ElementId.parse("SD1.KI2")));
    assertFalse(SAMPLE.contains(ElementId.parse("SD1.KI3")));
  }

  @Test
  void elementRejectsMalformedIds() {
    assertIllegalArgument(() -> SAMPLE.element("KI 1.2"), "'KI 1.2'");
  }

  @Test
  void elementNumberedFindsAreasAndKeyInitiatives() {
    assertEquals("SD4.KI5", SAMPLE.elementNumbered("4.5").orElseThrow().id().toString());
    assertEquals("SD4", SAMPLE.elementNumbered("4").orElseThrow().id().toString());
    assertEquals("SD1.KI2", SAMPLE.elementNumbered("1.2").orElseThrow().id().toString());
    assertEquals("SD1.KI1", SAMPLE.elementNumbered(" 1.1 ").orElseThrow().id().toString());
  }

  @Test
  void elementNumberedIgnoresLeadingZeros() {
    assertEquals("SD2", SAMPLE.elementNumbered("02").orElseThrow().id().toString());
    assertEquals("SD1.KI1", SAMPLE.elementNumbered("01.01").orElseThrow().id().toString());
    assertEquals("SD4.KI5", SAMPLE.elementNumbered("4.05").orElseThrow().id().toString());
  }

  @Test
  void elementNumberedFindsNothingForOtherNumbers() {
    for (String number : List.of("3", "4.4", "1.3", "", " ", "x", "4.", ".5", "4..5", "SD4", "1.1.1", "-1")) {
      assertEquals(Optional.empty(), SAMPLE.elementNumbered(number), number);
    }
  }

  @Test
  void referenceGivesTheQualifiedForm() {
    StrategyElement ki = SAMPLE.element("SD4.KI5").orElseThrow();
    ElementReference ref = SAMPLE.reference(ki);
    assertEquals("sample-strategy-2019-2024:SD4.KI5", ref.toString());
    assertEquals(ElementReference.parse("sample-strategy-2019-2024:SD4.KI5"), ref);
  }

  @Test
  void referenceRejectsAForeignElement() {
    KeyInitiative foreign = keyInitiative("SD4.KI5", "4.5", "SD4", "Another title");
    assertIllegalArgument(() -> SAMPLE.reference(foreign), "SD4.KI5", "sample-strategy-2019-2024");
    KeyInitiative unknown = keyInitiative("SD9.KI1", "9.1", "SD9", "Unknown");
    assertIllegalArgument(() -> SAMPLE.reference(unknown), "SD9.KI1");
  }

  @Test
  void coversTheYearsOfItsPeriod() {
    assertFalse(SAMPLE.covers(2018));
    assertTrue(SAMPLE.covers(2019));
    assertTrue(SAMPLE.covers(2024));
    assertFalse(SAMPLE.covers(2025));
  }

  @Test
  void languagesAreThoseOfAnyLabel() {
    assertEquals(List.of(LanguageTag.ENGLISH, LanguageTag.CHINESE), List.copyOf(SAMPLE.languages()));
  }

  @Test
  void translationCompletenessListsElementsLackingTheLanguage() {
    TranslationCompleteness zh = SAMPLE.translationCompleteness(LanguageTag.CHINESE);
    assertEquals(TestEditions.SAMPLE_ID, zh.edition());
    assertEquals(LanguageTag.CHINESE, zh.languageTag());
    assertEquals(9, zh.elementCount());
    assertEquals(List.of("M", "SD1.KI1", "SD1.KI2", "SD2", "SD2.M1"), zh.missing().stream().map(Object::toString)
        .toList());
    assertFalse(zh.isComplete());
    assertFalse(zh.titleMissing());
    assertEquals(5.0 / 10.0, zh.ratio(), 1e-9); // the edition's title counts
  }

  @Test
  void translationCompletenessOfACompleteLanguage() {
    TranslationCompleteness english = SAMPLE.translationCompleteness(LanguageTag.of("EN"));
    assertEquals(LanguageTag.ENGLISH, english.languageTag());
    assertTrue(english.isComplete());
    assertEquals(List.of(), english.missing());
    assertEquals(1.0, english.ratio(), 1e-9);
  }

  @Test
  void translationCompletenessUsesTheExactTag() {
    TranslationCompleteness traditional = SAMPLE.translationCompleteness(LanguageTag.of("zh-hant"));
    assertEquals(LanguageTag.of("zh-Hant"), traditional.languageTag());
    assertTrue(traditional.titleMissing());
    assertEquals(9, traditional.missing().size());
    assertEquals(0.0, traditional.ratio(), 1e-9);
  }

  @Test
  void translationCompletenessRejectsNull() {
    assertNullRejected(() -> SAMPLE.translationCompleteness(null));
  }

  @Test
  void duplicateElementIdsAreRejected() {
    assertIllegalState(() -> minimal()
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1")).title(en("a")).build())
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1")).title(en("b")).build())
        .build(), "SD1", "two elements");
    assertIllegalState(() -> minimal()
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1")).title(en("a"))
            .addKeyInitiatives(keyInitiative("SD1.KI1", "1.1", "SD1", "x")).build())
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD2")).title(en("b"))
            .addKeyInitiatives(keyInitiative("SD1.KI1", "2.1", "SD2", "y")).build())
        .build(), "SD1.KI1");
    assertIllegalState(() -> minimal()
        .vision(Statement.of(ElementId.parse("X"), ElementKind.VISION, en("v")))
        .addPreamble(Statement.of(ElementId.parse("X"), ElementKind.PREAMBLE, en("p")))
        .build(), "two elements with id X");
  }

  @Test
  void anEditionCannotEndBeforeItStarts() {
    assertIllegalState(() -> minimal().firstYear(2024).lastYear(2019).build(), "2024", "2019");
    assertEquals(2019, minimal().firstYear(2019).lastYear(2019).build().lastYear());
  }

  @Test
  void statementsMustHaveTheirSlotsKind() {
    assertIllegalState(() -> minimal().vision(Statement.of(ElementId.parse("M"), ElementKind.MISSION, en("m")))
        .build(), "MISSION", "VISION");
    assertIllegalState(() -> minimal().mission(Statement.of(ElementId.parse("V"), ElementKind.VISION, en("v")))
        .build(), "VISION", "MISSION");
    assertIllegalState(() -> minimal()
        .addFieldOutcomes(Statement.of(ElementId.parse("P"), ElementKind.PREAMBLE, en("p"))).build(),
        "PREAMBLE", "FIELD_OUTCOME");
  }

  @Test
  void requiredFieldsAreRequired() {
    assertIllegalState(() -> StrategyEdition.builder().title(en("E")).firstYear(2019).lastYear(2024).build(), "id");
    assertIllegalState(() -> StrategyEdition.builder().id(EditionId.parse("e")).firstYear(2019).lastYear(2024)
        .build(), "title");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> StrategyEdition.builder().id(null));
    assertNullRejected(() -> StrategyEdition.builder().title(null));
    assertNullRejected(() -> StrategyEdition.builder().vision((Statement) null));
    assertNullRejected(() -> StrategyEdition.builder().addAreas((StrategyArea) null));
    assertNullRejected(() -> SAMPLE.element((ElementId) null));
    assertNullRejected(() -> SAMPLE.element((String) null));
    assertNullRejected(() -> SAMPLE.contains(null));
    assertNullRejected(() -> SAMPLE.elementNumbered(null));
    assertNullRejected(() -> SAMPLE.reference(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(TestEditions.sample(), TestEditions.sample());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).id(EditionId.parse("other")).build());
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).title(en("Other")).build());
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).firstYear(2018).build());
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).lastYear(2025).build());
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).mission(Optional.empty()).build());
    assertUnequalValues(SAMPLE, StrategyEdition.builder().from(SAMPLE).areas(SAMPLE.areas().subList(0, 2)).build());
  }

  @Test
  void listsAreUnmodifiable() {
    StrategyArea area = SAMPLE.areas().get(0);
    assertUnmodifiable(SAMPLE.areas(), area);
    assertUnmodifiable(SAMPLE.elements(), area);
    assertUnmodifiable(SAMPLE.keyInitiatives(), keyInitiative("SD9.KI1", "9.1", "SD9", "x"));
    assertUnmodifiable(SAMPLE.preamble(), Statement.of(ElementId.parse("P"), ElementKind.PREAMBLE, en("p")));
  }

  @Test
  void toStringNamesIdAndPeriod() {
    assertEquals("StrategyEdition{sample-strategy-2019-2024, 2019-2024, 3 areas}", SAMPLE.toString());
  }

  @Test
  void strategyEditionFindsEveryKeyInitiativeByItsNumber() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.strategyEditions()))
        .checkAssert(edition -> {
          for (int a = 0; a < edition.areas().size(); a++) {
            StrategyArea area = edition.areas().get(a);
            assertEquals(Optional.of(area), edition.elementNumbered(String.valueOf(a + 1)));
            for (int k = 0; k < area.keyInitiatives().size(); k++) {
              KeyInitiative ki = area.keyInitiatives().get(k);
              assertEquals(Optional.of(ki), edition.elementNumbered((a + 1) + "." + (k + 1)));
              assertEquals(Optional.of(ki), edition.elementNumbered("0" + (a + 1) + ".0" + (k + 1)));
            }
            String next = (a + 1) + "." + (area.keyInitiatives().size() + 1);
            assertEquals(Optional.empty(), edition.elementNumbered(next));
          }
          assertEquals(Optional.empty(), edition.elementNumbered(String.valueOf(edition.areas().size() + 1)));
        });
  }

  @Test
  void strategyEditionReferenceOfEveryElementResolvesBackToIt() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.strategyEditions()))
        .checkAssert(edition -> {
          for (StrategyElement element : edition.elements()) {
            ElementReference ref = edition.reference(element);
            assertEquals(edition.id() + ":" + element.id(), ref.toString());
            assertEquals(Optional.of(element), edition.element(ElementReference.parse(ref.toString()).element()));
          }
        });
  }

  @Test
  void strategyEditionCopyIsEqual() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.strategyEditions()))
        .checkAssert(edition -> {
          StrategyEdition copy = StrategyEdition.builder().from(edition).build();
          assertEquals(edition, copy);
          assertEquals(edition.hashCode(), copy.hashCode());
          assertEquals(edition.elements(), copy.elements());
        });
  }
}
