package org.ifla.strategy.citation;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals(Optional.empty(), only("KI 1.2. Build more").statedTitle());
    assertEquals(Optional.of("Build more"), only("KI 1.2) Build more").statedTitle());
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
