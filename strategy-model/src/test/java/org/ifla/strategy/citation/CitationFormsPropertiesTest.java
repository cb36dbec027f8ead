package org.ifla.strategy.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.text.Label;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the citation forms of issue 20: a number, a full stop and a title; lists; a title alone with its
 * kind named; and a unit's own numbering, which is no citation. Texts are made of such pieces, in any order,
 * between unrelated text; each citation must be found once, with the span, number, kind and title the piece
 * was written with. The titles are the bundled editions' own labels (English and Chinese).
 */
class CitationFormsPropertiesTest {
  private static final ElementKind KI = ElementKind.KEY_INITIATIVE;
  private static final ElementKind SD = ElementKind.STRATEGIC_DIRECTION;
  private static final ElementKind IA = ElementKind.IMPACT_AREA;

  /** A citation a piece holds: where it starts in the piece, its text, number, kind and stated title. */
  private record Expected(int offset, String text, String number, ElementKind kind, Optional<String> title) {
    Expected shifted(int by) {
      return new Expected(offset + by, text, number, kind, title);
    }

    @Override
    public String toString() {
      return offset + ":" + text + "=" + number + "/" + kind + title.map(t -> "/" + t).orElse("");
    }
  }

  /** Some text and the citations in it. */
  private record Piece(String text, List<Expected> citations) {}

  /** A title of an element of the bundled editions, English or Chinese, that a title can be read as. */
  private record Titled(ElementKind kind, String title, boolean chinese) {}

  private static final ImmutableList<Titled> TITLES = titles();

  private static ImmutableList<Titled> titles() {
    ImmutableList.Builder<Titled> out = ImmutableList.builder();
    for (StrategyEdition edition : IflaStrategies.all()) {
      for (StrategyElement e : edition.elements()) {
        if (e.kind() != KI && e.kind() != SD && e.kind() != IA) {
          continue;
        }
        for (Label label : e.title().labels()) {
          String t = label.text().replaceFirst("[.。]$", "");
          boolean chinese = Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
          if (t.matches("[^.!?;。！？；…\\t\\n\\r\"“”‘’「」]{1,200}")
              && (chinese || Character.isUpperCase(t.codePointAt(0)))) {
            out.add(new Titled(e.kind(), t, chinese));
          }
        }
      }
    }
    return out.build();
  }

  private static <T> T pick(List<T> list, int index) {
    return list.get(Math.floorMod(index, list.size()));
  }

  private static final List<String> PROSE = List.of("this", "plan", "relates", "to", "the", "strategy", "and",
      "our", "work", "with", "libraries", "本", "计划", "对应");

  /** A unit's own numbering, sometimes with its own title: never a citation. */
  private static final List<String> UNITS = List.of("Action 3.1 Hold a webinar on open data", "Objective 1",
      "Goal 3", "Activity 1.1", "Project 2", "Focus Area 2", "Task 1.2", "Actions 3.1, 3.2 and 3.4",
      "Objectives: 1.2", "活动 1.1", "任务 1.2、1.3", "行动 3.1 举办网络研讨会", "SDG 4.7", "Table 2.1");

  private static String word(ElementKind kind, int how) {
    if (kind == KI) {
      return pick(List.of("Key Initiative ", "KI ", "关键举措 ", "關鍵舉措"), how);
    }
    return kind == SD ? pick(List.of("Strategic Direction ", "SD", "战略方向 "), how)
        : pick(List.of("Impact Area ", "IA", "影响领域 "), how);
  }

