package org.ifla.strategy.framework;

import static java.util.Map.entry;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.ifla.strategy.text.ResolvedLabel;
import org.junit.jupiter.api.Test;

/** The bundled IFLA editions: structure, Chinese and English labels, official marks and completeness. */
final class IflaStrategiesTest {

  /**
   * Every "our work here includes" item and every "to monitor progress we will use" measure of the Chinese text
   * of the Strategy 2024-2029 (seed 004), copied from that text: list markers "- " dropped, measures split on
   * "；" and the final "。" of a list dropped.
   */
  private static final Map<String, String> SEED_004_KEY_INITIATIVES_AND_MEASURES = ordered(
      // IA1: "我们在这里的工作包括" (lines 79-82) and the measures (line 94)
      entry("IA1.KI1", "使志愿者团体充满活力、表现出色，成为学习的空间和新思想的孵化器"),
      entry("IA1.KI2", "保持并扩大参与性会员队伍，为该领域贡献经验和力量"),
      entry("IA1.KI3", "发展积极和参与性更强的社区，让我们领域的所有成员都能在我们的工作中找到自己的位置"),
      entry("IA1.KI4", "坚持并制定世界级标准和指导方针，促进不断发展和国际化工作"),
      entry("IA1.M1", "成员中的净促进者得分"),
      entry("IA1.M2", "国际图书馆员协会和图书馆联合会标准和材料的下载情况以及用户调查结果"),
      entry("IA1.M3", "志愿者经验调查"),
      entry("IA1.M4", "志愿者多样性衡量标准"),
      entry("IA1.M5", "志愿者能力和信心衡量标准"),
      // IA2: "我们在这里的工作包括" (lines 102-105) and the measures (line 117)
      entry("IA2.KI1", "在国际图书馆员协会和图书馆联合会能够做出独特贡献的相关国际政策领域，建立自己的声音、形象和影响力"),
      entry("IA2.KI2", "根据我们的战略并作为实现共同目标的一种手段，确定并制定与其他方面的合作战略"),
      entry("IA2.KI3", "在政策问题和宣传图书馆价值观方面发挥思想领导作用"),
      entry("IA2.KI4", "确保咨询资源和技能遍布整个领域，以实现我们全球工作的影响"),
      entry("IA2.M1", "主要文本中提及图书馆的措施"),
      entry("IA2.M2", "政府间组织对图书馆采取的积极主动的做法"),
      entry("IA2.M3", "与其他组织合作开展的行动的数量"),
      entry("IA2.M4", "利用国际图书馆员协会和图书馆联合会的政策工作"),
      entry("IA2.M5", "宣传材料的采用情况（通过调查衡量）"),
      // IA3: "我们在这里的工作包括" (lines 125-127) and the measures (line 139)
      entry("IA3.KI1", "发展地区结构，使其既能在各自层面阐明全球优先事项，又能在国际图书馆员协会和图书馆联合会更广泛战略的背景下，围绕具体需求制定具有影响力的工作计划。"),
      entry("IA3.KI2", "提供相关培训，增加现有培训的价值，满足已确定的需求领域"),
      entry("IA3.KI3", "在建设有影响力的图书馆领域的更广泛努力中，支持图书馆协会的发展"),
      entry("IA3.M1", "成员对地区机构工作的调查意见"),
      entry("IA3.M2", "在地区一级与外部合作伙伴发起的项目"),
      entry("IA3.M3", "培训课程的范围、接受情况、完成情况和后续行动"),
      entry("IA3.M4", "图书馆协会为产生影响和可持续性而采取的相关行动"),
      // EN: "我们在这里的工作包括" (lines 147-150) and the measures (line 162)
      entry("EN.KI1", "确保我们的管理有效、透明、符合目的，让我们社区的所有部分都有发言权"),
      entry("EN.KI2", "确保我们有效、可靠和可持续地实施项目和倡议，特别是在合作伙伴关系中"),
      entry("EN.KI3", "继续投资于我们的总部团队，使他们能够满足社区需求并为未来而建设"),
      entry("EN.KI4", "制定并实施成功的可持续发展战略，使我们能够实现资金来源的多样化，并实现我们的目标"),
      entry("EN.M1", "成员调查反馈和净促进者得分"),
      entry("EN.M2", "成功交付的项目"),
      entry("EN.M3", "员工调查反馈随时间的演变"),
      entry("EN.M4", "战略伙伴关系的数量（和增长情况）"));

