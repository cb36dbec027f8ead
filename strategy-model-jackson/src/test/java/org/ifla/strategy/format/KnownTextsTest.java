package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.ifla.strategy.jackson.StrategyJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.StatedTimeframe;
import org.junit.jupiter.api.Test;

/**
 * {@link KnownTexts}, the table that finds values by the parser's characters, and its use by the readers: a text
 * found is always the text remembered, the table stays bounded, and racing threads never see a wrong value.
 */
class KnownTextsTest {
  @Test
  void findsWhatWasRememberedAtAnyOffsetOfTheBuffer() {
    KnownTexts<String> texts = new KnownTexts<>(6, 32);
    String value = "the value";
    texts.remember("Nov 2019 - May 2020", value);
    char[] buffer = "xx Nov 2019 - May 2020 yy".toCharArray();
    assertSame(value, texts.find(buffer, 3, 19));
    assertNull(texts.find(buffer, 3, 18));
    assertNull(texts.find(buffer, 2, 19));
    assertNull(texts.find("Nov 2019 - May 2021".toCharArray(), 0, 19));
  }

  @Test
  void findsATextOfAnyLengthAtAnyOffsetAndNoTextOneCharacterApart() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, 7),
            integers().between(0, 1000))
        .checkAssert((text, offset, where) -> {
          KnownTexts<String> texts = new KnownTexts<>(8, 100);
          String value = "value of " + text;
          texts.remember(text, value);
          char[] buffer = ("x".repeat(offset) + text + "yz").toCharArray();
          assertSame(value, texts.find(buffer, offset, text.length()));
          assertNull(texts.find(buffer, offset, text.length() + 1));
          if (!text.isEmpty()) {
            // any one character changed
            int changed = offset + where % text.length();
            buffer[changed]++;
            assertNull(texts.find(buffer, offset, text.length()));
            buffer[changed]--;
            assertNull(texts.find(buffer, offset, text.length() - 1));
          }
        });
  }

  @Test
  void textsOfTheSameHashAreToldApartByTheirCharacters() {
    // "Aa" and "BB" have the same String hash, and so do all words made of them: the table hashes the same way
    List<String> words = List.of("AaAa", "AaBB", "BBAa", "BBBB", "AaAaAa", "BBBBBB");
    for (String word : words) {
      assertEquals(words.get(word.length() == 4 ? 0 : 4).hashCode(), word.hashCode());
    }
    KnownTexts<String> texts = new KnownTexts<>(6, 8);
    texts.remember("AaAa", "first");
    assertNull(texts.find("BBBB".toCharArray(), 0, 4));
    for (String word : words) {
      texts.remember(word, "value of " + word);
    }
    for (String word : words) {
      assertEquals(word.equals("AaAa") ? "first" : "value of " + word, texts.find(word.toCharArray(), 0,
          word.length()));
    }
  }

  @Test
  void remembersNoTextLongerThanItsLimit() {
    KnownTexts<String> texts = new KnownTexts<>(6, 4);
    texts.remember("abcd", "four");
    texts.remember("abcde", "five");
    assertEquals("four", texts.find("abcd".toCharArray(), 0, 4));
    assertNull(texts.find("abcde".toCharArray(), 0, 5));
  }

  @Test
  void refusesTablesOfOddSizes() {
    assertThrows(IllegalArgumentException.class, () -> new KnownTexts<String>(3, 10));
    assertThrows(IllegalArgumentException.class, () -> new KnownTexts<String>(21, 10));
  }

  @Test
  void aFullTableFindsOnlyWhatItHoldsAndNeverAWrongValue() {
    qt().withExamples(200)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 200))
        .checkAssert(words -> {
          KnownTexts<String> texts = new KnownTexts<>(4, 8); // 16 slots: most words find no place
          Map<String, String> remembered = new HashMap<>();
          for (String word : words) {
            String value = "value of " + word;
            texts.remember(word, value);
            remembered.put(word, value);
          }
          int found = 0;
          for (String word : remembered.keySet()) {
            String value = texts.find(word.toCharArray(), 0, word.length());
            if (value != null) {
              assertEquals(remembered.get(word), value);
              found++;
            }
          }
          assertTrue(found <= 16, "found " + found);
          if (!remembered.isEmpty()) {
            assertTrue(found > 0, "found none");
          }
        });
  }

  @Test
  void aFullTableStillLearnsTheTextReadNow() {
    KnownTexts<String> texts = new KnownTexts<>(4, 8);
    for (int i = 0; i < 100; i++) {
      texts.remember("odd" + i, "odd");
    }
    texts.remember("Nov 2019", "now");
    assertEquals("now", texts.find("Nov 2019".toCharArray(), 0, 8));
  }

  @Test
  void racingThreadsFindTheValueOfTheirTextOrNothing() throws Exception {
    KnownTexts<String> texts = new KnownTexts<>(6, 16);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < 200_000; i++) {
            String text = Integer.toString((i * 31 + seed) % 500);
            String value = texts.find(text.toCharArray(), 0, text.length());
            if (value == null) {
              texts.remember(text, "=" + text);
            } else if (!value.equals("=" + text)) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(0, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readersShareTheValuesOfRepeatedTextsAndReadThemAsBefore() throws Exception {
    qt().withExamples(50)
        .forAll(integers().between(1, 12), integers().between(2016, 2030))
        .checkAssert((month, year) -> {
          String timeframe = String.format("%02d/%d - %d", month, year, year + 1);
          String json = "{\"format\":\"ifla-strategy-plan\",\"formatVersion\":1,"
              + "\"unit\":{\"name\":{\"en\":\"Unit\"},\"type\":\"section\"},\"title\":{\"en\":\"Plan\"},"
              + "\"template\":\"other\",\"edition\":\"ifla-strategy-2024-2029\",\"activities\":["
              + activity(timeframe) + "," + activity(timeframe) + "]}";
          ActionPlan first = read(json);
          ActionPlan second = read(json);
          List<Activity> activities = new ArrayList<>(first.activities());
          activities.addAll(second.activities());
          StatedTimeframe expected = StatedTimeframe.parse(timeframe);
          for (Activity activity : activities) {
            assertEquals(java.util.Optional.of(expected), activity.timeframe());
            assertEquals(java.util.Optional.of(ElementReference.parse("IA1")), activity.alignments().get(0).element());
          }
          assertSame(activities.get(0).timeframe().get(), activities.get(1).timeframe().get());
          assertSame(activities.get(0).alignments().get(0).element().get(),
              activities.get(3).alignments().get(0).element().get());
        });
  }

  private static String activity(String timeframe) {
    return "{\"title\":{\"en\":\"An activity\"},\"timeframe\":\"" + timeframe + "\","
        + "\"alignments\":[{\"element\":\"IA1\",\"level\":\"area\"}]}";
  }

  private static ActionPlan read(String json) {
    try {
      return StrategyJson.json().readPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "plan.json");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
