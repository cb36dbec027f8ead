package org.ifla.strategy.citation;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.ElementKind;
import org.junit.jupiter.api.Test;

/** Finding citations in free text: every number form, in English and Chinese, spans and stated titles. */
class CitationTest {
  private static final ElementKind KI = ElementKind.KEY_INITIATIVE;
  private static final ElementKind SD = ElementKind.STRATEGIC_DIRECTION;
  private static final ElementKind IA = ElementKind.IMPACT_AREA;

  private static Citation only(String text) {
    ImmutableList<Citation> found = Citation.findAll(text);
    assertEquals(1, found.size(), () -> "citations in '" + text + "': " + found);
    return found.get(0);
  }

  private static void assertCites(String text, String number, ElementKind kind, Optional<ElementKind> areaKind) {
    Citation c = only(text);
    assertEquals(number, c.number(), text);
    assertEquals(kind, c.kind(), text);
    assertEquals(areaKind, c.areaKind(), text);
  }

  @Test
  void everyEnglishNumberForm() {
    assertCites("see 1.2 here", "1.2", KI, Optional.empty());
    assertCites("KI 1.2", "1.2", KI, Optional.empty());
    assertCites("KI1.2", "1.2", KI, Optional.empty());
    assertCites("ki #4.5", "4.5", KI, Optional.empty());
    assertCites("Key Initiative 1.2", "1.2", KI, Optional.empty());
    assertCites("key initiatives 2.3", "2.3", KI, Optional.empty());
    assertCites("Key\u00a0Initiative\u00a01.2", "1.2", KI, Optional.empty());
    assertCites("Strategic\u00a0Direction\u00a03,\u00a0KI\u00a02", "3.2", KI, Optional.of(SD));
    assertCites("Strategic Direction 3, Key Initiative 2", "3.2", KI, Optional.of(SD));
    assertCites("SD3 KI2", "3.2", KI, Optional.of(SD));
    assertCites("SD3.KI2", "3.2", KI, Optional.of(SD));
    assertCites("Impact Area 1, Key Initiative 2", "1.2", KI, Optional.of(IA));
    assertCites("Strategic Direction 4", "4", SD, Optional.of(SD));
    assertCites("SD4", "4", SD, Optional.of(SD));
    assertCites("sd 4", "4", SD, Optional.of(SD));
    assertCites("Impact Area 02", "2", IA, Optional.of(IA));
    assertCites("IA2", "2", IA, Optional.of(IA));
  }

  @Test
  void everyChineseNumberForm() {
    assertCites("关键举措 1.2", "1.2", KI, Optional.empty());
    assertCites("關鍵舉措1.2", "1.2", KI, Optional.empty());
    assertCites("战略方向 4", "4", SD, Optional.of(SD));
    assertCites("本计划对应战略方向4", "4", SD, Optional.of(SD));
    assertCites("戰略方向 4", "4", SD, Optional.of(SD));
    assertCites("影响领域 2", "2", IA, Optional.of(IA));
    assertCites("影響領域 02", "2", IA, Optional.of(IA));
    assertCites("战略方向 3，关键举措 2", "3.2", KI, Optional.of(SD));
    assertCites("影响领域 1、关键举措 2", "1.2", KI, Optional.of(IA));
  }

  @Test
  void spansAreWhereTheCitationsAre() {
    String text = "Our plan follows SD1 and KI 2.4, and also 影响领域 2.";
    ImmutableList<Citation> found = Citation.findAll(text);
    assertEquals(List.of("SD1", "KI 2.4", "影响领域 2"), found.stream().map(Citation::text).collect(Collectors.toList()));
    assertEquals(List.of(17, 25, 42), found.stream().map(Citation::start).collect(Collectors.toList()));
    for (Citation c : found) {
      assertEquals(c.text(), text.substring(c.start(), c.end()));
    }
  }

