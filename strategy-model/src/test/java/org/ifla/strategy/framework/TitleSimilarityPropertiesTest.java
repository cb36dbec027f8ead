package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multisets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The similarity of two titles follows the documented rule (1 for the same words, 0.7 plus 0.3 times the Dice
 * coefficient of their word multisets for a short form, 0.7 times it otherwise), however the matcher counts the
 * words they share: checked against a count made with Guava's multisets, for titles of few words and of more
 * than 64, with words that repeat.
 */
class TitleSimilarityPropertiesTest {
  private static final String[] WORDS = {"library", "access", "digital", "open", "data", "access", "network",
      "members", "public", "heritage", "reading", "children"};

  private static String title(List<Integer> picks) {
    return picks.stream().map(i -> WORDS[i]).collect(Collectors.joining(" "));
  }

  /** The documented similarity, computed here with Guava's multisets from the words of the two titles. */
  private static double expected(String a, String b) {
    List<String> x = TitleMatcher.words(a);
    List<String> y = TitleMatcher.words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = Multisets.intersection(HashMultiset.create(x), HashMultiset.create(y)).size();
    if (HashMultiset.create(x).equals(HashMultiset.create(y))) {
      return 1.0;
    }
    double dice = 2.0 * common / (x.size() + y.size());
    boolean shortForm = (x.size() >= 3 && common == x.size()) || (y.size() >= 3 && common == y.size())
        || startOf(x, y) || startOf(y, x);
    return shortForm ? 0.7 + 0.3 * dice : 0.7 * dice;
  }

  /** Whether x is the start of y, at least two words and half of y's (the words here are never cut short). */
  private static boolean startOf(List<String> x, List<String> y) {
    return x.size() >= 2 && x.size() <= y.size() && 2 * x.size() >= y.size()
        && y.subList(0, x.size()).equals(x);
  }

  @Test
  void theWordsInCommonAreCountedAsMultisetsAre() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, WORDS.length - 1)).ofSizeBetween(0, 90),
            lists().of(integers().between(0, WORDS.length - 1)).ofSizeBetween(0, 90))
        .checkAssert((x, y) -> {
          String a = title(x);
          String b = title(y);
          assertEquals(expected(a, b), TitleMatcher.similarity(a, b), 1e-12, () -> a + " | " + b);
          assertEquals(expected(b, a), TitleMatcher.similarity(b, a), 1e-12, () -> b + " | " + a);
        });
  }

  @Test
  void aRepeatedWordCountsOnlyAsOftenAsBothHaveIt() {
    assertEquals(0.7 * 2.0 * 1 / 3, TitleMatcher.similarity("data data", "data"), 1e-12);
    // "data data" is the start of "data data open": a short form
    assertEquals(0.7 + 0.3 * 2.0 * 2 / 5, TitleMatcher.similarity("data data open", "data data"), 1e-12);
    assertEquals(0.7 * 2.0 * 1 / 4, TitleMatcher.similarity("data open", "data data"), 1e-12);
  }
}
