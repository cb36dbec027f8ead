package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The title rule over every English title of the three bundled editions: a content word replaced by another
 * makes another title; case, punctuation, spelling, a function word, a trailing "etc." and a cut-off end keep
 * the title. The changes are made here on the text; which words are content words is this test's own list of
 * function words (the one the matcher documents).
 */
class BundledTitlesMatchingPropertiesTest {
  /** The function words the matcher's documentation lists. */
  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of("a", "an", "the", "of", "and", "in",
      "on", "for", "to", "with", "at", "by", "as", "its", "their", "our", "that", "which", "is", "are", "be", "or");
  /** Words no bundled title has. */
  private static final List<String> REPLACEMENTS = List.of("Gardening", "volcanoes", "Teapot", "orchestrating",
      "submarine", "Juggling", "umbrellas", "Knitting");

  private record Titled(StrategyElement element, String title) {
    @Override
    public String toString() {
      return element.id() + " " + title;
    }
  }

  private static final ImmutableList<Titled> TITLES = titles();

  private static ImmutableList<Titled> titles() {
    ImmutableList.Builder<Titled> out = ImmutableList.builder();
    for (StrategyEdition edition : IflaStrategies.all()) {
      for (StrategyElement e : edition.elements()) {
        if (e.kind().isStatement()) {
          continue; // a statement's text (a vision, a paragraph of the introduction) is no title people cite
        }
        Optional<Label> en = e.title().labels().stream().filter(l -> l.languageTag().equals(LanguageTag.ENGLISH)).findFirst();
        en.ifPresent(l -> out.add(new Titled(e, l.text())));
      }
    }
    return out.build();
  }

  private static <T> T pick(List<T> list, int index) {
    return list.get(Math.floorMod(index, list.size()));
  }

