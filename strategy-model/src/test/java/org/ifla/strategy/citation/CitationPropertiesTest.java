package org.ifla.strategy.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.Label;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of finding and resolving citations, over every key initiative of every bundled edition. A case's
 * expected element, its number and its place in its area are read from the edition's data, never from the code
 * under test; the citation forms are written here.
 */
class CitationPropertiesTest {
  private static final CitationResolver BUNDLED = CitationResolver.bundled();

  /** A key initiative that a citation form can name, with the ways to write it. */
  private static final class Case {
    final StrategyEdition edition;
    final KeyInitiative ki;
    final ElementReference expected;
    final ImmutableList<String> forms;

    Case(StrategyEdition edition, StrategyArea area, int place, KeyInitiative ki) {
      this.edition = edition;
      this.ki = ki;
      this.expected = ElementReference.of(edition.id(), ki.id());
      String a = area.number().orElseThrow();
      if (ki.number().isPresent()) {
        String n = ki.number().get();
        forms = ImmutableList.of(n, "KI " + n, "KI" + n, "Key Initiative " + n, "key initiative #" + n,
            "关键举措 " + n, "關鍵舉措" + n, "Strategic Direction " + a + ", Key Initiative " + place,
            "SD" + a + " KI" + place, "SD" + a + ".KI" + place, "战略方向 " + a + "，关键举措 " + place);
      } else {
        forms = ImmutableList.of("Impact Area " + a + ", Key Initiative " + place,
            "Impact Area 0" + a + ", Key Initiative " + place, "IA" + a + " KI" + place,
            "影响领域 " + a + " 关键举措 " + place, "影響領域" + a + "、關鍵舉措" + place);
      }
    }

    /** The title in each language, without a final full stop (which ends the sentence, not the title). */
    List<String> titles() {
      return ki.title().labels().stream().map(Label::text).map(t -> t.replaceFirst("[.。]$", ""))
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return expected.toString();
    }
  }

  /** Every key initiative of the bundled editions that is in a numbered area (the enabler is not numbered). */
  private static final ImmutableList<Case> CASES = cases();

  private static ImmutableList<Case> cases() {
    ImmutableList.Builder<Case> out = ImmutableList.builder();
    for (StrategyEdition edition : IflaStrategies.all()) {
      for (StrategyArea area : edition.areas()) {
        if (area.number().isEmpty()) {
          continue;
        }
        for (int i = 0; i < area.keyInitiatives().size(); i++) {
          out.add(new Case(edition, area, i + 1, area.keyInitiatives().get(i)));
        }
      }
    }
    return out.build();
  }

  private static Gen<Case> kis() {
    return integers().between(0, CASES.size() - 1).map(CASES::get);
  }

  /** Picks one of a list by an index that may be larger than it. */
  private static <T> T pick(List<T> list, int index) {
    return list.get(Math.floorMod(index, list.size()));
  }

  private static final List<String> SEPARATORS = List.of(" ", ": ", " – ", "\t", " — ", "：");

  /** Which form, which title label and which separator to write. */
  private static final class Choice {
    final int form;
    final int title;
    final int separator;

    Choice(int form, int title, int separator) {
      this.form = form;
      this.title = title;
      this.separator = separator;
    }

    @Override
    public String toString() {
      return "form " + form + ", title " + title + ", separator " + separator;
    }
  }

  private static Gen<Choice> choices() {
    return integers().between(0, 20).zip(integers().between(0, 5), integers().between(0, 5), Choice::new);
  }

  /** Two different key initiatives of one edition. */
  private static Gen<List<Case>> pairsOfOneEdition() {
    return kis().flatMap(a -> {
      List<Case> same = CASES.stream().filter(c -> c.edition == a.edition).collect(Collectors.toList());
      int at = same.indexOf(a);
      return integers().between(1, same.size() - 1).map(offset -> List.of(a, same.get((at + offset) % same.size())));
    });
  }

  /** A citation form, and the title after it if asked. */
  private static String render(Case c, Choice choice, boolean withTitle) {
    String number = pick(c.forms, choice.form);
    return withTitle ? number + pick(SEPARATORS, choice.separator) + pick(c.titles(), choice.title) : number;
  }

  private static ResolvedCitation only(CitationResolver resolver, String text) {
    ImmutableList<ResolvedCitation> all = resolver.resolveAll(text);
    assertEquals(1, all.size(), () -> "citations in '" + text + "': " + all);
    return all.get(0);
  }

  @Test
  void thereIsACaseForEveryNumberedKeyInitiativeAndEveryArea() {
    // 15 + 16 key initiatives in 2016-2021 and 2019-2024; 4 + 4 + 3 in the three 2024-2029 impact areas.
    assertEquals(15 + 16 + 11, CASES.size());
  }

  @Test
  void everyKeyInitiativeCitedInEveryFormResolvesBackAgainstItsEdition() {
    qt().withExamples(500).withShrinkCycles(20)
        .forAll(kis(), choices(), booleans().all())
        .checkAssert((c, choice, withTitle) -> {
          String text = render(c, choice, withTitle);
          ResolvedCitation r = only(BUNDLED.withEdition(c.edition.id()), text);
          assertEquals(Optional.of(c.expected), r.element(), () -> text + " -> " + r);
          assertTrue(r.titleMatches(), () -> text + " -> " + r);
          assertEquals(Optional.empty(), r.betterMatch(), () -> text + " -> " + r);
          assertEquals(withTitle, r.citation().statedTitle().isPresent(), () -> text + " -> " + r);
          assertEquals(text, r.citation().text());
        });
  }

