package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The page's HTML: findings beside the part they are about, the tree with coverage, and everything escaped. */
class PlanPageTest {
  private static final String EVIL = "<script>alert(\"x\")</script>&";

  private final StrategyEdition edition = IflaStrategies.strategy2019to2024();
  private final ActionPlan plan = ActionPlan.builder()
      .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.ENGLISH, "Unit " + EVIL)))
      .template(PlanTemplate.OBJECTIVES).edition(IflaStrategies.STRATEGY_2019_2024)
      .period(StatedTimeframe.parse("2020 – 2021"))
      .addParts(part("Aligned " + EVIL, "SD4.KI5", "4.5", "T " + EVIL, "Do it"))
      .addParts(part("Second", "SD1.KI1", "1.1", null, "Do that"))
      .build();
  private final AlignmentReport report = RuleSet.standard().check(plan);

  private static PlanPart part(String title, String element, String number, String statedTitle, String activity) {
    Alignment.Builder alignment = Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
        .element(ElementReference.parse(element)).statedNumber(number);
    if (statedTitle != null) {
      alignment.statedTitle(statedTitle);
    }
    return PlanPart.builder().title(LocalizedText.of(LanguageTag.ENGLISH, title)).addAlignments(alignment.build())
        .addActivities(Activity.builder().title(LocalizedText.of(LanguageTag.ENGLISH, activity)).build()).build();
  }

  private String render(Locale locale) {
    return PlanPage.result(PageText.of(locale), "file " + EVIL + ".yaml", plan, report, Optional.of(edition),
        "{\"doc\": \"" + EVIL + "\"}");
  }

  @Test
  void escapesEverythingThatComesFromThePlanOrTheRequest() {
    String page = render(Locale.ENGLISH);
    assertFalse(page.contains("<script>"), page);
    assertFalse(page.contains("alert(\""), page);
    assertHas(page, "Unit &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;", "file &lt;script&gt;",
        "value=\"{&quot;doc&quot;: &quot;&lt;script&gt;");
  }

  @Test
  void showsEachFindingBesideThePartItIsAbout() {
    String page = render(Locale.ENGLISH);
    int first = page.indexOf("id=\"part-0\"");
    int second = page.indexOf("id=\"part-1\"");
    int finding = page.indexOf("/parts/0/alignments/0</code>");
    assertTrue(first >= 0 && second > first, page);
    assertTrue(finding > first && finding < second, "the finding is in the first part: " + page);
    assertTrue(page.substring(second).contains("No findings for this part."), page);
    assertTrue(page.contains("<h2>Objectives</h2>"), page);
  }

  @Test
  void showsTheTreeWithTheCoverageOfThePlan() {
    String page = render(Locale.ENGLISH);
    assertTrue(page.contains("<span class=\"node addressed\" data-element=\"SD1.KI1\"><span class=\"id\">1.1</span> "
        + "Show the power of libraries in achieving the Sustainable Development Goals <span class=\"coverage\">1 part"
        + "</span></span>"), page);
    assertTrue(page.contains("<span class=\"node addressed\" data-element=\"SD1\"><span class=\"id\">1</span> "
        + "Strengthen the Global Voice of Libraries <span class=\"coverage\">through its key initiatives</span>"
        + "</span> <span class=\"share\">50% of the parts</span>"), page);
    assertTrue(page.contains("<span class=\"node gap\" data-element=\"SD2\">"), page);
    assertTrue(page.contains("<p class=\"activities\">1 activity</p>"), page);
    // a title that is not IFLA's own wording is marked (2019-2024's 4.1 is a rendering, 2.4 quoted from a unit's
    // plan), and the legend says what the marks mean
    assertHas(page, "<span class=\"id\">4.1</span> Foster long-term financial continuity and organisational "
        + "stability<sup class=\"state rendered\" title=\"rendered for this library: not IFLA&#39;s own wording\">*"
        + "</sup>", "<span class=\"id\">2.4</span> Provide tools and infrastructure that supports the work of "
        + "libraries<sup class=\"state quoted\"", "<span class=\"id\">2.3</span> Develop standards, guidelines, "
        + "and other materials that foster best professional practice <span", "<p class=\"legend\"><span><sup "
        + "class=\"state quoted\">†</sup> quoted from a published source other than IFLA&#39;s</span> <span><sup "
        + "class=\"state rendered\">*</sup>");
  }

  @Test
  void rendersInChinese() {
    String page = render(Locale.forLanguageTag("zh-CN"));
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"), page);
    assertHas(page, "<h2>目标</h2>", "<span class=\"severity\">错误</span>", "未涉及",
        "class=\"current\" aria-pressed=\"true\">中文</button>");
  }

  @Test
  void namesWhereAnUnreadableDocumentFailed() {
    String page = PlanPage.unreadable(PageText.of(Locale.ENGLISH), "a.yaml",
        new DocumentError("bad " + EVIL, 3, 7, "/parts/0"));
    assertTrue(page.contains("Line 3, column 7, at /parts/0"), page);
    assertTrue(page.contains("bad &lt;script&gt;"), page);
    assertEquals(-1, page.indexOf("<script>"));
  }

  private static void assertHas(String page, String... parts) {
    for (String part : parts) {
      assertTrue(page.contains(part), () -> "no " + part + " in " + page);
    }
  }
}