  /** The 15 key initiatives of the Strategic Plan 2016-2021, IFLA's English (reference section 3). */
  private static final Map<String, String> KEY_INITIATIVES_2016 = ordered(
      entry("1.1", "Promoting reading and literacy as an essential requirement for active participation in society, through access to information in any format"),
      entry("1.2", "Introducing libraries on the agenda of international organizations"),
      entry("1.3", "Building on the IFLA Trend Report"),
      entry("1.4", "Promoting IFLA standards to support libraries in the provision of services to their communities"),
      entry("2.1", "Defining a long-term, sustainable information environment"),
      entry("2.2", "Advocating for an equitable copyright framework"),
      entry("2.3", "Influencing the future of Internet governance"),
      entry("3.1", "Establishing our network of Preservation and Conservation Centres (PACs) as centres of expertise critical to safeguarding documentary cultural heritage globally"),
      entry("3.2", "Developing standards for the collection and preservation of content in its diverse forms"),
      entry("3.3", "Safeguarding documentary cultural heritage through Disaster Risk Reduction"),
      entry("4.1", "Promoting libraries within the United Nations 2030 Agenda for Sustainable Development"),
      entry("4.2", "Delivering the International Advocacy Programme (IAP)"),
      entry("4.3", "Advancing our Leadership Programme"),
      entry("4.4", "Delivering our Building Strong Library Associations programme"),
      entry("4.5", "Strengthening IFLA by building regional and sectoral capacity and participation across our activities"));

  /** The 16 key initiatives of the Strategy 2019-2024 (reference section 2; 4.1 and 4.4 have no English source). */
  private static final Map<String, String> KEY_INITIATIVES_2019 = ordered(
      entry("1.1", "Show the power of libraries in achieving the Sustainable Development Goals"),
      entry("1.2", "Build a strong presence in international organizations and meetings as a valued partner"),
      entry("1.3", "Work with library associations and libraries to identify key legal and funding challenges to their work, and advocate for action"),
      entry("1.4", "Shape public opinion and debate around open access and library values, including intellectual freedom and human rights"),
      entry("2.1", "Produce, communicate and distribute key resources and materials that inspire the profession"),
      entry("2.2", "Deliver high quality campaigns, information and other communications products on a regular basis to engage and energise libraries"),
      entry("2.3", "Develop standards, guidelines, and other materials that foster best professional practice"),
      entry("2.4", "Provide tools and infrastructure that supports the work of libraries"),
      entry("3.1", "Provide excellent opportunities for face-to-face networking and learning"),
      entry("3.2", "Support virtual networking and connections"),
      entry("3.3", "Empower the field at the national and regional levels"),
      entry("3.4", "Provide targeted learning and professional development"),
      entry("4.1", "Foster long-term financial continuity and organisational stability"),  // rendered from the Chinese, not official
      entry("4.2", "Effectively mobilise our human resources and networks"),
      entry("4.3", "Increase, diversify and engage our membership"),
      entry("4.4", "Raise visibility through high-quality and innovative communications"));  // rendered from the Chinese, not official