  @Test
  void aStatedTitleIsTheRestOfTheSentence() {
    Citation seed001 = only("This idea relates to the IFLA Strategy! 1.2 Build a strong presence in international "
        + "organizations and meetings as a valued partner.\n\nYou can view all of our ideas");
    assertEquals(Optional.of("Build a strong presence in international organizations and meetings as a valued "
        + "partner"), seed001.statedTitle());
    assertEquals("1.2 Build a strong presence in international organizations and meetings as a valued partner",
        seed001.text());
    assertEquals(40, seed001.start());
    assertEquals(Optional.of("Shape public opinion and debate around open access"),
        only("Key Initiative 2.1: Shape public opinion and debate around open access…").statedTitle());
    assertEquals(Optional.of("Produce, communicate and distribute key resources and materials that inspire the "
        + "profession"), only("Key Initiative 2.1 :Produce, communicate and distribute key resources and materials "
        + "that inspire the profession .").statedTitle());
    assertEquals(Optional.of("Effectively mobilise our human resources and networks"),
        only("4.2 Effectively mobilise our human resources and networks").statedTitle());
    assertEquals(Optional.of("Capacity Building"),
        only("aligned with IFLA’s Strategic Direction 4 – Capacity Building. Our aim is").statedTitle());
    assertEquals(Optional.of("Support Virtual Networking and Collections"),
        only("Strategic Direction 3, Key Initiative 2: Support Virtual Networking and Collections").statedTitle());
    assertEquals(Optional.of("充满活力的全球专业社区"), only("影响领域 1：充满活力的全球专业社区").statedTitle());
    assertEquals(Optional.of("能力建设"), only("战略方向4:能力建设。下一句").statedTitle());
    assertEquals(Optional.of("Build a strong presence"), only("KI 1.2 \"Build a strong presence\"").statedTitle());
    assertEquals("KI 1.2 \"Build a strong presence\"", only("KI 1.2 \"Build a strong presence\", said").text());
  }

  @Test
  void aTitleStartsWithACapitalOrAChineseCharacterOrFollowsAColon() {
    assertEquals(Optional.empty(), only("KI 1.2 and more").statedTitle());
    assertEquals(Optional.of("shape public opinion"), only("KI 2.1: shape public opinion").statedTitle());
    assertEquals(Optional.empty(), only("SD4, then").statedTitle());
    assertEquals(Optional.empty(), only("1.2Build").statedTitle());
    // A full stop after the number and then a heading's rest of line is a title (issue 20; it was not before).
    assertEquals(Optional.of("Build more"), only("KI 1.2. Build more").statedTitle());
    // but a sentence of prose after the full stop is not
    assertEquals(Optional.empty(), only("We follow KI 1.2. Build more of it. Then").statedTitle());
    assertEquals(Optional.of("Build more"), only("KI 1.2) Build more").statedTitle());
  }

  @Test
  void aNumberFollowedByAFullStopAndATitle() {
    Citation sd1 = only("Strategic Direction 1. Strengthen the Global Voice of Libraries");
    assertEquals("1", sd1.number());
    assertEquals(Optional.of("Strengthen the Global Voice of Libraries"), sd1.statedTitle());
    assertEquals("Strategic Direction 1. Strengthen the Global Voice of Libraries", sd1.text());
    assertEquals(Optional.of("Optimise our Organisation"),
        only("Strategic Direction 1. Optimise our Organisation").statedTitle());
    // a title in title case, even with prose after it
    Citation inProse = only("We follow Strategic Direction 4. Capacity Building. It matters.");
    assertEquals(Optional.of("Capacity Building"), inProse.statedTitle());
    assertEquals("Strategic Direction 4. Capacity Building", inProse.text());
    assertEquals(Optional.of("Build a strong presence in international organizations"),
        only("1.2. Build a strong presence in international organizations\nnext line").statedTitle());
    assertEquals(Optional.of("强化图书馆全球话语权"), only("战略方向 1. 强化图书馆全球话语权").statedTitle());
    assertEquals(Optional.of("强化图书馆全球话语权"), only("战略方向 1. 强化图书馆全球话语权\n下一行").statedTitle());
    // prose: one long word, or a small first letter, or not at a line end
    assertEquals(Optional.empty(), only("SD1. The plan is ours. Next").statedTitle());
    assertEquals(Optional.empty(), only("SD1. Then we go. Next").statedTitle());
    assertEquals(Optional.empty(), only("SD1. the Plan Goes. Next").statedTitle());
    assertEquals(Optional.empty(), only("SD1. Strengthen our voice. Next").statedTitle());
    assertEquals(Optional.of("Strengthen Voices"), only("SD1. Strengthen Voices. Next").statedTitle());
    assertEquals(Optional.of("Strengthen Voices"), only("SD1. Strengthen Voices\tNext").statedTitle());
    assertEquals(Optional.of("Strengthen Voices"), only("SD1. Strengthen Voices\rNext").statedTitle());
  }

