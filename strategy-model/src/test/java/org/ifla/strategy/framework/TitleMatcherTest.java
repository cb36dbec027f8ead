package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The one title matcher: what it tolerates and what it does not. Titles are IFLA's, copied here. */
class TitleMatcherTest {
  private static final String KI_1_2 = "Build a strong presence in international organizations and meetings as a "
      + "valued partner";
  private static final String KI_1_4 = "Shape public opinion and debate around open access and library values, "
      + "including intellectual freedom and human rights";
  private static final String KI_3_2 = "Support virtual networking and connections";

  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  @Test
  void toleratesCasePunctuationSpellingAndALeadingNumber() {
    assertTrue(TitleMatcher.matches(KI_1_2.toUpperCase(java.util.Locale.ROOT), en(KI_1_2)));
    assertTrue(TitleMatcher.matches("Build a strong presence, in international organisations & meetings, as a "
        + "valued partner!", en(KI_1_2)));
    assertTrue(TitleMatcher.matches("Key Initiative 1.2: " + KI_1_2, en(KI_1_2)));
    assertTrue(TitleMatcher.matches("Optimize our Organization", en("Optimise our Organisation")));
  }

  @Test
  void aContentWordInPlaceOfAnotherIsAnotherTitle() {
    // Tolerated as "one word changed" before issue 20 (IFLA blog #6 wrote "collections" for "connections").
    assertFalse(TitleMatcher.matches("Support virtual networking and collections", en(KI_3_2)));
    assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit("Support virtual networking and collections", en(KI_3_2)));
    String promoting = "Promoting reading and literacy as an essential requirement for active participation in "
        + "society, through access to information in any format";
    assertFalse(TitleMatcher.matches(promoting.replace("Promoting", "Supporting"), en(promoting)));
    assertTrue(TitleMatcher.matches(promoting.replace("Promoting", "promoting"), en(promoting)));
    // 12 words shared of 13 (Dice 0.92): still another title
    assertEquals(0.7 * 24 / 26, TitleMatcher.similarity(promoting.replace(" format", " language"), promoting), 1e-9);
  }

  @Test
  void theFitTellsTheSameTitleFromAShortFormAndAnother() {
    assertEquals(TitleMatcher.Fit.SAME, TitleMatcher.fit("OPTIMIZE our organization!", en("Optimise our Organisation")));
    assertEquals(TitleMatcher.Fit.SHORT_FORM, TitleMatcher.fit("Shape public opinion and debate around open access",
        en(KI_1_4)));
    assertEquals(TitleMatcher.Fit.SHORT_FORM, TitleMatcher.fit(
        "Shape public opinion and debate around open access and libr", en(KI_1_4)));
    // a cut-off end keeps half of the title's words: 4 of 14 is too few
    assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit("Shape public opinion and deb", en(KI_1_4)));
    assertEquals(TitleMatcher.Fit.SHORT_FORM, TitleMatcher.fit(KI_1_2 + " of all", en(KI_1_2)));
    assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit(KI_1_2, en(KI_1_4)));
    assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit("International Advocacy",
        en("Delivering the International Advocacy Programme (IAP)")));
    assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit("", en(KI_1_2)));
  }

  @Test
  void aTrailingEtcAndACutOffEndAreTolerated() {
    assertEquals(1.0, TitleMatcher.similarity("Support virtual networking and connections etc.", KI_3_2));
    assertEquals(1.0, TitleMatcher.similarity("支援虚拟网路联系等", "支援虚拟网路联系"));
    // "etc" inside a title is a word like another
    assertTrue(TitleMatcher.similarity("etc virtual networking connections", KI_3_2) < TitleMatcher.THRESHOLD);
    // a cut-off end: at least two words and half of the title's, the last cut to three letters or more
    String title = "alpha bravo charlie delta";
    assertEquals(0.7 + 0.3 * 4 / 6, TitleMatcher.similarity("alpha bravo", title), 1e-9);
    assertEquals(0.7 + 0.3 * 2 / 6, TitleMatcher.similarity("alpha bra", title), 1e-9);
    assertEquals(0.7 + 0.3 * 2 / 6, TitleMatcher.similarity(title, "alpha bra"), 1e-9);
    assertEquals(0.7 * 2 / 6, TitleMatcher.similarity("alpha br", title), 1e-9);
    // the cut word may differ in its last letter (from four letters) and in s for z
    assertEquals(0.7 + 0.3 * 2 / 5, TitleMatcher.similarity("alpha chax", "alpha charlie delta"), 1e-9);
    assertEquals(0.7 * 2 / 5, TitleMatcher.similarity("alpha chx", "alpha charlie delta"), 1e-9);
    assertEquals(0.7 * 2 / 5, TitleMatcher.similarity("alpha cxa", "alpha charlie delta"), 1e-9);
    assertEquals(0.7 + 0.3 * 2 / 5, TitleMatcher.similarity("alpha organisati", "alpha organization delta"), 1e-9);
    assertEquals(TitleMatcher.Fit.SHORT_FORM, TitleMatcher.fit("Strengthening IFLA by building regional and "
        + "sectoral capacity and participation across our activiti...", en("Strengthening IFLA by building regional "
        + "and sectoral capacity and participation across our activities")));
    // a short last word written whole
    assertEquals(0.7 + 0.3 * 4 / 6, TitleMatcher.similarity("alpha xy", "alpha xy charlie delta"), 1e-9);
    assertEquals(0.7 * 4 / 6, TitleMatcher.similarity("alpha charlie", title), 1e-9);
    assertEquals(0.7 * 4 / 6, TitleMatcher.similarity("bravo alpha", title), 1e-9);
    assertEquals(0.7 * 2 / 6, TitleMatcher.similarity("alpha ch", title), 1e-9);
    assertEquals(0.7 * 2 / 3, TitleMatcher.similarity("alpha", "alpha bravo"), 1e-9);
    assertEquals(0.7 * 4 / 7, TitleMatcher.similarity("alpha bravo", title + " echo"), 1e-9);
    assertEquals(0.7 * 4 / 8, TitleMatcher.similarity("alpha bravo", title + " echo foxtrot"), 1e-9);
    assertEquals(0.7 + 0.3 * 6 / 8, TitleMatcher.similarity("alpha bravo charlie delta golf", "alpha bravo "
        + "charlie"), 1e-9);
  }

  @Test
  void wordsAreStemmedToAmericanSingulars() {
    assertEquals(List.of("organization", "program", "center", "behavior", "library", "realize", "access"),
        TitleMatcher.words("Organisations, the programmes of centres: behaviours in libraries realise access"));
  }

  @Test
  void anAbbreviatedTitleOfThreeWordsOrMoreMatchesAsAShortForm() {
    // 1.0 before issue 20: a short form now ranks below the title itself. 7 words of 14: Dice 14 / 21.
    assertEquals(0.7 + 0.3 * 14 / 21, TitleMatcher.similarity("Shape public opinion and debate around open access",
        KI_1_4), 1e-9);
  }

  @Test
  void anotherInitiativesTitleDoesNotMatch() {
    assertFalse(TitleMatcher.matches(KI_1_4, en(KI_1_2)));
    assertFalse(TitleMatcher.matches("Produce, communicate and distribute key resources and materials that "
        + "inspire the profession", en(KI_1_4)));
    assertTrue(TitleMatcher.similarity(KI_1_2, KI_1_4) < TitleMatcher.THRESHOLD);
  }

  @Test
  void similarityIsSymmetricAndZeroWithoutContentWords() {
    assertEquals(TitleMatcher.similarity(KI_1_2, KI_3_2), TitleMatcher.similarity(KI_3_2, KI_1_2));
    assertEquals(0.0, TitleMatcher.similarity("", KI_1_2));
    assertEquals(0.0, TitleMatcher.similarity("of the and", KI_1_2));
    assertEquals(List.of(), TitleMatcher.words("4.5 — and the"));
  }

  @Test
  void chineseIsComparedCharacterByCharacter() {
    assertEquals(List.of("能", "力", "建", "设"), TitleMatcher.words("战略方向4:能力建设"));
    assertTrue(TitleMatcher.matches("能力建设", LocalizedText.of(LanguageTag.CHINESE, "能力建设")));
  }

  @Test
  void theBestMatchIsTheHighestScoringElementOfTheFilteredEditions() {
    StrategyEdition edition = StrategyEdition.builder()
        .id(EditionId.parse("e"))
        .title(en("E"))
        .firstYear(2019)
        .lastYear(2024)
        .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1")).number("1").title(en("Voice"))
            .addKeyInitiatives(KeyInitiative.builder().id(ElementId.parse("SD1.KI2")).number("1.2")
                .title(en(KI_1_2)).area(ElementId.parse("SD1")).build())
            .addKeyInitiatives(KeyInitiative.builder().id(ElementId.parse("SD1.KI4")).number("1.4")
                .title(en(KI_1_4)).area(ElementId.parse("SD1")).build())
            .build())
        .build();
    assertEquals(Optional.of(ElementReference.parse("e:SD1.KI4")),
        TitleMatcher.bestMatch("shape public opinion and debate around open access", List.of(edition), e -> true));
    assertEquals(Optional.empty(), TitleMatcher.bestMatch("shape public opinion and debate around open access",
        List.of(edition), e -> e.kind() != ElementKind.KEY_INITIATIVE));
    assertEquals(Optional.empty(), TitleMatcher.bestMatch("Libraries in society", List.of(edition), e -> true));
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> TitleMatcher.similarity(null, en("x")));
    assertNullRejected(() -> TitleMatcher.similarity("x", (LocalizedText) null));
    assertNullRejected(() -> TitleMatcher.similarity("x", (String) null));
    assertNullRejected(() -> TitleMatcher.words(null));
    assertNullRejected(() -> TitleMatcher.bestMatch("x", null, e -> true));
    assertNullRejected(() -> TitleMatcher.bestMatch("x", List.of(), null));
  }

  // The words it compares, and where its thresholds lie (tests that kill mutants).
  @Test
  void leadingNumbersFunctionWordsAndCaseAreDropped() {
    assertEquals(List.of("library", "world"), TitleMatcher.words("1.2 The Libraries of the World"));
    assertEquals(List.of("library", "world"), TitleMatcher.words("Key Initiative 4.2: libraries AND world"));
    assertEquals(List.of("access"), TitleMatcher.words("KI 3 - Access"));
  }

  @Test
  void britishSpellingBecomesAmerican() {
    assertEquals(List.of("organization", "organize", "organized", "organizing"),
        TitleMatcher.words("organisation organise organised organising"));
    assertEquals(List.of("color", "center", "program"), TitleMatcher.words("colour centre programme"));
    // "our" becomes "or" only in words of six letters or more
    assertEquals(List.of("tour", "favor"), TitleMatcher.words("tour favour"));
  }

  @Test
  void pluralsAreStemmedButShortWordsAndDoubleEssAreKept() {
    assertEquals(List.of("city", "tie", "goal", "bus", "access", "gas"),
        TitleMatcher.words("cities ties goals bus access gas"));
  }

  @Test
  void unspacedScriptsAreComparedCharacterByCharacter() {
    assertEquals(List.of("图", "书", "馆"), TitleMatcher.words("图书馆"));
    assertEquals(1.0, TitleMatcher.similarity("图书馆", "图书馆"));
  }

  @Test
  void threeOrMoreWordsAllInTheOtherTitleMatchAsAShortForm() {
    String full = "alpha bravo charlie delta echo";
    // 1.0 before issue 20; now 0.7 + 0.3 * Dice, Dice = 2 * 3 / (3 + 5)
    assertEquals(0.7 + 0.3 * 0.75, TitleMatcher.similarity("charlie alpha echo", full), 1e-9);
    assertEquals(0.7 + 0.3 * 0.75, TitleMatcher.similarity(full, "charlie alpha echo"), 1e-9);
    // two words are not enough, unless they are the title's start: 0.7 * 2 * 2 / (2 + 5)
    assertEquals(0.7 * 4 / 7, TitleMatcher.similarity("alpha charlie", full), 1e-9);
    assertEquals(0.7 * 4 / 7, TitleMatcher.similarity(full, "alpha charlie"), 1e-9);
    assertEquals(0.0, TitleMatcher.similarity("", full));
    assertEquals(0.0, TitleMatcher.similarity(full, "the of and"));
  }

  @Test
  void aShareOfWordsAtTheOldThresholdNoLongerMatches() {
    // Before issue 20 a Dice coefficient of 0.7 matched, whatever the words that differ.
    String a = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    String b = "alpha bravo charlie delta echo foxtrot golf kilo lima mike";
    assertEquals(0.7 * 0.7, TitleMatcher.similarity(a, b), 1e-9);
    assertFalse(TitleMatcher.matches(a, LocalizedText.of(LanguageTag.ENGLISH, b)));
  }

  @Test
  void theBestLabelCounts() {
    LocalizedText title = LocalizedText.builder().add(LanguageTag.ENGLISH,
        "alpha bravo charlie").add(LanguageTag.of("fr"), "delta echo")
        .build();
    assertEquals(1.0, TitleMatcher.similarity("delta echo", title));
    assertEquals(1.0, TitleMatcher.similarity("alpha bravo charlie", title));
  }
}