  /** Builds one piece of the given shape from four choices. */
  private static Piece piece(int shape, int a, int b, int c, int d) {
    String n1 = (1 + Math.floorMod(a, 9)) + "." + (1 + Math.floorMod(b, 9));
    String n2 = (1 + Math.floorMod(b, 9)) + "." + (1 + Math.floorMod(c, 9));
    String n3 = (1 + Math.floorMod(c, 9)) + "." + (1 + Math.floorMod(d, 9));
    String area = String.valueOf(1 + Math.floorMod(a, 4));
    String p = String.valueOf(1 + Math.floorMod(c, 5));
    String q = String.valueOf(1 + Math.floorMod(d, 5));
    List<Expected> out = new ArrayList<>();
    switch (Math.floorMod(shape, 6)) {
      case 0: {
        List<String> words = new ArrayList<>();
        for (int i = 0; i <= Math.floorMod(a, 5); i++) {
          words.add(pick(PROSE, b + i * c));
        }
        return new Piece(String.join(" ", words), out);
      }
      case 1:
        return new Piece(pick(UNITS, a), out);
      case 2: {
        // a number, a full stop and a title, as a heading (a line of its own)
        Titled t = pick(TITLES, b);
        String number = t.kind() == KI ? n1 : area;
        String head = word(t.kind(), t.chinese() ? 2 : Math.floorMod(c, 2)) + number + ". ";
        String text = head + t.title();
        out.add(new Expected(0, text, number, t.kind(), Optional.of(t.title())));
        return new Piece(text + "\n", out);
      }
      case 3: {
        // a list: of key initiatives' numbers, of places in an area, or of areas
        String sep2 = pick(List.of(", ", " and ", " or ", "、", ", and ", " & "), c);
        String sep3 = pick(List.of(", ", " and ", "、", "和"), d);
        switch (Math.floorMod(d, 3)) {
          case 0: {
            String head = pick(List.of("Key Initiatives ", "KIs ", "Key Initiatives: ", "关键举措 ", "KI #"), a) + n1;
            out.add(new Expected(0, head, n1, KI, Optional.empty()));
            String text = head + sep2 + n2 + sep3 + n3;
            out.add(new Expected(head.length() + sep2.length(), n2, n2, KI, Optional.empty()));
            out.add(new Expected(text.length() - n3.length(), n3, n3, KI, Optional.empty()));
            return new Piece(text, out);
          }
          case 1: {
            ElementKind areaKind = Math.floorMod(b, 2) == 0 ? SD : IA;
            String head = word(areaKind, a) + area + pick(List.of(", Key Initiatives: ", " KI", ", key initiatives ",
                "，关键举措 "), b) + p;
            out.add(new Expected(0, head, area + "." + p, KI, Optional.empty()));
            String text = head + sep2 + q;
            out.add(new Expected(head.length() + sep2.length(), q, area + "." + q, KI, Optional.empty()));
            return new Piece(text, out);
          }
          default: {
            ElementKind areaKind = Math.floorMod(b, 2) == 0 ? SD : IA;
            String head = pick(areaKind == SD ? List.of("Strategic Directions ", "SDs ", "战略方向 ")
                : List.of("Impact Areas ", "IAs ", "影响领域 "), a) + area;
            out.add(new Expected(0, head, area, areaKind, Optional.empty()));
            String text = head + sep2 + p;
            out.add(new Expected(head.length() + sep2.length(), p, p, areaKind, Optional.empty()));
            return new Piece(text, out);
          }
        }
      }
      case 4: {
        // a title alone, its kind named
        Titled t = pick(TITLES, a);
        String kindWord = t.kind() == KI ? "Key Initiative" : t.kind() == SD ? "Strategic Direction" : "Impact Area";
        String kindZh = t.kind() == KI ? "关键举措" : t.kind() == SD ? "战略方向" : "影响领域";
        String cited = t.chinese()
            ? kindZh + pick(List.of("：", ": "), b) + t.title()
            : kindWord + pick(List.of(": ", " – ", " ", " — "), b) + t.title();
        String before = t.chinese() ? "" : pick(List.of("", "the ", "IFLA's "), c);
        out.add(new Expected(before.length(), cited, "", t.kind(), Optional.of(t.title())));
        return new Piece(before + cited, out);
      }
      default: {
        // a number alone, in the forms read before
        List<String> kis = List.of("KI " + n1, n1, "Key Initiative " + n1, "关键举措 " + n1, "KI#" + n1);
        if (Math.floorMod(b, 2) == 0) {
          String text = pick(kis, a);
          out.add(new Expected(0, text, n1, KI, Optional.empty()));
          return new Piece(text, out);
        }
        ElementKind areaKind = Math.floorMod(c, 2) == 0 ? SD : IA;
        String text = word(areaKind, a) + (Math.floorMod(d, 2) == 0 ? "0" : "") + area;
        out.add(new Expected(0, text, area, areaKind, Optional.empty()));
        return new Piece(text, out);
      }
    }
  }

  /** Sentence ends between pieces: no title runs across them. */
  private static final List<String> BETWEEN = List.of("; ", "\n", "；", "。", ";\n", "\r\n");

  private static Gen<List<Integer>> pieceChoices() {
    return lists().of(integers().between(0, 1_000)).ofSizeBetween(5 * 1, 5 * 6);
  }

  @Test
  void everyFormInAnyOrderAmongOtherTextIsFoundOnceWithItsSpan() {
    qt().withExamples(1500).withShrinkCycles(100)
        .forAll(pieceChoices(), integers().between(0, 1_000))
        .checkAssert((choices, between) -> {
          StringBuilder text = new StringBuilder();
          List<Expected> expected = new ArrayList<>();
          for (int i = 0; i + 4 < choices.size(); i += 5) {
            if (text.length() > 0) {
              text.append(pick(BETWEEN, between + i));
            }
            Piece piece = piece(choices.get(i), choices.get(i + 1), choices.get(i + 2), choices.get(i + 3),
                choices.get(i + 4));
            int at = text.length();
            piece.citations().forEach(e -> expected.add(e.shifted(at)));
            text.append(piece.text());
          }
          String s = text.toString();
          List<Expected> found = Citation.findAll(s).stream()
              .map(c -> new Expected(c.start(), c.text(), c.number(), c.kind(), c.statedTitle()))
              .collect(Collectors.toList());
          assertEquals(expected.toString(), found.toString(), () -> "in '" + s + "'");
          for (Citation c : Citation.findAll(s)) {
            assertEquals(s.substring(c.start(), c.end()), c.text());
          }
        });
  }

  @Test
  void thereAreTitlesOfEveryKindInBothLanguages() {
    for (ElementKind kind : List.of(KI, SD, IA)) {
      for (boolean chinese : List.of(false, true)) {
        assertEquals(true, TITLES.stream().anyMatch(t -> t.kind() == kind && t.chinese() == chinese),
            kind + (chinese ? " zh" : " en"));
      }
    }
  }
}