  @Test
  void aUnitsOwnNumberingIsNeverTheStrategys() {
    for (String text : List.of("Action 3.1 Hold a webinar on open data", "Objective 1", "Goal 3", "Activity 1.1",
        "Project 2", "Focus Area 2", "Task 1.2", "Action 3.1. Hold a webinar", "Actions 3.1, 3.2 and 3.4",
        "Objectives: 1.2, 1.3", "activity #1.1", "Activities 1.1 and 1.2", "Task 1.2.3", "SDG 4.7",
        "Sustainable Development Goal 4.7", "行动 3.1", "目标 1.2", "活动1.1", "项目 2", "任务 1.2、1.3",
        "see Table 2.1", "Section 4.5: Scope", "Priority 1.1", "Outcome 2.3")) {
      assertEquals(List.of(), Citation.findAll(text), text);
    }
    // the strategy's citations beside them are still found
    assertEquals(List.of("KI 1.2"), Citation.findAll("Action 3.1 supports KI 1.2").stream().map(Citation::text)
        .collect(Collectors.toList()));
    assertEquals(List.of("1.2", "SD3"), Citation.findAll("Actions 3.1, 3.2 and 1.2 (goals\n1.2) SD3").stream()
        .map(Citation::text).collect(Collectors.toList()));
    assertEquals(List.of("关键举措 1.2"), Citation.findAll("行动 3.1 支持关键举措 1.2").stream().map(Citation::text)
        .collect(Collectors.toList()));
    // a unit word glued to a letter is no unit word
    assertEquals(List.of("1.2"), Citation.findAll("Subtask 1.2").stream().map(Citation::text)
        .collect(Collectors.toList()));
  }

  private static List<String> all(String text) {
    return Citation.findAll(text).stream().map(c -> c.text() + "=" + c.number() + "@" + c.start())
        .collect(Collectors.toList());
  }

  @Test
  void aListGivesACitationPerItemEachWithItsSpan() {
    assertEquals(List.of("Key Initiatives 2.1=2.1@0", "2.3=2.3@21", "2.4=2.4@29"),
        all("Key Initiatives 2.1, 2.3 and 2.4"));
    assertEquals(List.of("关键举措 1.1=1.1@0", "1.4=1.4@9"), all("关键举措 1.1、1.4"));
    assertEquals(List.of("KIs 1.1=1.1@0", "1.2=1.2@9", "1.3=1.3@16", "1.4=1.4@22"), all("KIs 1.1, 1.2 or 1.3 & 1.4"));
    // no space after the comma: a decimal comma, not a list
    assertEquals(List.of(), all("KIs 1.1,1.2"));
    assertEquals(List.of("关键举措 1.1=1.1@0", "1.4=1.4@9"), all("关键举措 1.1和1.4"));
    assertEquals(List.of("SD2. Key Initiatives: 2=2.2@0", "4=2.4@25"), all("SD2. Key Initiatives: 2, 4"));
    assertEquals(List.of("SD2=2@0", "Key Initiatives: 2=2.2@9", "4=2.4@29"), all("SD2 (see Key Initiatives: 2, 4)"));
    assertEquals(List.of("Strategic Direction 2, Key Initiatives: 2=2.2@0", "4=2.4@43"),
        all("Strategic Direction 2, Key Initiatives: 2, 4"));
    assertEquals(List.of("战略方向 3，关键举措 1=3.1@0", "2=3.2@14"), all("战略方向 3，关键举措 1、2"));
    assertEquals(List.of("Strategic Directions 1=1@0", "3=3@24", "4=4@30"), all("Strategic Directions 1, 3 and 4"));
    assertEquals(List.of("影响领域 1=1@0", "3=3@7"), all("影响领域 1、3"));
    // the sort of the list is kept: a place after a number, a number after an area end it
    assertEquals(List.of("KI 1.1=1.1@0"), all("KI 1.1, 2"));
    assertEquals(List.of("SD1=1@0", "2.3=2.3@5"), all("SD1, 2.3"));
    assertEquals(List.of("SD1=1@0"), all("SD1, 123"));
    assertEquals(List.of("Impact Area 1, Key Initiative 2=1.2@0"), all("Impact Area 1, Key Initiative 2, 1.5%"));
    // a key initiative's place needs an area cited before it
    assertEquals(List.of(), all("Key Initiatives: 2, 4"));
    assertEquals(List.of("IA3=3@0", "KI 2=3.2@9", "4=3.4@18"), all("IA3 (see KI 2 and 4)"));
    // the area and the kind of the place come from the area: an impact area's
    Citation place = Citation.findAll("影响领域 2：… 关键举措 3").get(1);
    assertEquals(Optional.of(IA), place.areaKind());
    assertEquals(KI, place.kind());
    assertEquals("2.3", place.number());
  }

