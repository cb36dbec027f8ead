package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The internal title matcher: the words it compares, and where its thresholds lie. */
class TitleMatcherTest {
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
  void threeOrMoreWordsAllInTheOtherTitleMatchFully() {
    String full = "alpha bravo charlie delta echo";
    assertEquals(1.0, TitleMatcher.similarity("alpha bravo charlie", full));
    assertEquals(1.0, TitleMatcher.similarity(full, "alpha bravo charlie"));
    // two words are not enough: the Dice coefficient decides, 2 * 2 / (2 + 5)
    assertEquals(4.0 / 7, TitleMatcher.similarity("alpha bravo", full), 1e-9);
    assertEquals(4.0 / 7, TitleMatcher.similarity(full, "alpha bravo"), 1e-9);
    assertEquals(0.0, TitleMatcher.similarity("", full));
    assertEquals(0.0, TitleMatcher.similarity(full, "the of and"));
  }

  @Test
  void aDiceCoefficientOfExactlyTheThresholdMatches() {
    String a = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    String b = "alpha bravo charlie delta echo foxtrot golf kilo lima mike";
    assertEquals(TitleMatcher.THRESHOLD, TitleMatcher.similarity(a, b)); // 2 * 7 / 20
    assertTrue(TitleMatcher.matches(a, LocalizedText.of("en", b)));
    String c = "alpha bravo charlie delta echo foxtrot kilo lima mike november";
    assertEquals(0.6, TitleMatcher.similarity(a, c), 1e-9);
    assertFalse(TitleMatcher.matches(a, LocalizedText.of("en", c)));
  }

  @Test
  void theBestLabelCounts() {
    LocalizedText title = LocalizedText.builder().add("en", "alpha bravo charlie").add("fr", "delta echo")
        .build();
    assertEquals(1.0, TitleMatcher.similarity("delta echo", title));
    assertEquals(1.0, TitleMatcher.similarity("alpha bravo charlie", title));
  }
}
