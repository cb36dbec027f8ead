package org.ifla.strategy.framework;

import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

// GENERATED from editions/ifla-strategy-2024-2029/*.properties (the source of truth) by PrebuiltEditionSource.
// Do not edit: change the label files, then run PrebuiltEditionsTest with -Dprebuilt.regenerate=true.
/** The bundled edition {@code ifla-strategy-2024-2029}, pre-built from its label files; internal. */
final class BundledEdition2024to2029 {
  /** The shared edition, built on first use of this class (IflaStrategies' holder of this edition). */
  static final StrategyEdition EDITION = edition();

  private BundledEdition2024to2029() {}

  /** Builds the edition. */
  static StrategyEdition edition() {
    return StrategyEdition.builder()
        .id(EditionId.parse("ifla-strategy-2024-2029"))
        .title(text("en", "IFLA Strategy 2024-2029", Provenance.OFFICIAL, S0, "zh", "国际图联战略 2024-2029", Provenance.RENDERED, S1))
        .firstYear(2024)
        .lastYear(2029)
        .vision(statement("V", ElementKind.VISION, null, text("en", "Sustainable futures for all through knowledge and information", Provenance.OFFICIAL, S2, "zh", "通过知识和信息实现人人共享的可持续未来", Provenance.QUOTED, S3), null))
        .theoryOfChange(statement("HOW", ElementKind.THEORY_OF_CHANGE, null, text("en", "Libraries, library workers and library associations around the world are capable, connected, confident and resilient in realising their potential to drive sustainable development in a rapidly changing world", Provenance.RENDERED, S4, "zh", "全球图书馆、图书馆工作人员和图书馆协会有能力、有联系、有信心、有韧性地发挥潜力，在快速发展的世界中推动可持续发展", Provenance.QUOTED, S3), null))
        .addPreamble(statement("INTRO.1", ElementKind.PREAMBLE, null, text("en", "IFLA’s 2024-2029 Strategy will take the Federation beyond its centenary, and almost to the end of the United Nations’ 2030 Agenda. Both milestones encourage a focus on the long term, clarity about the world we want to see, and the role that libraries and IFLA can play.", Provenance.OFFICIAL, S0), null))
        .addPreamble(statement("INTRO.2", ElementKind.PREAMBLE, null, text("en", "IFLA’s 2024-2029 Strategy has been shaped by members and volunteers through surveys and consultations that sought to understand their perceptions of IFLA today, and their aspirations for the future. The 2024-2029 Strategy is not prescriptive, but rather sets out a broader framework that anyone in our field can use to develop their own plans. It offers a clear vision of the world we want, as well as a theory of change setting out how IFLA can support libraries to get there. It will act as a constant reference for IFLA’s plans, a framework for measuring progress, and a potential model to help inform strategy development elsewhere. It is also designed to reflect IFLA’s nature as an international federation, bringing together, providing a platform for, and delivering results for people from diverse cultures, language communities, geographies and experiences.", Provenance.OFFICIAL, S0), null))
        .addPreamble(statement("WHY.0", ElementKind.PREAMBLE, null, text("en", "IFLA is founded on the belief that we – library associations, libraries, library and information professionals and others – can do more by working together internationally than by working alone. In particular:", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会（IFLA）成立的信念是，我们--图书馆协会、图书馆、图书馆和信息专业人员以及其他人员--**在国际范围内携手合作，比各自为政能做得更多。特别是**", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.1", ElementKind.PREAMBLE, null, text("en", "We have enough in common in the missions we seek to fulfil, the values we uphold and the challenges we face that it is both possible and valuable to exchange experience and to develop standards, guidelines and other shared reference points at the international level.", Provenance.RENDERED, S4, "zh", "我们在寻求实现的使命、坚持的价值观和面临的挑战方面有足够的共同点，这意味着在国际层面交流经验、制定标准、指导方针和其他共同参考点是可能的，也是有价值的。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.2", ElementKind.PREAMBLE, null, text("en", "In a global information environment, libraries can best support their users and wider communities by cooperating in practice. Structures and tools that make cooperation easier can facilitate it.", Provenance.RENDERED, S4, "zh", "在全球信息环境中，图书馆可以通过实际合作为用户和更广泛的社区提供最佳支持。使合作更简便的结构和工具可为合作提供便利", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.3", ElementKind.PREAMBLE, null, text("en", "Discussions held and decisions taken at the global level not only affect libraries but also benefit from libraries’ input. It is important that libraries have a voice at the table.", Provenance.RENDERED, S4, "zh", "在全球层面进行的讨论和做出的决定不仅影响图书馆，而且也受益于图书馆的投入。重要的是，在会议桌上要有图书馆的声音。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.4", ElementKind.PREAMBLE, null, text("en", "We can build partnerships at the global level that bring benefits to library associations, institutions and their staff around the world.", Provenance.RENDERED, S4, "zh", "我们可以在全球范围内建立伙伴关系，为世界各地的图书馆协会、机构及其工作人员带来益处。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.5", ElementKind.PREAMBLE, null, text("en", "Our commitment to one another and our solidarity can be turned into results through international action.", Provenance.RENDERED, S4, "zh", "我们彼此承诺，团结一致，可以通过国际行动将其转化为成果", Provenance.QUOTED, S3), null))
        .addPreamble(statement("WHY.CLOSE", ElementKind.PREAMBLE, null, text("en", "This Strategy is dedicated to fulfilling our mission and realising our potential to contribute to the global library field and the communities it serves.", Provenance.RENDERED, S4, "zh", "本战略致力于实现我们的使命，发挥我们的潜力，为全球图书馆领域及其所服务的社区做出贡献。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("READ.1", ElementKind.PREAMBLE, null, text("en", "The Strategy sets out our theory of change: how the types of action IFLA takes, through its volunteer bodies, member engagement, headquarters and otherwise, should lead to real-world outcomes, and in particular which outcomes our work should bring about for the global library field.", Provenance.RENDERED, S4, "zh", "该战略阐述了我们的变革理论，即国际图书馆员协会和图书馆联合会通过其志愿者团体、会员参与、总部和其他方面采取的行动类型应导致现实世界的成果，特别是我们的工作应为全球图书馆领域带来哪些成果。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("READ.2", ElementKind.PREAMBLE, null, text("en", "Every part of IFLA can potentially contribute to every impact area, and this should be kept in mind when developing action plans. Moreover, the different impact areas reinforce each other – they should not be seen as working independently or in isolation. Likewise, the Strategy can be used in many ways – from learning about IFLA to identifying opportunities to get involved, or even as a structure for other strategies.", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会的所有部门都有可能为所有影响领域做出贡献，在制定行动计划时应牢记这一点。此外，不同的影响领域是相辅相成的--它们不应被视为独立工作或各自为政。同样，使用本战略的方式也多种多样--从了解国际图书馆员协会和图书馆联合会到确定参与机会，甚至作为其他战略的结构。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("READ.3", ElementKind.PREAMBLE, null, text("en", "IFLA will also develop a dashboard, including outcome measures and key performance indicators, so that progress can be tracked.", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会还将开发一个仪表盘，包括成果衡量标准和关键绩效指标，以便跟踪进展情况。", Provenance.QUOTED, S3), null))
        .addPreamble(statement("READ.4", ElementKind.PREAMBLE, null, text("en", "Finally, alongside the Strategy, we will also produce one-year plans, with indicative two-year planning, to make our actions more concrete.", Provenance.RENDERED, S4, "zh", "最后，除该战略外，我们还将制定1年计划，包括2年的指示性规划，以使我们的行动更加具体。", Provenance.QUOTED, S3), null))
        .addFieldOutcomes(statement("FIELD.1", ElementKind.FIELD_OUTCOME, null, text("en", "Innovative, effective and ethical professional practice", Provenance.RENDERED, S4, "zh", "创新、有效、合乎道德的专业实践", Provenance.QUOTED, S3), text("en", "Library and information workers develop the knowledge and obtain the tools that maximise their ability to fulfil their mission in the public interest", Provenance.RENDERED, S4, "zh", "图书馆和信息工作人员开发知识和获取工具，最大限度地提高其为公共利益履行使命的能力", Provenance.QUOTED, S3)))
        .addFieldOutcomes(statement("FIELD.2", ElementKind.FIELD_OUTCOME, null, text("en", "Impactful engagement with stakeholders and communities", Provenance.RENDERED, S4, "zh", "与利益攸关方和社区进行有影响力的接触", Provenance.QUOTED, S3), text("en", "Library and information workers everywhere have the confidence, skills and resources to advocate for properly supported libraries", Provenance.RENDERED, S4, "zh", "各地的图书馆和信息工作者有信心、有技能、有资源为得到适当支持的图书馆辩护", Provenance.QUOTED, S3)))
        .addFieldOutcomes(statement("FIELD.3", ElementKind.FIELD_OUTCOME, null, text("en", "Structures and capacity to deliver on development goals", Provenance.RENDERED, S4, "zh", "实现发展目标的结构和能力", Provenance.QUOTED, S3), text("en", "The library and information workforce at all levels has the structures and networks it needs to deliver together and to evaluate success", Provenance.RENDERED, S4, "zh", "各级图书馆和信息工作人员队伍拥有必要的结构和网络，以合作交付和评估成功与否", Provenance.QUOTED, S3)))
        .addFieldOutcomes(statement("FIELD.4", ElementKind.FIELD_OUTCOME, null, text("en", "Engagement in international librarianship is a core pillar of the work of library associations, libraries, and library and information workers", Provenance.RENDERED, S4, "zh", "参与国际图书馆员工作是图书馆协会、图书馆以及图书馆和信息工作人员工作的核心支柱", Provenance.QUOTED, S3), null))
        .addAreas(areaIA1())
        .addAreas(areaIA2())
        .addAreas(areaIA3())
        .addAreas(areaEN())
        .build();
  }

  /** IMPACT_AREA IA1. */
  private static ImpactArea areaIA1() {
    ElementId area = ElementId.parse("IA1");
    return ImpactArea.builder()
        .id(area)
        .number("1")
        .title(text("en", "Libraries are connected and energised through vibrant, global professional communities", Provenance.OFFICIAL, S0, "zh", "充满活力的全球专业社区", Provenance.QUOTED, S3))
        .description(text("en", "Our community of members and volunteers is central to our ability to bring about change. As the global library organisation, we are uniquely placed to provide space and support for exchange, learning and inspiration, and for the development of relevant standards and guidelines. Through these, we help libraries around the world to serve their communities as well as possible, and to realise the possibilities that come with being part of a global organisation.", Provenance.RENDERED, S4, "zh", "我们的成员和志愿者社区对我们实现变革的能力至关重要。作为全球图书馆组织，我们拥有得天独厚的优势，可以为交流、学习和启发以及相关标准和准则的制定提供空间和支持。通过这些，我们帮助世界各地的图书馆为其社区提供最佳服务，并实现作为全球组织的一部分所创造的各种可能性。", Provenance.QUOTED, S3))
        .fieldOutcome(text("en", "Libraries and library and information workers around the world benefit from a wide range of opportunities to learn, develop and advance, and from relevant, accessible tools. Together we can connect institutions, collections and services to further the goal of international access to information.", Provenance.RENDERED, S4, "zh", "世界各地的图书馆以及图书馆和信息工作者都受益于各种学习、发展和促进发展的机会，以及相关的、可获取的工具。我们可以共同努力，将机构、藏书和服务联系起来，进一步实现国际信息获取的目标。", Provenance.QUOTED, S3))
        .successCriteria(text("en", "Our volunteer bodies have developed and carried out actions that have increased the field’s capacity to bring about change. Our membership keeps growing, especially where we are currently under-represented, and members not only engage actively but also apply and share the results of their engagement in IFLA. Libraries worldwide actively use high-quality, up-to-date standards.", Provenance.RENDERED, S4, "zh", "我们的志愿者团体制定并实施了行动，提高了该领域实现变革的能力。我们的会员人数不断增加，尤其是在我们目前代表人数不足的领域，会员不仅积极参与，还在国际图联中应用和分享他们的参与成果。全世界的图书馆都在积极使用高质量的最新标准。", Provenance.QUOTED, S3))
        .addOverviewItems(statement("IA1.D1", ElementKind.OVERVIEW_ITEM, null, text("en", "Diverse, high-performing volunteer bodies", Provenance.RENDERED, S4, "zh", "多样化、高绩效的志愿者团体", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA1.D2", ElementKind.OVERVIEW_ITEM, null, text("en", "Vibrant communities of practice offering rich opportunities for engagement", Provenance.RENDERED, S4, "zh", "充满活力的实践社区提供丰富的参与机会", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA1.D3", ElementKind.OVERVIEW_ITEM, null, text("en", "A broadly engaged membership", Provenance.RENDERED, S4, "zh", "广泛参与的成员", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA1.D4", ElementKind.OVERVIEW_ITEM, null, text("en", "World-class standards", Provenance.RENDERED, S4, "zh", "世界级标准", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA1.D5", ElementKind.OVERVIEW_ITEM, null, text("en", "Spaces and places for connection", Provenance.RENDERED, S4, "zh", "联系的空间和场所", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA1.KI1", area, null, text("en", "Making volunteer bodies vibrant and high-performing, as spaces for learning and incubators of new ideas", Provenance.RENDERED, S4, "zh", "使志愿者团体充满活力、表现出色，成为学习的空间和新思想的孵化器", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA1.KI2", area, null, text("en", "Retaining and growing an engaged membership that contributes experience and strength to the field", Provenance.RENDERED, S4, "zh", "保持并扩大参与性会员队伍，为该领域贡献经验和力量", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA1.KI3", area, null, text("en", "Developing more active and engaged communities, so that everyone in our field can find their place in our work", Provenance.RENDERED, S4, "zh", "发展积极和参与性更强的社区，让我们领域的所有成员都能在我们的工作中找到自己的位置", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA1.KI4", area, null, text("en", "Maintaining and developing world-class standards and guidelines that support continuous development and international work", Provenance.RENDERED, S4, "zh", "坚持并制定世界级标准和指导方针，促进不断发展和国际化工作", Provenance.QUOTED, S3), null))
        .addMeasuresOfSuccess(measure("IA1.M1", area, null, text("en", "Net promoter score among members", Provenance.RENDERED, S4, "zh", "成员中的净促进者得分", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA1.M2", area, null, text("en", "Downloads of IFLA standards and materials, and user survey results", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会标准和材料的下载情况以及用户调查结果", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA1.M3", area, null, text("en", "Volunteer experience survey", Provenance.RENDERED, S4, "zh", "志愿者经验调查", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA1.M4", area, null, text("en", "Volunteer diversity measures", Provenance.RENDERED, S4, "zh", "志愿者多样性衡量标准", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA1.M5", area, null, text("en", "Volunteer capacity and confidence measures", Provenance.RENDERED, S4, "zh", "志愿者能力和信心衡量标准", Provenance.QUOTED, S3)))
        .build();
  }

  /** IMPACT_AREA IA2. */
  private static ImpactArea areaIA2() {
    ElementId area = ElementId.parse("IA2");
    return ImpactArea.builder()
        .id(area)
        .number("2")
        .title(text("en", "Libraries are recognised, represented and valued as partners", Provenance.OFFICIAL, S0, "zh", "图书馆作为各地的合作伙伴得到认可、尊重和重视", Provenance.QUOTED, S3))
        .description(text("en", "We can only realise libraries’ potential to transform society if effective advocacy and partnership building secure the laws and resources they need. This requires coordinated work at every level, from strong and broad recognition of the role of libraries in global policy spaces to support for and empowerment of libraries locally. We also need to be a strong partner, able to communicate with other stakeholders.", Provenance.RENDERED, S4, "zh", "我们只有通过有效的宣传和建立伙伴关系，确保获得所需的法律和资源，才能发挥图书馆改变社会的潜力。这需要在各个层面开展协调工作，从全球政策空间对图书馆作用的有力和广泛认可，到地方层面对图书馆的扶持和赋权。我们还需要成为一个强有力的合作伙伴，能够与其他利益攸关方沟通。", Provenance.QUOTED, S3))
        .fieldOutcome(text("en", "The global voice of libraries is strong, and libraries and library and information workers everywhere can build on our successes at the global level to carry out their own advocacy and partnership building and to engage effectively in international activities. They can draw on IFLA’s work to define and defend library values, and on resources that help them become confident library advocates.", Provenance.RENDERED, S4, "zh", "全球图书馆的声音是强大的，各地图书馆和图书馆与信息工作者可以借鉴我们在全球层面的成功经验，开展自己的宣传和建立伙伴关系，并有效地参与国际活动。他们可以借鉴国际图联在确定和维护图书馆价值观方面所做的工作，以及帮助他们成为自信的图书馆倡导者的资源。", Provenance.QUOTED, S3))
        .successCriteria(text("en", "We see library priorities recognised in key global documents such as the United Nations’ post-2030 agenda. Our community regularly uses the materials and opportunities IFLA provides to strengthen its advocacy and partnership work (and can speak the language of its partners), with a stronger sense of ownership. Library values, including intellectual freedom and open science, are reflected in law and policy.", Provenance.RENDERED, S4, "zh", "我们看到图书馆的优先事项在联合国 2030 年后议程等重要全球文件中得到认可。我们的社区经常使用国际图书馆员协会和图书馆联合会提供的材料和机会，以加强宣传和合作工作（并能用合作伙伴的语言交流），并具有更强的代入感。图书馆的价值观，包括知识自由和开放科学，在法律和政策中得到体现。", Provenance.QUOTED, S3))
        .addAlternativeTitles(text("en", "Libraries are recognised, represented and valued as partners", Provenance.RENDERED, S4, "zh", "图书馆作为合作伙伴得到认可、代表和重视", Provenance.QUOTED, S3))
        .addOverviewItems(statement("IA2.D1", ElementKind.OVERVIEW_ITEM, null, text("en", "Effective advocacy for the recognition and support of libraries in international spaces", Provenance.RENDERED, S4, "zh", "有效推动国际空间对图书馆的认可和支", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA2.D2", ElementKind.OVERVIEW_ITEM, null, text("en", "Broad, constructive networks among partners and stakeholders", Provenance.RENDERED, S4, "zh", "在合作伙伴和利益攸关方之间建立广泛的建设性网络", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA2.D3", ElementKind.OVERVIEW_ITEM, null, text("en", "Strong values and thought leadership", Provenance.RENDERED, S4, "zh", "强烈的价值观、思想领导力", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA2.KI1", area, null, text("en", "Building IFLA’s own voice, visibility and influence in the relevant international policy areas where it can make a unique contribution", Provenance.RENDERED, S4, "zh", "在国际图书馆员协会和图书馆联合会能够做出独特贡献的相关国际政策领域，建立自己的声音、形象和影响力", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA2.KI2", area, null, text("en", "Identifying and developing strategies for cooperation with others, in line with our Strategy and as a means of achieving shared goals", Provenance.RENDERED, S4, "zh", "根据我们的战略并作为实现共同目标的一种手段，确定并制定与其他方面的合作战略", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA2.KI3", area, null, text("en", "Providing thought leadership on policy issues and in promoting library values", Provenance.RENDERED, S4, "zh", "在政策问题和宣传图书馆价值观方面发挥思想领导作用", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA2.KI4", area, null, text("en", "Ensuring that advisory resources and skills are spread throughout the field, so that our global work has impact", Provenance.RENDERED, S4, "zh", "确保咨询资源和技能遍布整个领域，以实现我们全球工作的影响", Provenance.QUOTED, S3), null))
        .addMeasuresOfSuccess(measure("IA2.M1", area, null, text("en", "Mentions of libraries in key texts", Provenance.RENDERED, S4, "zh", "主要文本中提及图书馆的措施", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA2.M2", area, null, text("en", "Proactive approaches to libraries by intergovernmental organisations", Provenance.RENDERED, S4, "zh", "政府间组织对图书馆采取的积极主动的做法", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA2.M3", area, null, text("en", "Number of actions carried out in cooperation with other organisations", Provenance.RENDERED, S4, "zh", "与其他组织合作开展的行动的数量", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA2.M4", area, null, text("en", "Use of IFLA’s policy work", Provenance.RENDERED, S4, "zh", "利用国际图书馆员协会和图书馆联合会的政策工作", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA2.M5", area, null, text("en", "Take-up of advocacy materials (measured by survey)", Provenance.RENDERED, S4, "zh", "宣传材料的采用情况（通过调查衡量）", Provenance.QUOTED, S3)))
        .build();
  }

  /** IMPACT_AREA IA3. */
  private static ImpactArea areaIA3() {
    ElementId area = ElementId.parse("IA3");
    return ImpactArea.builder()
        .id(area)
        .number("3")
        .title(text("en", "Libraries are enabled to deliver meaningful change at all levels", Provenance.OFFICIAL, S0, "zh", "图书馆能够在各个层面实现有意义的变革", Provenance.QUOTED, S3))
        .description(text("en", "While each library focuses on the needs of the individuals and communities it serves, libraries as a whole have a unique potential to drive systemic change in the areas where we work. To do so, we need the structures and skills to design, implement and evaluate projects, programmes and initiatives that bring about positive change. Through its global reach, and the expertise and networks we can mobilise, IFLA is uniquely placed to support this work.", Provenance.RENDERED, S4, "zh", "尽管每个图书馆都关注其所服务的个人和社区的需求，但作为一个整体，图书馆在推动我们工作领域的系统性变革方面具有独特的潜力。为此，我们需要必要的结构和技能来设计、实施和评估能够带来积极变化的项目、计划和倡议。国际图书馆员协会和图书馆联合会通过其全球影响力以及我们可以调动的专业知识和网络，在支持这项工作方面具有独特的优势。", Provenance.QUOTED, S3))
        .fieldOutcome(text("en", "Libraries and the library and information workforce everywhere have stronger structures at every level, which make them resilient in the face of change, create opportunities for engagement and exchange, and let them take part in projects that bring systemic change to society. They also benefit from broader support for their work.", Provenance.RENDERED, S4, "zh", "各地的图书馆以及图书馆和信息工作者队伍在各个层面上都拥有更强大的结构，使他们在面对变革时能够保持韧性，创造参与和交流的可能性，并参与到能为社会带来系统性变革的项目中去。他们还受益于对其工作更广泛的支持。", Provenance.QUOTED, S3))
        .successCriteria(text("en", "We have built a stronger regional presence, and the relevant committees and offices have a record of far-reaching projects. We have also delivered a range of training activities, especially around increasing impact, that inform participants’ practical work. We can show that the capacity of library associations and of the library field to deliver has been strengthened.", Provenance.RENDERED, S4, "zh", "我们已经建立了更强的地区形象，相关的委员会和办事处都有影响深远的项目记录。我们还开展了一系列培训活动，特别是围绕扩大影响开展的活动，这些活动为参与者的实际工作提供了借鉴。我们可以证明，图书馆协会以及图书馆领域的实施能力得到了加强。", Provenance.QUOTED, S3))
        .addAlternativeTitles(text("en", "Enabling libraries to make meaningful change at all levels", Provenance.RENDERED, S4, "zh", "使图书馆能够在各个层面进行有意义的变革", Provenance.QUOTED, S3))
        .addOverviewItems(statement("IA3.D1", ElementKind.OVERVIEW_ITEM, null, text("en", "Regional structures able to give a strong regional voice, set clear work plans and coordinate action", Provenance.RENDERED, S4, "zh", "区域性结构能够发出强有力的区域声音、制定明确的工作计划和协调行动", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA3.D2", ElementKind.OVERVIEW_ITEM, null, text("en", "Targeted and impactful training", Provenance.RENDERED, S4, "zh", "有针对性和影响力的培训", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("IA3.D3", ElementKind.OVERVIEW_ITEM, null, text("en", "Support for associations and the wider field as infrastructure for change", Provenance.RENDERED, S4, "zh", "支持协会和更广泛的领域作为变革的基础设施", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA3.KI1", area, null, text("en", "Developing regional structures that can both articulate global priorities at their own level and develop impactful work plans around specific needs in the context of IFLA’s wider Strategy", Provenance.RENDERED, S4, "zh", "发展地区结构，使其既能在各自层面阐明全球优先事项，又能在国际图书馆员协会和图书馆联合会更广泛战略的背景下，围绕具体需求制定具有影响力的工作计划。", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA3.KI2", area, null, text("en", "Providing relevant training, and adding value to existing training, to meet identified areas of need", Provenance.RENDERED, S4, "zh", "提供相关培训，增加现有培训的价值，满足已确定的需求领域", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("IA3.KI3", area, null, text("en", "Supporting the development of library associations as part of wider efforts to build an impactful library field", Provenance.RENDERED, S4, "zh", "在建设有影响力的图书馆领域的更广泛努力中，支持图书馆协会的发展", Provenance.QUOTED, S3), null))
        .addMeasuresOfSuccess(measure("IA3.M1", area, null, text("en", "Members’ survey views on the work of regional bodies", Provenance.RENDERED, S4, "zh", "成员对地区机构工作的调查意见", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA3.M2", area, null, text("en", "Projects launched with external partners at the regional level", Provenance.RENDERED, S4, "zh", "在地区一级与外部合作伙伴发起的项目", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA3.M3", area, null, text("en", "Reach, take-up, completion and follow-up of training courses", Provenance.RENDERED, S4, "zh", "培训课程的范围、接受情况、完成情况和后续行动", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("IA3.M4", area, null, text("en", "Relevant actions taken by library associations for impact and sustainability", Provenance.RENDERED, S4, "zh", "图书馆协会为产生影响和可持续性而采取的相关行动", Provenance.QUOTED, S3)))
        .build();
  }

  /** ENABLER EN. */
  private static Enabler areaEN() {
    ElementId area = ElementId.parse("EN");
    return Enabler.builder()
        .id(area)
        .title(text("en", "Enabler: a future-ready IFLA", Provenance.RENDERED, S4, "zh", "推动者：面向未来的国际图书馆员协会和图书馆联合会", Provenance.QUOTED, S3))
        .description(text("en", "Through our global reach, our community of members and volunteers, and our relationships with global actors, IFLA is uniquely placed to play the role this Strategy sets out. To do so in our second century, we need to keep a constant focus on how we can serve our members and partners most effectively. In this way we can ensure a virtuous circle that makes us better able to achieve our goal of sustainable progress through libraries.", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会通过我们的全球影响力、会员和志愿者群体以及与全球参与者的关系，在发挥本战略所规定的作用方面具有得天独厚的优势。为了在第二个世纪实现这一目标，我们需要持续关注如何才能最有效地为会员和合作伙伴服务。这样，我们才能确保良性循环，使我们能够更好地实现我们的目标，即通过图书馆可持续地取得进步。", Provenance.QUOTED, S3))
        .fieldOutcome(text("en", "Libraries and library and information workers around the world can continue to rely on IFLA for spaces for professional exchange, a global voice for libraries, sources of training and opportunities to enhance their own work. Engaging in IFLA’s activities becomes a route to taking part in exciting, innovative projects, bringing further benefits.", Provenance.RENDERED, S4, "zh", "世界各地的图书馆和图书馆与信息工作者可以继续依靠国际图联提供的专业交流空间、全球图书馆的声音、培训来源和提升自身工作的机会。参与国际图书馆员协会和图书馆联合会的活动将成为参与激动人心的创新项目的途径，从而带来更多的益处。", Provenance.QUOTED, S3))
        .successCriteria(text("en", "IFLA’s members and volunteers have a deep understanding of what IFLA is and what it can offer, and value it highly. We have successfully delivered a range of projects and built long-term relationships with funders and other sponsors. We have a dynamic, motivated headquarters team that meets the community’s needs effectively and innovatively.", Provenance.RENDERED, S4, "zh", "国际图书馆员协会和图书馆联合会的会员和志愿者团体对国际图书馆员协会和图书馆联合会的性质和能够提供的服务有着深刻的了解，并对此十分重视。我们成功实施了一系列项目，与资助者和其他赞助者建立了长期关系。我们拥有一支充满活力、积极进取的总部团队，能够有效、创新地满足社区的需求。", Provenance.QUOTED, S3))
        .addOverviewItems(statement("EN.D1", ElementKind.OVERVIEW_ITEM, null, text("en", "Partnership building and management", Provenance.RENDERED, S4, "zh", "伙伴关系的建立和管理", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("EN.D2", ElementKind.OVERVIEW_ITEM, null, text("en", "Transparency and good governance", Provenance.RENDERED, S4, "zh", "透明度和善治", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("EN.D3", ElementKind.OVERVIEW_ITEM, null, text("en", "Efficient delivery", Provenance.RENDERED, S4, "zh", "高效率的交付", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("EN.D4", ElementKind.OVERVIEW_ITEM, null, text("en", "A well-managed headquarters", Provenance.RENDERED, S4, "zh", "管理良好的总部", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("EN.D5", ElementKind.OVERVIEW_ITEM, null, text("en", "Focus on impact", Provenance.RENDERED, S4, "zh", "影响重点", Provenance.QUOTED, S3), null))
        .addOverviewItems(statement("EN.D6", ElementKind.OVERVIEW_ITEM, null, text("en", "Sustainability", Provenance.RENDERED, S4, "zh", "可持续性", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("EN.KI1", area, null, text("en", "Ensuring our governance is effective, transparent and fit for purpose, giving every part of our community a voice", Provenance.RENDERED, S4, "zh", "确保我们的管理有效、透明、符合目的，让我们社区的所有部分都有发言权", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("EN.KI2", area, null, text("en", "Ensuring that we deliver projects and initiatives effectively, reliably and sustainably, especially in partnerships", Provenance.RENDERED, S4, "zh", "确保我们有效、可靠和可持续地实施项目和倡议，特别是在合作伙伴关系中", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("EN.KI3", area, null, text("en", "Continuing to invest in our headquarters team, enabling it to meet community needs and to build for the future", Provenance.RENDERED, S4, "zh", "继续投资于我们的总部团队，使他们能够满足社区需求并为未来而建设", Provenance.QUOTED, S3), null))
        .addKeyInitiatives(keyInitiative("EN.KI4", area, null, text("en", "Developing and implementing a successful sustainability strategy that lets us diversify our sources of funding and achieve our goals", Provenance.RENDERED, S4, "zh", "制定并实施成功的可持续发展战略，使我们能够实现资金来源的多样化，并实现我们的目标", Provenance.QUOTED, S3), null))
        .addMeasuresOfSuccess(measure("EN.M1", area, null, text("en", "Member survey feedback and net promoter score", Provenance.RENDERED, S4, "zh", "成员调查反馈和净促进者得分", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("EN.M2", area, null, text("en", "Projects successfully delivered", Provenance.RENDERED, S4, "zh", "成功交付的项目", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("EN.M3", area, null, text("en", "Evolution of staff survey feedback over time", Provenance.RENDERED, S4, "zh", "员工调查反馈随时间的演变", Provenance.QUOTED, S3)))
        .addMeasuresOfSuccess(measure("EN.M4", area, null, text("en", "Number (and growth) of strategic partnerships", Provenance.RENDERED, S4, "zh", "战略伙伴关系的数量（和增长情况）", Provenance.QUOTED, S3)))
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

  private static final String S0 = "IFLA Strategy 2024-2029, English edition (cover page, as read in a mirror of ifla-strategy-2024-2029-en.pdf)";
  private static final String S1 = "rendered for strategy-model in the words of the Chinese text (seed 004 has no title)";
  private static final String S2 = "IFLA Strategy 2024-2029, English edition (cover page); iflamirror.com/strategy-background";
  private static final String S3 = "Chinese text of the IFLA Strategy 2024-2029, an unofficial translation (seed 004)";
  private static final String S4 = "rendered for strategy-model from the Chinese text of the Strategy (seed 004)";
}