  @Test
  void aCitationByTitleAloneNamesTheKind() {
    Citation ki = only("It supports the Key Initiative Libraries in Society.");
    assertTrue(ki.isByTitle());
    assertEquals("", ki.number());
    assertEquals(KI, ki.kind());
    assertEquals(Optional.empty(), ki.areaKind());
    assertEquals("Key Initiative Libraries in Society", ki.text());
    assertEquals(16, ki.start());
    assertEquals(Optional.of("Libraries in Society"), ki.statedTitle());
    Citation sd = only("Strategic Direction: Optimise our Organisation");
    assertTrue(sd.isByTitle());
    assertEquals(SD, sd.kind());
    assertEquals(Optional.of(SD), sd.areaKind());
    assertEquals(Optional.of("Optimise our Organisation"), sd.statedTitle());
    Citation ia = only("Impact Area – libraries are enabled to deliver meaningful change");
    assertEquals(IA, ia.kind());
    assertEquals(Optional.of("libraries are enabled to deliver meaningful change"), ia.statedTitle());
    assertEquals(Optional.of("Optimise our Organisation"),
        only("the Strategic Direction \"Optimise our Organisation\"").statedTitle());
    Citation zh = only("本计划对应关键举措：支援虚拟网路联系。");
    assertEquals(KI, zh.kind());
    assertEquals(Optional.of("支援虚拟网路联系"), zh.statedTitle());
    assertEquals(Optional.of("优化我们的组织"), only("战略方向「优化我们的组织」").statedTitle());
    assertEquals(Optional.of("影响"), only("影响领域：影响").statedTitle());
    assertEquals(Optional.of("影响"), only("影響領域：影响").statedTitle());
    assertEquals(SD, only("戰略方向：優化我們的組織").kind());
    assertEquals(KI, only("關鍵舉措：以有價值的夥伴身份").kind());
    assertFalse(Citation.parse("Strategic Direction: Optimise our Organisation").toString().isEmpty());
    assertEquals(sd, Citation.parse(sd.text()));
    // no title, a small letter without a colon, a plural, a number, or a Chinese word without a colon
    for (String text : List.of("the Key Initiative is", "Key Initiative: ", "Strategic Direction\t\t\nSome",
        "IFLA Strategic Directions Libraries", "the key initiative libraries in society", "关键举措的落实",
        "Key Initiatives Libraries in Society", "the Strategic Direction\t\tLibraries")) {
      assertEquals(List.of(), Citation.findAll(text), text);
    }
  }

  @Test
  void aTitleEndsAtTheNextCitationATabOrALineEnd() {
    ImmutableList<Citation> found = Citation.findAll("KI 1.1 Show the power KI 1.2 Build a strong presence");
    assertEquals(Optional.of("Show the power"), found.get(0).statedTitle());
    assertEquals(Optional.of("Build a strong presence"), found.get(1).statedTitle());
    assertEquals(Optional.of("Show the power"), only("1.1\tShow the power\tof libraries").statedTitle());
    assertEquals(Optional.of("Show the power"), only("1.1 Show the power\nof libraries").statedTitle());
  }