  /** The indexes of the title's tokens that are content words of three letters or more, and only letters. */
  private static List<Integer> contentTokens(String[] tokens) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i].replaceAll("[,;:]$", "");
      if (t.matches("\\p{L}{3,}") && !FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
        out.add(i);
      }
    }
    return out;
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  @Test
  void everyEditionHasEnglishTitles() {
    for (StrategyEdition edition : IflaStrategies.all()) {
      assertTrue(TITLES.stream().anyMatch(t -> edition.contains(t.element().id())
          && edition.element(t.element().id()).orElseThrow() == t.element()), edition::toString);
    }
    assertTrue(TITLES.size() > 40, TITLES::toString);
  }

  @Test
  void aContentWordReplacedMakesAnotherTitle() {
    qt().withExamples(1000).withShrinkCycles(50)
        .forAll(integers().between(0, TITLES.size() - 1), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((i, which, by) -> {
          Titled t = TITLES.get(i);
          String[] tokens = t.title().split(" ");
          List<Integer> content = contentTokens(tokens);
          assertFalse(content.isEmpty(), t::toString);
          int at = pick(content, which);
          String old = tokens[at].replaceAll("[,;:]$", "").toLowerCase(Locale.ROOT);
          String replacement = pick(REPLACEMENTS, by);
          String lower = replacement.toLowerCase(Locale.ROOT);
          // not a cut-off of the word it replaces, nor the word cut off
          if (old.startsWith(lower.substring(0, 3)) || lower.startsWith(old.substring(0, 3))) {
            replacement = "Zebras";
          }
          tokens[at] = tokens[at].replaceFirst("^\\p{L}+", replacement);
          String stated = String.join(" ", tokens);
          assertFalse(TitleMatcher.matches(stated, t.element().title()), () -> stated + " | " + t);
          assertEquals(TitleMatcher.Fit.OTHER, TitleMatcher.fit(stated, t.element().title()), stated);
          assertTrue(TitleMatcher.similarity(stated, t.title()) < TitleMatcher.THRESHOLD, stated);
        });
  }

  /** A change that keeps the title. */
  private static String vary(String title, int how, int where) {
    String[] tokens = title.split(" ");
    switch (Math.floorMod(how, 9)) {
      case 0:
        return title.toUpperCase(Locale.ROOT);
      case 1:
        return title.toLowerCase(Locale.ROOT);
      case 2:
        return "“" + title.replace(" ", ", ").replace("-", " ") + "!”";
      case 3:
        return title.replaceAll("iz(e|es|ed|ing|ation|ations|ational)\\b", "is$1")
            .replaceAll("ior(s?)\\b", "iour$1");
      case 4:
        return title.replaceAll("is(e|es|ed|ing|ation|ations|ational)\\b", "iz$1")
            .replaceAll("iour(s?)\\b", "ior$1");
      case 5: {
        // a function word added, removed or replaced
        int at = Math.floorMod(where, tokens.length + 1);
        List<String> out = new ArrayList<>(List.of(tokens));
        if (at < tokens.length && FUNCTION_WORDS.contains(tokens[at].toLowerCase(Locale.ROOT))) {
          out.set(at, pick(List.of("the", "of", "in", "and", "for", ""), where));
        } else {
          out.add(at, pick(List.of("the", "of", "in", "and", "for"), where));
        }
        return String.join(" ", out).replace("  ", " ");
      }
      case 6:
        return title + pick(List.of(" etc.", ", etc.", " etc", "…etc."), where);
      case 7: {
        // a cut-off end: the last content word cut to its first letters (three or more), the rest dropped
        List<Integer> content = contentTokens(tokens);
        if (content.size() < 2) {
          return title.toLowerCase(Locale.ROOT); // "Sus..." is no reasonable length for "Sustainability"
        }
        int last = content.get(content.size() - 1);
        String word = tokens[last].replaceAll("[,;:]$", "");
        int keep = 3 + Math.floorMod(where, Math.max(1, word.length() - 3));
        return String.join(" ", List.of(tokens).subList(0, last)) + " " + word.substring(0, keep) + "...";
      }
      default: {
        // words dropped from the end, keeping three content words at least: an abbreviation
        List<Integer> content = contentTokens(tokens);
        if (content.size() < 4) {
          return title.toLowerCase(Locale.ROOT);
        }
        int upTo = content.get(3 + Math.floorMod(where, content.size() - 3));
        return String.join(" ", List.of(tokens).subList(0, upTo));
      }
    }
  }

  @Test
  void aToleratedChangeKeepsTheTitle() {
    qt().withExamples(1500).withShrinkCycles(50)
        .forAll(integers().between(0, TITLES.size() - 1), integers().between(0, 8), integers().between(0, 1000))
        .checkAssert((i, how, where) -> {
          Titled t = TITLES.get(i);
          String stated = vary(t.title(), how, where);
          assertTrue(TitleMatcher.matches(stated, t.element().title()), () -> stated + " | " + t);
          assertTrue(TitleMatcher.similarity(stated, t.title()) >= TitleMatcher.THRESHOLD, stated);
        });
  }

  @Test
  void aCaseSpellingOrFunctionWordChangeIsTheSameTitleAndRanksFirst() {
    qt().withExamples(500).withShrinkCycles(50)
        .forAll(integers().between(0, TITLES.size() - 1), integers().between(0, 5), integers().between(0, 1000))
        .checkAssert((i, how, where) -> {
          Titled t = TITLES.get(i);
          String stated = vary(t.title(), how, where);
          assertEquals(TitleMatcher.Fit.SAME, TitleMatcher.fit(stated, t.element().title()), stated);
          StrategyEdition edition = IflaStrategies.all().stream().filter(e -> e.contains(t.element().id())
              && e.element(t.element().id()).orElseThrow() == t.element()).findFirst().orElseThrow();
          Optional<ElementReference> best = TitleMatcher.bestMatch(stated, List.of(edition),
              e -> e.kind() == t.element().kind());
          assertTrue(best.isPresent(), stated);
          assertEquals(1.0, TitleMatcher.similarity(stated, edition.element(best.get().element()).orElseThrow()
              .title()), stated);
        });
  }
}