  @SafeVarargs
  private static Map<String, String> ordered(Map.Entry<String, String>... entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      assertEquals(null, map.put(e.getKey(), e.getValue()), "repeated key " + e.getKey());
    }
    return map;
  }

  private static StrategyElement element(StrategyEdition edition, String id) {
    Optional<StrategyElement> element = edition.element(id);
    assertTrue(element.isPresent(), edition.id() + " has no element " + id);
    return element.get();
  }

  private static Label label(LocalizedText text, String tag) {
    Optional<Label> label = text.label(LanguageTag.of(tag));
    assertTrue(label.isPresent(), "no " + tag + " label in " + text);
    return label.get();
  }

  private static List<String> ids(List<? extends StrategyElement> elements) {
    return elements.stream().map(e -> e.id().toString()).collect(Collectors.toList());
  }

  private static List<String> numbers(List<? extends StrategyElement> elements) {
    return elements.stream().map(e -> e.number().orElse("-")).collect(Collectors.toList());
  }

  private static List<Integer> sizes(StrategyEdition edition, String what) {
    List<Integer> sizes = new ArrayList<>();
    for (StrategyArea area : edition.areas()) {
      switch (what) {
        case "KI":
          sizes.add(area.keyInitiatives().size());
          break;
        case "M":
          sizes.add(area.measuresOfSuccess().size());
          break;
        default:
          sizes.add(area.overviewItems().size());
          break;
      }
    }
    return sizes;
  }

  @Test
  void returnsTheSameInstancesOnEveryCall() {
    assertSame(IflaStrategies.catalog(), IflaStrategies.catalog());
    assertSame(IflaStrategies.all(), IflaStrategies.all());
    for (int i = 0; i < 3; i++) {
      assertSame(IflaStrategies.all().get(i), IflaStrategies.all().get(i));
    }
    assertSame(IflaStrategies.strategicPlan2016to2021(), IflaStrategies.strategicPlan2016to2021());
    assertSame(IflaStrategies.strategy2019to2024(), IflaStrategies.strategy2019to2024());
    assertSame(IflaStrategies.strategy2024to2029(), IflaStrategies.strategy2024to2029());
    assertSame(IflaStrategies.strategy2024to2029(),
        IflaStrategies.edition(IflaStrategies.STRATEGY_2024_2029).orElseThrow());
    assertSame(IflaStrategies.strategy2019to2024(), IflaStrategies.all().get(1));
    assertEquals(List.of(IflaStrategies.STRATEGIC_PLAN_2016_2021, IflaStrategies.STRATEGY_2019_2024,
        IflaStrategies.STRATEGY_2024_2029),
        IflaStrategies.all().stream().map(StrategyEdition::id).collect(Collectors.toList()));
  }

  @Test
  void editionsHaveTheirLanguages() {
    Set<LanguageTag> chinese = Set.of(LanguageTag.ENGLISH, LanguageTag.CHINESE);
    assertEquals(chinese, IflaStrategies.strategicPlan2016to2021().languages());
    assertEquals(Set.of(LanguageTag.ENGLISH, LanguageTag.CHINESE, LanguageTag.of("zh-Hant")),
        IflaStrategies.strategy2019to2024().languages());
    assertEquals(chinese, IflaStrategies.strategy2024to2029().languages());
    assertEquals(2016, IflaStrategies.strategicPlan2016to2021().firstYear());
    assertEquals(2024, IflaStrategies.strategy2019to2024().lastYear());
    assertEquals("IFLA Strategy 2024-2029", label(IflaStrategies.strategy2024to2029().title(), "en").text());
  }

  @Test
  void strategicPlan2016HasFourDirectionsAndFifteenKeyInitiatives() {
    StrategyEdition plan = IflaStrategies.strategicPlan2016to2021();
    assertEquals(List.of("SD1", "SD2", "SD3", "SD4"), ids(plan.areas()));
    assertEquals(List.of("1", "2", "3", "4"), numbers(plan.areas()));
    plan.areas().forEach(a -> assertEquals(ElementKind.STRATEGIC_DIRECTION, a.kind()));
    assertEquals(List.of(4, 3, 3, 5), sizes(plan, "KI"));
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2",
        "4.3", "4.4", "4.5"), numbers(plan.keyInitiatives()));
    assertEquals(List.of(0, 0, 0, 0), sizes(plan, "M"));
    assertFalse(plan.vision().isPresent());
    assertEquals("SD4.KI5", plan.elementNumbered("4.5").orElseThrow().id().toString());
  }

  @Test
  void strategy2019HasFourDirectionsAndSixteenKeyInitiativesWithoutAFourPointFive() {
    StrategyEdition strategy = IflaStrategies.strategy2019to2024();
    assertEquals(List.of("SD1", "SD2", "SD3", "SD4"), ids(strategy.areas()));
    assertEquals(List.of(4, 4, 4, 4), sizes(strategy, "KI"));
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4",
        "4.1", "4.2", "4.3", "4.4"), numbers(strategy.keyInitiatives()));
    assertFalse(strategy.elementNumbered("4.5").isPresent());
    assertFalse(strategy.contains(ElementId.parse("SD4.KI5")));
    assertTrue(strategy.elements().stream().noneMatch(e -> e.number().filter("4.5"::equals).isPresent()));
    assertTrue(strategy.vision().isPresent());
    assertTrue(strategy.mission().isPresent());
  }

  @Test
  void strategy2024HasThreeImpactAreasAndTheEnabler() {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    assertEquals(List.of("IA1", "IA2", "IA3", "EN"), ids(strategy.areas()));
    assertEquals(List.of(ElementKind.IMPACT_AREA, ElementKind.IMPACT_AREA, ElementKind.IMPACT_AREA,
        ElementKind.ENABLER), strategy.areas().stream().map(StrategyElement::kind).collect(Collectors.toList()));
    assertEquals(List.of("1", "2", "3", "-"), numbers(strategy.areas()));
    assertEquals(List.of(4, 4, 3, 4), sizes(strategy, "KI"));
    assertEquals(15, strategy.keyInitiatives().size());
    strategy.keyInitiatives().forEach(ki -> assertFalse(ki.number().isPresent(), ki.id() + " has a number"));
    assertFalse(strategy.elementNumbered("1.1").isPresent());
    assertEquals(List.of(5, 5, 4, 4), sizes(strategy, "M"));
    assertEquals(18, strategy.measuresOfSuccess().size());
    assertEquals(List.of(5, 3, 3, 6), sizes(strategy, "D"));
    assertEquals(List.of("FIELD.1", "FIELD.2", "FIELD.3", "FIELD.4"), ids(strategy.fieldOutcomes()));
    for (Statement outcome : strategy.fieldOutcomes()) {
      assertEquals(ElementKind.FIELD_OUTCOME, outcome.kind());
      assertEquals(!outcome.id().toString().equals("FIELD.4"), outcome.description().isPresent(),
          "description of " + outcome.id());
    }
    assertEquals(List.of("INTRO.1", "INTRO.2", "WHY.0", "WHY.1", "WHY.2", "WHY.3", "WHY.4", "WHY.5",
        "WHY.CLOSE", "READ.1", "READ.2", "READ.3", "READ.4"), ids(strategy.preamble()));
    assertTrue(strategy.vision().isPresent());
    assertTrue(strategy.theoryOfChange().isPresent());
    assertFalse(strategy.mission().isPresent());
    for (StrategyArea area : strategy.areas()) {
      assertTrue(area.description().isPresent(), "introduction of " + area.id());
      assertTrue(area.fieldOutcome().isPresent(), "field outcome of " + area.id());
      assertTrue(area.successCriteria().isPresent(), "success criteria of " + area.id());
    }
    assertEquals(List.of(0, 1, 1, 0),
        strategy.areas().stream().map(a -> a.alternativeTitles().size()).collect(Collectors.toList()));
    assertEquals(73, strategy.elements().size());
  }

  @Test
  void chineseKeyInitiativesAndMeasuresAreThoseOfTheChineseText() {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    assertEquals(33, SEED_004_KEY_INITIATIVES_AND_MEASURES.size());
    SEED_004_KEY_INITIATIVES_AND_MEASURES.forEach((id, text) -> {
      StrategyElement e = element(strategy, id);
      assertEquals(id.contains(".KI") ? ElementKind.KEY_INITIATIVE : ElementKind.MEASURE_OF_SUCCESS, e.kind());
      assertEquals(text, label(e.title(), "zh").text(), id);
    });
    List<String> all = new ArrayList<>(ids(strategy.keyInitiatives()));
    all.addAll(ids(strategy.measuresOfSuccess()));
    assertEquals(Set.copyOf(all), SEED_004_KEY_INITIATIVES_AND_MEASURES.keySet());
  }

  @Test
  void chineseTitlesAndTextsOf2024KeepTheChineseText() {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    assertEquals("充满活力的全球专业社区", label(element(strategy, "IA1").title(), "zh").text());
    StrategyArea ia2 = (StrategyArea) element(strategy, "IA2");
    assertEquals("图书馆作为各地的合作伙伴得到认可、尊重和重视", label(ia2.title(), "zh").text());
    assertEquals("图书馆作为合作伙伴得到认可、代表和重视", label(ia2.alternativeTitles().get(0), "zh").text());
    assertEquals("有效推动国际空间对图书馆的认可和支", label(element(strategy, "IA2.D1").title(), "zh").text());
    assertEquals("推动者：面向未来的国际图书馆员协会和图书馆联合会", label(element(strategy, "EN").title(), "zh").text());
    assertEquals(List.of("伙伴关系的建立和管理", "透明度和善治", "高效率的交付", "管理良好的总部", "影响重点", "可持续性"),
        strategy.areas().get(3).overviewItems().stream().map(s -> label(s.title(), "zh").text())
            .collect(Collectors.toList()));
    assertEquals("通过知识和信息实现人人共享的可持续未来", label(strategy.vision().orElseThrow().title(), "zh").text());
    assertEquals("参与国际图书馆员工作是图书馆协会、图书馆以及图书馆和信息工作人员工作的核心支柱",
        label(element(strategy, "FIELD.4").title(), "zh").text());
  }

  @Test
  void olderKeyInitiativesHaveTheirEnglishTitles() {
    assertEquals(15, KEY_INITIATIVES_2016.size());
    assertEquals(16, KEY_INITIATIVES_2019.size());
    KEY_INITIATIVES_2016.forEach((number, title) -> assertEquals(title,
        label(IflaStrategies.strategicPlan2016to2021().elementNumbered(number).orElseThrow().title(), "en").text(),
        number));
    KEY_INITIATIVES_2019.forEach((number, title) -> assertEquals(title,
        label(IflaStrategies.strategy2019to2024().elementNumbered(number).orElseThrow().title(), "en").text(),
        number));
  }

  @Test
  void labelsSayWhereTheirWordsComeFrom() {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    assertEquals(Provenance.OFFICIAL, label(strategy.vision().orElseThrow().title(), "en").provenance());
    assertEquals(Provenance.OFFICIAL, label(element(strategy, "IA1").title(), "en").provenance());
    assertEquals(Provenance.OFFICIAL, label(element(strategy, "INTRO.1").title(), "en").provenance());
    assertEquals(Provenance.OFFICIAL, label(strategy.title(), "en").provenance());
    for (String rendered : List.of("HOW", "EN", "IA1.KI1", "WHY.0")) {
      Label en = label(element(strategy, rendered).title(), "en");
      assertEquals(Provenance.RENDERED, en.provenance(), rendered);
      assertTrue(en.source().orElseThrow().contains("rendered for strategy-model"), rendered);
    }
    int[] zh = {0};
    for (StrategyElement e : strategy.elements()) {
      StrategyEdition.forEachText(e, text -> text.label(LanguageTag.CHINESE).ifPresent(l -> {
        zh[0]++;
        assertEquals(Provenance.QUOTED, l.provenance(), e.id() + ": " + l);
        assertTrue(l.source().orElseThrow().contains("seed 004"), e.id() + ": " + l);
      }));
    }
    assertEquals(88, zh[0]);

    StrategyEdition strategy2019 = IflaStrategies.strategy2019to2024();
    Label quoted = label(strategy2019.elementNumbered("2.4").orElseThrow().title(), "en");
    assertEquals(Provenance.QUOTED, quoted.provenance());
    assertTrue(quoted.source().orElseThrow().contains("Action Plan 2019-2020"), quoted.toString());
    for (String number : List.of("4.1", "4.4")) {
      assertEquals(Provenance.RENDERED, label(strategy2019.elementNumbered(number).orElseThrow().title(), "en")
          .provenance(), number);
    }
    for (String number : List.of("1.1", "2.3", "4.2", "4.3")) {
      assertTrue(label(strategy2019.elementNumbered(number).orElseThrow().title(), "en").isOfficial(), number);
    }
    assertTrue(label(strategy2019.elementNumbered("2.1").orElseThrow().title(), "en").source().orElseThrow()
        .contains("10-Minute International Librarian"));
    for (KeyInitiative ki : strategy2019.keyInitiatives()) {
      Label traditional = label(ki.title(), "zh-Hant");
      assertEquals(Provenance.QUOTED, traditional.provenance(), ki.id().toString());
      assertTrue(traditional.source().orElseThrow().contains("STPI/CONCERT Taiwan"), ki.id().toString());
      // converted to Simplified characters by this library: not found in a source as such
      assertEquals(Provenance.RENDERED, label(ki.title(), "zh").provenance(), ki.id().toString());
    }
    for (StrategyArea sd : strategy2019.areas()) {
      assertEquals(Provenance.QUOTED, label(sd.title(), "zh").provenance(), sd.id().toString());
      assertTrue(label(sd.title(), "zh").source().orElseThrow().contains("图书与情报"), sd.id().toString());
    }
    for (StrategyArea sd : IflaStrategies.strategicPlan2016to2021().areas()) {
      assertEquals(Provenance.QUOTED, label(sd.title(), "zh").provenance());
      assertTrue(label(sd.title(), "en").isOfficial());
    }
  }

  @Test
  void labelCountsShowHowMuchOfALanguageIsOfficial() {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    // English is complete, but mostly rendered from the Chinese text: 7 official labels, 84 rendered
    assertEquals(Map.of(Provenance.OFFICIAL, 7, Provenance.QUOTED, 0, Provenance.RENDERED, 84),
        strategy.labelCounts(LanguageTag.ENGLISH));
    assertEquals(Map.of(Provenance.OFFICIAL, 0, Provenance.QUOTED, 88, Provenance.RENDERED, 1),
        strategy.labelCounts(LanguageTag.CHINESE));
    assertEquals(List.of(Provenance.OFFICIAL, Provenance.QUOTED, Provenance.RENDERED),
        List.copyOf(strategy.labelCounts(LanguageTag.of("fr")).keySet()));
    assertEquals(Map.of(Provenance.OFFICIAL, 30, Provenance.QUOTED, 1, Provenance.RENDERED, 2),
        IflaStrategies.strategy2019to2024().labelCounts(LanguageTag.ENGLISH));
    assertEquals(Map.of(Provenance.OFFICIAL, 0, Provenance.QUOTED, 20, Provenance.RENDERED, 1),
        IflaStrategies.strategy2019to2024().labelCounts(LanguageTag.of("zh-Hant")));
    assertEquals(Map.of(Provenance.OFFICIAL, 0, Provenance.QUOTED, 0, Provenance.RENDERED, 0),
        strategy.labelCounts(LanguageTag.of("zh-Hant")));
    assertNullRejected(() -> strategy.labelCounts(null));
  }

  @Test
  void everyBundledLabelNamesItsSource() {
    for (StrategyEdition edition : IflaStrategies.all()) {
      List<LocalizedText> texts = new java.util.ArrayList<>(List.of(edition.title()));
      edition.elements().forEach(e -> StrategyEdition.forEachText(e, texts::add));
      for (LocalizedText text : texts) {
        for (Label label : text.labels()) {
          assertTrue(label.source().isPresent(), edition.id() + ": " + label);
        }
      }
    }
  }

  @Test
  void everyEditionHasAChineseTitleThatSaysWhereItComesFrom() {
    // No Chinese title was found for any edition (the Chinese text of 2024-2029 has no title line): rendered.
    assertEquals("国际图联战略计划 2016-2021",
        label(IflaStrategies.strategicPlan2016to2021().title(), "zh").text());
    assertEquals("国际图联战略 2019-2024", label(IflaStrategies.strategy2019to2024().title(), "zh").text());
    assertEquals("國際圖聯戰略 2019-2024", label(IflaStrategies.strategy2019to2024().title(), "zh-Hant").text());
    assertEquals("国际图联战略 2024-2029", label(IflaStrategies.strategy2024to2029().title(), "zh").text());
    for (StrategyEdition edition : IflaStrategies.all()) {
      Label zh = label(edition.title(), "zh");
      assertEquals(Provenance.RENDERED, zh.provenance(), edition.id().toString());
      assertTrue(zh.source().orElseThrow().startsWith("rendered for strategy-model"), zh.toString());
      assertEquals("国际图联战略 " + edition.firstYear() + "-" + edition.lastYear(),
          edition.title().text(Locale.SIMPLIFIED_CHINESE).replace("计划", ""));
    }
  }

  @Test
  void translationCompletenessShowsTheRealGaps() {
    TranslationCompleteness plan = IflaStrategies.strategicPlan2016to2021()
        .translationCompleteness(LanguageTag.CHINESE);
    assertEquals(19, plan.elementCount());
    assertFalse(plan.titleMissing());
    assertEquals(ids(IflaStrategies.strategicPlan2016to2021().keyInitiatives()),
        plan.missing().stream().map(ElementId::toString).collect(Collectors.toList()));
    assertEquals(15, plan.missing().size());
    assertEquals(5.0 / 20, plan.ratio(), 1e-9); // the title counts
    assertTrue(IflaStrategies.strategicPlan2016to2021().translationCompleteness(LanguageTag.ENGLISH).isComplete());

    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    TranslationCompleteness en = strategy.translationCompleteness(LanguageTag.ENGLISH);
    assertTrue(en.isComplete(), en.missing().toString());
    assertEquals(73, en.elementCount());
    // The Chinese text has everything except the English cover page's introduction (INTRO.1, INTRO.2), which
    // it does not contain; no Chinese is made up for it.
    TranslationCompleteness zh = strategy.translationCompleteness(LanguageTag.CHINESE);
    assertEquals(List.of(ElementId.parse("INTRO.1"), ElementId.parse("INTRO.2")), zh.missing());
    assertEquals(72.0 / 74, zh.ratio(), 1e-9);
    assertFalse(strategy.translationCompleteness(LanguageTag.of("fr")).isComplete());
    assertTrue(strategy.translationCompleteness(LanguageTag.of("fr")).titleMissing());

    StrategyEdition strategy2019 = IflaStrategies.strategy2019to2024();
    List<String> missing2019 = strategy2019.translationCompleteness(LanguageTag.of("zh-Hant")).missing().stream()
        .map(ElementId::toString).collect(Collectors.toList());
    assertEquals(List.of("V", "M", "SD1", "SD1.KI1", "SD1.KI2", "SD1.KI3", "SD1.KI4", "SD3", "SD3.KI1", "SD3.KI2",
        "SD3.KI3", "SD3.KI4"), missing2019);
    assertEquals(missing2019, strategy2019.translationCompleteness(LanguageTag.CHINESE).missing().stream()
        .map(ElementId::toString).collect(Collectors.toList()));
  }

  @Test
  void chineseLocalesResolveToTheirScript() {
    LocalizedText title = element(IflaStrategies.strategy2019to2024(), "SD1.KI1").title();
    ResolvedLabel traditional = title.resolve(Locale.forLanguageTag("zh-Hant-TW"));
    assertEquals(LanguageTag.of("zh-Hant"), traditional.served());
    assertEquals("展示圖書館在實現可持續發展目標方面的力量", traditional.text());
    assertTrue(traditional.isSameScript());
    assertFalse(traditional.label().isOfficial());
    ResolvedLabel simplified = title.resolve(Locale.SIMPLIFIED_CHINESE);
    assertEquals(LanguageTag.CHINESE, simplified.served());
    assertEquals("展示图书馆在实现可持续发展目标方面的力量", simplified.text());
    assertEquals(LanguageTag.of("zh-Hant"), title.resolve(Locale.TRADITIONAL_CHINESE).served());
    assertEquals(LanguageTag.ENGLISH, title.resolve(Locale.FRENCH).served());
    assertTrue(title.resolve(Locale.FRENCH).isFallback());
    assertEquals("Show the power of libraries in achieving the Sustainable Development Goals",
        title.text(Locale.ENGLISH));
    // 2024-2029 has only Simplified Chinese: Traditional falls back to it, visibly
    LocalizedText vision = IflaStrategies.strategy2024to2029().vision().orElseThrow().title();
    ResolvedLabel fallback = vision.resolve(LanguageTag.of("zh-Hant-TW"));
    assertEquals(LanguageTag.CHINESE, fallback.served());
    assertTrue(fallback.isFallback());
    assertFalse(vision.hasLanguage(LanguageTag.of("zh-Hant-TW")));
    assertTrue(vision.hasLanguage(LanguageTag.of("zh-CN")));
  }

  @Test
  void editionIdsAreTheDocumentedOnes() {
    assertEquals("ifla-strategic-plan-2016-2021", IflaStrategies.STRATEGIC_PLAN_2016_2021.toString());
    assertEquals("ifla-strategy-2019-2024", IflaStrategies.STRATEGY_2019_2024.toString());
    assertEquals("ifla-strategy-2024-2029", IflaStrategies.STRATEGY_2024_2029.toString());
  }

  @Test
  void allHoldsTheThreeEditionsOldestFirst() {
    assertEquals(List.of("ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024", "ifla-strategy-2024-2029"),
        IflaStrategies.all().stream().map(e -> e.id().toString()).toList());
    assertEquals(IflaStrategies.all(), IflaStrategies.catalog().editions());
  }

  @Test
  void editionOfAnUnknownIdIsEmpty() {
    assertEquals(Optional.empty(), IflaStrategies.edition(EditionId.parse("ifla-strategy-2030-2035")));
    assertNullRejected(() -> IflaStrategies.edition(null));
  }

  @Test
  void periodsAreTheEditionsYears() {
    assertEquals(List.of(2016, 2021), List.of(IflaStrategies.strategicPlan2016to2021().firstYear(),
        IflaStrategies.strategicPlan2016to2021().lastYear()));
    assertEquals(List.of(2019, 2024), List.of(IflaStrategies.strategy2019to2024().firstYear(),
        IflaStrategies.strategy2019to2024().lastYear()));
    assertEquals(List.of(2024, 2029), List.of(IflaStrategies.strategy2024to2029().firstYear(),
        IflaStrategies.strategy2024to2029().lastYear()));
  }

  @Test
  void catalogResolvesQualifiedReferencesAcrossEditions() {
    EditionCatalog catalog = IflaStrategies.catalog();
    assertEquals("SD4.KI5", catalog.resolve(ElementReference.parse("ifla-strategic-plan-2016-2021:SD4.KI5"),
        Optional.of(IflaStrategies.STRATEGY_2019_2024)).orElseThrow().id().toString());
    assertEquals(Optional.empty(), catalog.resolve(ElementReference.parse("SD4.KI5"),
        Optional.of(IflaStrategies.STRATEGY_2019_2024)));
    assertEquals(List.of(IflaStrategies.strategicPlan2016to2021()),
        catalog.editionsContaining(ElementId.parse("SD4.KI5"), Optional.of(IflaStrategies.STRATEGY_2019_2024)));
  }

  @Test
  void everyBundledLabelHasEnglish() {
    for (StrategyEdition edition : IflaStrategies.all()) {
      assertTrue(edition.translationCompleteness(LanguageTag.ENGLISH).isComplete(), edition.id().toString());
    }
  }
}
