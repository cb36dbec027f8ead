package org.ifla.strategy.framework;

import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

// GENERATED from editions/ifla-strategy-2019-2024/*.properties (the source of truth) by PrebuiltEditionSource.
// Do not edit: change the label files, then run PrebuiltEditionsTest with -Dprebuilt.regenerate=true.
/** The bundled edition {@code ifla-strategy-2019-2024}, pre-built from its label files; internal. */
final class BundledEdition2019to2024 {
  /** The shared edition, built on first use of this class (IflaStrategies' holder of this edition). */
  static final StrategyEdition EDITION = edition();

  private BundledEdition2019to2024() {}

  /** Builds the edition. */
  static StrategyEdition edition() {
    return StrategyEdition.builder()
        .id(EditionId.parse("ifla-strategy-2019-2024"))
        .title(text("en", "IFLA Strategy 2019-2024", Provenance.OFFICIAL, S0, "zh", "国际图联战略 2019-2024", Provenance.RENDERED, S1, "zh-Hant", "國際圖聯戰略 2019-2024", Provenance.RENDERED, S1))
        .firstYear(2019)
        .lastYear(2024)
        .vision(statement("V", ElementKind.VISION, null, text("en", "A strong and united library field powering literate, informed and participative societies", Provenance.OFFICIAL, S0), null))
        .mission(statement("M", ElementKind.MISSION, null, text("en", "To inspire, engage, enable and connect the global library field", Provenance.OFFICIAL, S0), null))
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
        .title(text("en", "Strengthen the Global Voice of Libraries", Provenance.OFFICIAL, S0, "zh", "强化图书馆全球话语权", Provenance.QUOTED, S2, "zh-Hant", "強化圖書館的全球話語權", Provenance.QUOTED, S3))
        .description(text("en", "We listen to and understand the priorities of the whole field, and amplify the message through advocating for libraries and their values on a global and regional level. We speak with insight, confidence and authority on relevant policies, ensuring that libraries are recognised and supported as critical community assets essential to achieving development agendas. We build a strong presence in international organisations and meetings as a valued partner.", Provenance.OFFICIAL, S0))
        .addKeyInitiatives(keyInitiative("SD1.KI1", area, "1.1", text("en", "Show the power of libraries in achieving the Sustainable Development Goals", Provenance.OFFICIAL, S0, "zh", "展示图书馆在实现可持续发展目标方面的力量", Provenance.RENDERED, S4, "zh-Hant", "展示圖書館在實現可持續發展目標方面的力量", Provenance.QUOTED, S3), text("en", "As a basis for effective library advocacy, we will produce high quality, high impact tools that demonstrate to external audiences the contribution of libraries to development in all of its dimensions.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD1.KI2", area, "1.2", text("en", "Build a strong presence in international organizations and meetings as a valued partner", Provenance.OFFICIAL, S0, "zh", "以有价值的伙伴身份,在国际组织和会议中扩大影响", Provenance.RENDERED, S4, "zh-Hant", "以有價值的夥伴身份,在國際組織和會議中擴大影響", Provenance.QUOTED, S3), text("en", "We will strengthen our links with key international institutions, in order to shape laws, guidance and programmes which benefit libraries. We will adopt a strategic, long-term approach, and build our reputation as an essential partner.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD1.KI3", area, "1.3", text("en", "Work with library associations and libraries to identify key legal and funding challenges to their work, and advocate for action", Provenance.OFFICIAL, S0, "zh", "与图书馆一同协作,确定其工作中面临的法律和资金方面的挑战,并宣导采取行动", Provenance.RENDERED, S4, "zh-Hant", "與圖書館一同協作,確定其工作中面臨的法律和資金方面的挑戰,並宣導採取行動", Provenance.QUOTED, S3), text("en", "Collaborating closely with members, we will strengthen our understanding and ability to deliver support for advocacy in priority areas at national and regional levels, including literacy, learning, reading, innovation, and access to knowledge and heritage. We will deliver on this through direct engagement, guidance, and high-quality advocacy materials.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD1.KI4", area, "1.4", text("en", "Shape public opinion and debate around open access and library values, including intellectual freedom and human rights", Provenance.OFFICIAL, S0, "zh", "围绕开放取用和图书馆价值(包含智力自由和人权)推动形成公众舆论和辩论", Provenance.RENDERED, S4, "zh-Hant", "圍繞開放取用和圖書館價值(包含智力自由和人權)推動形成公眾輿論和辯論", Provenance.QUOTED, S3), text("en", "We will provide practical and intellectual leadership to support open access and the broader values of our field. We aim to facilitate an understanding of libraries’ role as champions of intellectual freedom, encourage reflection, coordinate action, and advocate externally.", Provenance.OFFICIAL, S0)))
        .build();
  }

  /** STRATEGIC_DIRECTION SD2. */
  private static StrategicDirection areaSD2() {
    ElementId area = ElementId.parse("SD2");
    return StrategicDirection.builder()
        .id(area)
        .number("2")
        .title(text("en", "Inspire and Enhance Professional Practice", Provenance.OFFICIAL, S0, "zh", "激发并提升专业实践", Provenance.QUOTED, S2, "zh-Hant", "激發並提升專業實踐", Provenance.QUOTED, S3))
        .addKeyInitiatives(keyInitiative("SD2.KI1", area, "2.1", text("en", "Produce, communicate and distribute key resources and materials that inspire the profession", Provenance.OFFICIAL, S5, "zh", "制作、交流并分发激励专业的关键性资源和材料", Provenance.RENDERED, S4, "zh-Hant", "製作、交流並分發激勵專業的關鍵性資源和材料", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD2.KI2", area, "2.2", text("en", "Deliver high quality campaigns, information and other communications products on a regular basis to engage and energise libraries", Provenance.OFFICIAL, S6, "zh", "定期提供高品质活动、资讯和其他交流产品,以吸引并为图书馆提供动力", Provenance.RENDERED, S4, "zh-Hant", "定期提供高品質活動、資訊和其他交流產品,以吸引並為圖書館提供動力", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD2.KI3", area, "2.3", text("en", "Develop standards, guidelines, and other materials that foster best professional practice", Provenance.OFFICIAL, S7, "zh", "制定标准、指南和其他培育最佳专业实践的材料", Provenance.RENDERED, S4, "zh-Hant", "制定標準、指南和其他培育最佳專業實踐的材料", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD2.KI4", area, "2.4", text("en", "Provide tools and infrastructure that supports the work of libraries", Provenance.QUOTED, S8, "zh", "为支援图书馆工作而提供工具和基础设施", Provenance.RENDERED, S4, "zh-Hant", "為支援圖書館工作而提供工具和基礎設施", Provenance.QUOTED, S3), null))
        .build();
  }

  /** STRATEGIC_DIRECTION SD3. */
  private static StrategicDirection areaSD3() {
    ElementId area = ElementId.parse("SD3");
    return StrategicDirection.builder()
        .id(area)
        .number("3")
        .title(text("en", "Connect and Empower the Field", Provenance.OFFICIAL, S0, "zh", "连接并壮大业界", Provenance.QUOTED, S2, "zh-Hant", "連接並壯大業界", Provenance.QUOTED, S3))
        .description(text("en", "We are a hub for dialogue and action. We are the motor of a connected and aligned library field, characterised by a true spirit of collaboration, in which no librarian is left behind. We unite passions, provide platforms, and enable innovation, learning, and professional development at all levels. Through this, we respond to current challenges and opportunities, and empower the library field to deliver high quality services that meet community needs, and foster literacy, innovation, heritage preservation and access to information for all users.", Provenance.OFFICIAL, S0))
        .addKeyInitiatives(keyInitiative("SD3.KI1", area, "3.1", text("en", "Provide excellent opportunities for face-to-face networking and learning", Provenance.OFFICIAL, S0, "zh", "为面对面联络与学习提供良好机会", Provenance.RENDERED, S4, "zh-Hant", "為面對面聯絡與學習提供良好機會", Provenance.QUOTED, S3), text("en", "We will maximise the potential of physical meetings as venues for uniting the library field and breaking down the barriers to collaboration, enabling access to new insights and knowledge, and promoting the sharing of ideas.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD3.KI2", area, "3.2", text("en", "Support virtual networking and connections", Provenance.OFFICIAL, S0, "zh", "支援虚拟网路联系", Provenance.RENDERED, S4, "zh-Hant", "支援虛擬網路聯繫", Provenance.QUOTED, S3), text("en", "We will develop a spirit of continuous collaboration in the library field through virtual networking tools that enable every librarian to be involved and engaged in a global conversation.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD3.KI3", area, "3.3", text("en", "Empower the field at the national and regional levels", Provenance.OFFICIAL, S0, "zh", "在国家和区域层面壮大业界", Provenance.RENDERED, S4, "zh-Hant", "在國家和區域層面壯大業界", Provenance.QUOTED, S3), text("en", "We will enhance the capacity of the library field to deliver actions tailored to regional and national characteristics and requirements by strengthening library associations, institutions and networks at all levels.", Provenance.OFFICIAL, S0)))
        .addKeyInitiatives(keyInitiative("SD3.KI4", area, "3.4", text("en", "Provide targeted learning and professional development", Provenance.OFFICIAL, S0, "zh", "提供目标学习和专业发展", Provenance.RENDERED, S4, "zh-Hant", "提供目標學習和專業發展", Provenance.QUOTED, S3), text("en", "We will provide a variety of learning opportunities that update current practices. We will build capacity to undertake community engagement and evaluation, make every librarian an advocate, and develop and connect the leaders of the future.", Provenance.OFFICIAL, S0)))
        .build();
  }

  /** STRATEGIC_DIRECTION SD4. */
  private static StrategicDirection areaSD4() {
    ElementId area = ElementId.parse("SD4");
    return StrategicDirection.builder()
        .id(area)
        .number("4")
        .title(text("en", "Optimise our Organisation", Provenance.OFFICIAL, S0, "zh", "优化我们的组织", Provenance.QUOTED, S2, "zh-Hant", "優化我們的組織", Provenance.QUOTED, S3))
        .addKeyInitiatives(keyInitiative("SD4.KI1", area, "4.1", text("en", "Foster long-term financial continuity and organisational stability", Provenance.RENDERED, S9, "zh", "培育长期财务连续性和组织稳定性", Provenance.RENDERED, S4, "zh-Hant", "培育長期財務連續性和組織穩定性", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD4.KI2", area, "4.2", text("en", "Effectively mobilise our human resources and networks", Provenance.OFFICIAL, S10, "zh", "有效动员我们的人力资源和网路", Provenance.RENDERED, S4, "zh-Hant", "有效動員我們的人力資源和網路", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD4.KI3", area, "4.3", text("en", "Increase, diversify and engage our membership", Provenance.OFFICIAL, S11, "zh", "增加、多样化并吸引成员", Provenance.RENDERED, S4, "zh-Hant", "增加、多樣化並吸引成員", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("SD4.KI4", area, "4.4", text("en", "Raise visibility through high-quality and innovative communications", Provenance.RENDERED, S9, "zh", "通过优质和创新性交流提升可见度", Provenance.RENDERED, S4, "zh-Hant", "通過優質和創新性交流提升可見度", Provenance.QUOTED, S3), null))
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
      String tag2, String text2, Provenance provenance2, String source2,
      String tag3, String text3, Provenance provenance3, String source3) {
    return LocalizedText.builder()
        .add(Label.of(LanguageTag.of(tag1), text1, provenance1, source1))
        .add(Label.of(LanguageTag.of(tag2), text2, provenance2, source2))
        .add(Label.of(LanguageTag.of(tag3), text3, provenance3, source3))
        .build();
  }

  private static final String S0 = "IFLA Strategy 2019-2024, ifla.org (cf4-www.ifla.org/strategy and the strategic direction pages)";
  private static final String S1 = "rendered for strategy-model (no Chinese title found)";
  private static final String S2 = "于平果, 图书与情报 2021(5) (m.fx361.cc/news/2021/1112/10824470.html)";
  private static final String S3 = "STPI/CONCERT Taiwan, IFLA Strategy 2019-2024 directions and key initiatives, 2020-09-01 (concert.stpi.narl.org.tw/news/505)";
  private static final String S4 = "converted to Simplified characters for strategy-model from the list of STPI/CONCERT Taiwan (2020)";
  private static final String S5 = "IFLA blog, The 10-Minute International Librarian #10";
  private static final String S6 = "IFLA blog, The 10-Minute International Librarian #14";
  private static final String S7 = "IFLA blog, The 10-Minute International Librarian #12";
  private static final String S8 = "Metropolitan Libraries Section, Action Plan 2019-2020 (seed 002)";
  private static final String S9 = "rendered for strategy-model from the Traditional Chinese list of STPI/CONCERT Taiwan (2020)";
  private static final String S10 = "IFLA blog, The 10-Minute International Librarian #100";
  private static final String S11 = "IFLA blog, The 10-Minute International Librarian #39";
}