  @Test
  void aLongTextAfterTheNumberIsADescriptionNotATitle() {
    String description = "MetLib Section’s planned activities focus on strengthening and communicating our "
        + "relevance to public libraries, particularly libraries serving larger Metropolitan cores and cities, and "
        + "pave the way to grow MetLib’s (and IFLA’s) presence in different geographical regions and Metropolitan "
        + "Cities, and correspondingly grow participation of libraries and library workers in MetLib section "
        + "activities progressively.";
    Citation c = only("4.5\t" + description);
    assertEquals(Optional.empty(), c.statedTitle());
    assertEquals("4.5", c.text());
    String atTheLimit = "A" + "b".repeat(Citation.MAX_TITLE_LENGTH - 1);
    assertEquals(Optional.of(atTheLimit), only("KI 1.2 " + atTheLimit).statedTitle());
    assertEquals(Optional.empty(), only("KI 1.2 " + atTheLimit + "b").statedTitle());
  }

  @Test
  void numbersThatAreNotCitations() {
    for (String text : List.of("", "no citation here", "USD4 and MEDIA2", "version v1.2", "on 1.2.2020",
        "3.25 million", "1.5% more", "11.2", "SD19.1.2", "Strategic Direction", "[KI No.]", "1. Strengthen",
        "Action plan 2019 – 2020", "KI 2", "SD 123", "#29: Think", "via 2")) {
      assertEquals(List.of(), Citation.findAll(text), text);
    }
  }

  @Test
  void oddTextNeverFails() {
    for (String text : List.of("\uD800 1.2 \uDFFF", "KI", "KI 1.", "1.2:", "1.2 :", "1.2 \"", "SD4 –", "\t\t\n",
        "1.2 " + "x".repeat(100_000), "影响领域", "关键举措 9.9 …")) {
      for (Citation c : Citation.findAll(text)) {
        assertEquals(c.text(), text.substring(c.start(), c.end()), text);
      }
    }
  }

  @Test
  void longRunsOfWhiteSpaceAreReadInLinearTime() {
    // With greedy quantifiers around the optional separator, this took minutes (quadratic backtracking).
    String spaces = " ".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertEquals(List.of("SD1"), Citation.findAll("SD1" + spaces + "x").stream().map(Citation::text)
          .collect(Collectors.toList()));
      assertEquals(List.of("SD1"), Citation.findAll("SD1 ," + spaces + "x").stream().map(Citation::text)
          .collect(Collectors.toList()));
      assertEquals(List.of(), Citation.findAll("KI #" + spaces + "x"));
      assertEquals(List.of("1.2"), Citation.findAll("1.2" + spaces).stream().map(Citation::text)
          .collect(Collectors.toList()));
    });
  }

  @Test
  void parseReadsOneCitationAndNothingElse() {
    Citation c = Citation.parse("  KI 1.2 Build a strong presence.  ");
    assertEquals("KI 1.2 Build a strong presence", c.text());
    assertEquals(0, c.start());
    assertEquals(Optional.of("Build a strong presence"), c.statedTitle());
    assertEquals(c, Citation.parse(c.toString()));
    assertIllegalArgument(() -> Citation.parse("hello"), "not a citation: 'hello'");
    assertIllegalArgument(() -> Citation.parse("SD1 and SD2"), "more than one citation in 'SD1 and SD2'");
    assertIllegalArgument(() -> Citation.parse("see SD1"), "not a citation alone: 'see SD1'");
  }

  @Test
  void equalCitationsAreEqual() {
    assertEqualValues(Citation.parse("SD4"), Citation.findAll("SD4 and more").get(0));
    assertUnequalValues(Citation.parse("SD4"), Citation.findAll(" SD4").get(0));
    assertUnequalValues(Citation.parse("SD4"), Citation.parse("IA4"));
    assertUnequalValues(Citation.parse("1.2"), Citation.parse("KI 1.2"));
    assertTrue(Citation.parse("KI 1.2").toString().equals("KI 1.2"));
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Citation.findAll(null));
    assertNullRejected(() -> Citation.parse(null));
  }
}
