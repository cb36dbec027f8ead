package org.ifla.strategy.framework;

import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

// GENERATED from editions/ifla-strategic-plan-2016-2021/*.properties (the source of truth) by PrebuiltEditionSource.
// Do not edit: change the label files, then run PrebuiltEditionsTest with -Dprebuilt.regenerate=true.
/** The bundled edition {@code ifla-strategic-plan-2016-2021}, pre-built from its label files; internal. */
final class BundledEdition2016to2021 {
  /** The shared edition, built on first use of this class (IflaStrategies' holder of this edition). */
  static final StrategyEdition EDITION = edition();

  private BundledEdition2016to2021() {}

  /** Builds the edition. */
  static StrategyEdition edition() {
    return StrategyEdition.builder()
        .id(EditionId.parse("ifla-strategic-plan-2016-2021"))
        .title(text("en", "IFLA Strategic Plan 2016-2021", Provenance.OFFICIAL, S0, "zh", "国际图联战略计划 2016-2021", Provenance.RENDERED, S1))
        .firstYear(2016)
        .lastYear(2021)
        .addAreas(areaSD1())
        .addAreas(areaSD2())
        .addAreas(areaSD3())
        .addAreas(areaSD4())
        .build();
  }

  /** STRATEGIC_DIRECTION SD1. */
  private static StrategicDirection areaSD1() {
    ElementId area = ElementId.parse("SD1");
    return StrategicDirection.builder()
        .id(area)
        .number("1")
        .title(text("en", "Libraries in Society", Provenance.OFFICIAL, S0, "zh", "社会中的图书馆", Provenance.QUOTED, S2))
        .description(text("en", "We will empower the library sector to build literate, informed and participative societies. We will develop strategies and tools to enable library services to act as key providers of information, education, research, culture and social participation.", Provenance.OFFICIAL, S0, "zh", "我们将帮助图书馆和信息服务机构,创建会读写、有文化、齐参与的社会。我们将实施各项策略,开发各种工具,让图书馆成为信息、教育、研究、文化和社会参与的主要提供者。", Provenance.QUOTED, S2))
        .addKeyInitiatives(keyInitiative("SD1.KI1", area, "1.1", text("en", "Promoting reading and literacy as an essential requirement for active participation in society, through access to information in any format", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD1.KI2", area, "1.2", text("en", "Introducing libraries on the agenda of international organizations", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD1.KI3", area, "1.3", text("en", "Building on the IFLA Trend Report", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD1.KI4", area, "1.4", text("en", "Promoting IFLA standards to support libraries in the provision of services to their communities", Provenance.OFFICIAL, S0), null))
        .build();
  }

  /** STRATEGIC_DIRECTION SD2. */
  private static StrategicDirection areaSD2() {
    ElementId area = ElementId.parse("SD2");
    return StrategicDirection.builder()
        .id(area)
        .number("2")
        .title(text("en", "Information and Knowledge", Provenance.OFFICIAL, S0, "zh", "信息与知识", Provenance.QUOTED, S2))
        .description(text("en", "We will build a framework that promotes equitable access to information and knowledge in any format and in any place.  We will establish the capacity for libraries to act as catalysts of innovation, able to facilitate the creation and re-use of content by their communities.", Provenance.OFFICIAL, S0, "zh", "我们将建立起一套框架,推动对任何形式、任何地点的信息与知识的平等获取。我们将增强图书馆的能力,使其成为创新的媒介,方便所在的社群创建和循环利用其文化内容。", Provenance.QUOTED, S2))
        .addKeyInitiatives(keyInitiative("SD2.KI1", area, "2.1", text("en", "Defining a long-term, sustainable information environment", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD2.KI2", area, "2.2", text("en", "Advocating for an equitable copyright framework", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD2.KI3", area, "2.3", text("en", "Influencing the future of Internet governance", Provenance.OFFICIAL, S0), null))
        .build();
  }

  /** STRATEGIC_DIRECTION SD3. */
  private static StrategicDirection areaSD3() {
    ElementId area = ElementId.parse("SD3");
    return StrategicDirection.builder()
        .id(area)
        .number("3")
        .title(text("en", "Cultural Heritage", Provenance.OFFICIAL, S0, "zh", "文化遗产", Provenance.QUOTED, S2))
        .description(text("en", "We will support the library and information services sector and work closely with our network of cultural heritage partners to safeguard cultural heritage in its diverse forms, including traditional, historical, indigenous and contemporary expression; and to achieve optimal coordination of our cultural heritage activities.", Provenance.OFFICIAL, S0, "zh", "我们将支持图书馆和信息服务机构,并与我们的文化遗产合作伙伴紧密协作,共同保护各种形式的文化遗产,既包括传统和历史的遗产,也包括本地和当代的留存,从而优化我们的文化遗产保护行动的协作。", Provenance.QUOTED, S2))
        .addKeyInitiatives(keyInitiative("SD3.KI1", area, "3.1", text("en", "Establishing our network of Preservation and Conservation Centres (PACs) as centres of expertise critical to safeguarding documentary cultural heritage globally", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD3.KI2", area, "3.2", text("en", "Developing standards for the collection and preservation of content in its diverse forms", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD3.KI3", area, "3.3", text("en", "Safeguarding documentary cultural heritage through Disaster Risk Reduction", Provenance.OFFICIAL, S0), null))
        .build();
  }

  /** STRATEGIC_DIRECTION SD4. */
  private static StrategicDirection areaSD4() {
    ElementId area = ElementId.parse("SD4");
    return StrategicDirection.builder()
        .id(area)
        .number("4")
        .title(text("en", "Capacity Building", Provenance.OFFICIAL, S0, "zh", "能力建设", Provenance.QUOTED, S2))
        .description(text("en", "We will establish the capacity to raise the voice of librarians and library representatives at national, regional and global levels. We will develop an advocacy agenda and strengthen the ability of IFLA’s members to advocate effectively for libraries as key players in political, economic and social change.", Provenance.OFFICIAL, S0, "zh", "我们将提升图书馆和信息服务机构在国家、地区和全球层面的声音。我们将制定一项宣传议程,增强国际图联成员的宣传能力,让图书馆成为政治、经济和社会变迁的主要参与者。", Provenance.QUOTED, S2))
        .addKeyInitiatives(keyInitiative("SD4.KI1", area, "4.1", text("en", "Promoting libraries within the United Nations 2030 Agenda for Sustainable Development", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD4.KI2", area, "4.2", text("en", "Delivering the International Advocacy Programme (IAP)", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD4.KI3", area, "4.3", text("en", "Advancing our Leadership Programme", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD4.KI4", area, "4.4", text("en", "Delivering our Building Strong Library Associations programme", Provenance.OFFICIAL, S0), null))
        .addKeyInitiatives(keyInitiative("SD4.KI5", area, "4.5", text("en", "Strengthening IFLA by building regional and sectoral capacity and participation across our activities", Provenance.OFFICIAL, S0), null))
        .build();
  }

  private static Statement statement(String id, ElementKind kind, String number, LocalizedText title,
      LocalizedText description) {
    Statement.Builder b = Statement.builder().id(ElementId.parse(id)).kind(kind).title(title);
    if (number != null) {
      b.number(number);
    }
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }

  private static KeyInitiative keyInitiative(String id, ElementId area, String number, LocalizedText title,
      LocalizedText description) {
    KeyInitiative.Builder b = KeyInitiative.builder().id(ElementId.parse(id)).area(area).title(title);
    if (number != null) {
      b.number(number);
    }
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }

  private static MeasureOfSuccess measure(String id, ElementId area, String number, LocalizedText title) {
    MeasureOfSuccess.Builder b = MeasureOfSuccess.builder().id(ElementId.parse(id)).area(area).title(title);
    if (number != null) {
      b.number(number);
    }
    return b.build();
  }

  private static LocalizedText text(String tag1, String text1, Provenance provenance1, String source1) {
    return LocalizedText.builder()
        .add(Label.of(LanguageTag.of(tag1), text1, provenance1, source1))
        .build();
  }

  private static LocalizedText text(String tag1, String text1, Provenance provenance1, String source1,
      String tag2, String text2, Provenance provenance2, String source2) {
    return LocalizedText.builder()
        .add(Label.of(LanguageTag.of(tag1), text1, provenance1, source1))
        .add(Label.of(LanguageTag.of(tag2), text2, provenance2, source2))
        .build();
  }

  private static final String S0 = "IFLA Strategic Plan 2016-2021, ifla.org (node/10077 to node/10080)";
  private static final String S1 = "rendered for strategy-model (no Chinese title found)";
  private static final String S2 = "Chinese text of the Plan on a university library page (tsg.qdbhu.edu.cn/info/1752/1441.htm)";
}