  @Test
  void withItsOwnTitleACitationResolvesBackWithoutEditionOrDate() {
    qt().withExamples(300).withShrinkCycles(20)
        .forAll(kis(), choices())
        .checkAssert((c, choice) -> {
          String text = render(c, choice, true);
          ResolvedCitation r = only(BUNDLED, text);
          assertEquals(Optional.of(c.expected), r.element(), () -> text + " -> " + r);
          assertTrue(r.titleMatches(), () -> text + " -> " + r);
          assertNotEquals(Optional.of(EditionBasis.GIVEN), r.basis());
        });
  }

  @Test
  void aCitationWithAnotherInitiativesTitleReportsThatInitiativeAsTheBetterMatch() {
    qt().withExamples(500).withShrinkCycles(20)
        .forAll(pairsOfOneEdition(), choices())
        .checkAssert((pair, choice) -> {
          Case a = pair.get(0);
          Case b = pair.get(1);
          assertNotEquals(a.expected, b.expected);
          String text = pick(a.forms, choice.form) + pick(SEPARATORS, choice.separator)
              + pick(b.titles(), choice.title);
          ResolvedCitation r = only(BUNDLED.withEdition(a.edition.id()), text);
          assertEquals(Optional.of(a.expected), r.element(), () -> text + " -> " + r);
          assertFalse(r.titleMatches(), () -> text + " -> " + r);
          assertEquals(Optional.of(b.expected), r.betterMatch(), () -> text + " -> " + r);
        });
  }

  /** Changes that keep a title the same title: case, punctuation, spelling, a small word. */
  private static String vary(String title, int how) {
    switch (Math.floorMod(how, 6)) {
      case 0:
        return title.toUpperCase(Locale.ROOT);
      case 1:
        return title.toLowerCase(Locale.ROOT);
      case 2:
        return title.replace(" ", ", ").replace("-", " ") + "!";
      case 3:
        // word endings only: "priorities" is not "priourities" (a mismatch since issue 20)
        return title.replace("ization", "isation").replace("ize", "ise").replaceAll("ior\\b", "iour");
      case 4:
        return title.replace("isation", "ization").replace("ise", "ize").replace("our ", "or ");
      default:
        return "the " + title.replace(" and ", " and the ").replace(" of ", " ");
    }
  }

  @Test
  void aTitleChangedInCasePunctuationSpellingOrASmallWordStillMatches() {
    qt().withExamples(400).withShrinkCycles(20)
        .forAll(kis(), choices(), integers().between(0, 5))
        .checkAssert((c, choice, how) -> {
          String text = pick(c.forms, choice.form) + ": " + vary(pick(c.titles(), choice.title), how);
          ResolvedCitation r = only(BUNDLED.withEdition(c.edition.id()), text);
          assertEquals(Optional.of(c.expected), r.element(), () -> text + " -> " + r);
          assertTrue(r.titleMatches(), () -> text + " -> " + r);
        });
  }

  private static final List<String> PROSE = List.of("this", "plan", "relates", "to", "the", "strategy", "and",
      "our", "work", "with", "libraries", "本", "计划", "对应");

  @Test
  void aCitationInProseIsFoundAtItsPlace() {
    qt().withExamples(300).withShrinkCycles(20)
        .forAll(kis(), choices(), lists().of(integers().between(0, PROSE.size() - 1)).ofSizeBetween(0, 8),
            booleans().all())
        .checkAssert((c, choice, words, withTitle) -> {
          String citation = render(c, new Choice(choice.form, choice.title, 0), withTitle);
          String before = words.stream().map(PROSE::get).collect(Collectors.joining(" "));
          String prefix = before.isEmpty() ? "" : before + " ";
          String text = prefix + citation + ". " + before + ".";
          ImmutableList<Citation> found = Citation.findAll(text);
          assertEquals(1, found.size(), () -> text + " -> " + found);
          assertEquals(prefix.length(), found.get(0).start(), text);
          assertEquals(citation, found.get(0).text(), text);
          assertEquals(prefix.length() + citation.length(), found.get(0).end(), text);
        });
  }

  private static final List<String> PIECES = List.of("1", "2", "4", "5", "02", "12", ".", ",", " ", "\t", "\n",
      ":", "#", "%", "…", "KI", "ki ", "SD", "IA", "Key Initiative ", "Strategic Direction ", "Impact Area ",
      "关键举措", "战略方向", "影响领域", "，", "。", "Build", "a", "\"", "“", "\u00a0", "\ud800", "é");

  @Test
  void anyTextGivesOrderedCitationsThatAreItsOwnSubstringsAndResolvesWithoutFailing() {
    qt().withExamples(500).withShrinkCycles(50)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40))
        .checkAssert(pieces -> {
          String text = pieces.stream().map(PIECES::get).collect(Collectors.joining());
          ImmutableList<Citation> found = Citation.findAll(text);
          int last = 0;
          for (Citation c : found) {
            assertTrue(c.start() >= last, text);
            assertEquals(text.substring(c.start(), c.end()), c.text(), text);
            assertTrue(c.statedTitle().map(t -> t.length() <= Citation.MAX_TITLE_LENGTH).orElse(true), text);
            last = c.end();
          }
          List<ResolvedCitation> resolved = new ArrayList<>(BUNDLED.resolveAll(text));
          assertEquals(found.size(), resolved.size(), text);
          for (ResolvedCitation r : resolved) {
            assertTrue(!r.titleMatches() || r.isResolved(), text);
          }
        });
  }
}
