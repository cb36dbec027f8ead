package org.ifla.strategy.testing;

import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * Two real action plans, built from their text as written: every field carried, the words kept exactly
 * (typos, curly quotes, dashes and odd spacing included). Only the template's bracketed instructions
 * ("[Describe your Focus Area here]"), HTML markup, and the list markers that markup stands for (the "1."
 * of a numbered task, kept as its number, and the "- " of a bullet) are dropped; surrounding spaces and tabs
 * of a table cell are trimmed.
 */
public final class SeedPlans {
  private SeedPlans() {}

  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static Task task(String number, String text) {
    return Task.builder().number(number).text(en(text)).build();
  }

  /**
   * The Metropolitan Libraries Section's action plan 2019 – 2020 (focus-area template, IFLA Strategy
   * 2019-2024), a draft with two focus areas.
   *
   * @return the plan
   */
  public static ActionPlan metropolitanLibraries2019() {
    PlanPart focusArea1 = PlanPart.builder()
        .number("1")
        .title(en("Re-defining the Metropolitan Libraries Section\u2019s value proposition to the Metropolitan "
            + "Library community"))
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.AREA)
            .element(ElementReference.parse("SD4"))
            .statedNumber("4")
            .statedTitle("Capacity Building")
            .rationale(en("Focus area is aligned with IFLA\u2019s Strategic Direction 4 \u2013 Capacity Building. "
                + "Our aim is to refine and update the value propositions of the section to be directly relevant "
                + "to the multi-faceted but unique needs of Metropolitan Library Systems and related stakeholders, "
                + "in order to create a firm foundation and basis that anchor the curation of MetLib activities "
                + "according to the needs of our target audience. We believe that meeting the needs of our target "
                + "audience will strengthen our appeal to regional and sectoral stakeholders and strengthen their "
                + "involvement in IFLA capacity building initiatives through the MetLib Section."))
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .element(ElementReference.parse("SD4.KI5"))
            .statedNumber("4.5")
            .rationale(en("MetLib Section\u2019s planned activities focus on strengthening and communicating our "
                + "relevance to public libraries, particularly libraries serving larger Metropolitan cores and "
                + "cities, and pave the way to grow MetLib\u2019s (and IFLA\u2019s) presence in different "
                + "geographical regions and Metropolitan Cities, and correspondingly grow participation of "
                + "libraries and library workers in MetLib section activities progressively."))
            .build())
        .addActivities(Activity.builder()
            .title(en("Understanding the Metropolitan Libraries landscape, stakeholders and target audience"))
            .addTasks(task("1", "Start a list of Public and Metropolitan Libraries"))
            .addTasks(task("2", "Survey of libraries on the role of libraries in Metropolitan cities and core, "
                + "and their concerns and challenges"))
            .timeframe(StatedTimeframe.parse("Nov 2019 - May 2020"))
            .fundingNeeded(FundingNeed.NO)
            .build())
        .addActivities(Activity.builder()
            .title(en("Re-defining the value propositions of Metropolitan Libraries section"))
            .addTasks(task("1", "Review survey findings at Mid-term meeting"))
            .addTasks(task("2", "Workshop to develop Sections' core offerings to members and stakeholders, and "
                + "thematic focus to anchor future MetLib-driven activities and partnerships"))
            .timeframe(StatedTimeframe.parse("May 2020 \u2013 Oct 2020"))
            .fundingNeeded(FundingNeed.NO)
            .build())
        .addActivities(Activity.builder()
            .title(en("Strategic communication and engagement of Metropolitan Libraries section stakeholders "
                + "and target audience"))
            .addTasks(task("1", "Create a MetLib section communication plan that identifies strategic comms "
                + "partners, channels and actions"))
            .addTasks(task("2", "Form a Section info-coordination support team with member representation "
                + "covering different geographical regions"))
            .addTasks(task("3", "Create a database of Metropolitan Libraries contact"))
            .addTasks(task("4", "Profile and promote member libraries on Section webpage"))
            .timeframe(StatedTimeframe.parse("Nov 2019 \u2013 Oct 2020"))
            .fundingNeeded(FundingNeed.NO)
            .build())
        .communication(en("Share info with Section members via Basecamp and mailing list\n"
            + "Workshop to co-develop section's strategies\n"
            + "Share info with non-Section audience through their preferred channels\n"
            + "Share key Section information (e.g. Committee objectives, action plans) on formal IFLA channels"))
        .impactMeasures(en("Increase Section membership\n"
            + "Grow attendance and participation at Section conferences"))
        .collaboration(en("Public Library Section; IFLA-Regional Offices"))
        .build();

    PlanPart focusArea2 = PlanPart.builder()
        .number("2")
        .title(en("Tackling the challenge that libraries face in showing that libraries are making a difference "
            + "in the lives of people in the communities they serve"))
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.AREA)
            .element(ElementReference.parse("SD1"))
            .statedNumber("1")
            .statedTitle("Strengthen the global voice of libraries")
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.AREA)
            .element(ElementReference.parse("SD2"))
            .statedNumber("2")
            .statedTitle("Inspire and enhance professional practice")
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .element(ElementReference.parse("SD1.KI1"))
            .statedNumber("1.1")
            .statedTitle("Show the power of libraries in achieving sustainable development goals")
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .element(ElementReference.parse("SD2.KI4"))
            .statedNumber("2.4")
            .statedTitle("Provide tools and infrastructure that supports the work of libraries")
            .build())
        .addActivities(Activity.builder()
            .title(en("Discover current state of impact measurement strategies by libraries, collecting examples "
                + "of how libraries are currently collecting data, and analysing and measuring impact"))
            .addTasks(task("1", "Survey libraries on current impact measurement methods used"))
            .addTasks(task("2", "Share survey findings and responses via white paper/report"))
            .addTasks(task("3", "Post survey findings and report on IFLA-MetLib webpage"))
            .addTasks(task("4", "Explore organisation of joint satellite conference in 2021 on impact assessment "
                + "with the National Library of Netherlands"))
            .timeframe(StatedTimeframe.parse("Oct 2019 \u2013 Jan 2020\nFeb 2020 \u2013 June 2020"))
            .fundingNeeded(FundingNeed.NO)
            .build())
        .communication(en("Post call on website and via social media, Post results on website and Generate a "
            + "white paper/report for a professional journal"))
        .impactMeasures(en("Number of responses received and Feedback from libraries using methods promulgated "
            + "\u2013 ie. Statistics and examples of successful outcomes/ best practices"))
        .collaboration(en("Public Libraries Section, Statistics and Evaluation Section, National Libraries "
            + "Section;"))
        .build();

    return ActionPlan.builder()
        .unit(ProfessionalUnit.builder()
            .name(en("Metropolitan Libraries"))
            .type(UnitType.SECTION)
            .abbreviation("MetLib")
            .build())
        .title(en("Action plan 2019 \u2013 2020"))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse("2019 \u2013 2020"))
        .status("DRAFT")
        .addParts(focusArea1, focusArea2)
        .build();
  }

  /**
   * The action plan 2016-17 of the NOIR special interest group (National Organisations and International
   * Relations), on the older objectives template, citing the IFLA Strategic Plan 2016-2021.
   *
   * @return the plan
   */
  public static ActionPlan noir2016() {
    return ActionPlan.builder()
        .unit(ProfessionalUnit.builder()
            .name(en("NOIR - National Organisations and International Relations"))
            .type(UnitType.SPECIAL_INTEREST_GROUP)
            .abbreviation("NOIR")
            .build())
        .template(PlanTemplate.OBJECTIVES)
        .edition(IflaStrategies.STRATEGIC_PLAN_2016_2021)
        .period(StatedTimeframe.parse("2016-17"))
        .mission(en("Our SIG's aim is to create a global best-practice community of \"pioneers and power users\" "
            + "in national library organisations and institutions engaged in IR; a community that can inspire and "
            + "support others who want to create permanent agencies for IR in their countries' library sector, "
            + "and that can act as a sounding board and incubator for related ideas and initiatives."))
        .addParts(PlanPart.of("1", en("To create greater awareness of the value that a focused and "
            + "systematic approach to international engagement can add to professional practice in the library "
            + "and information field.")))
        .addParts(PlanPart.of("2", en("To promote the exchange of knowledge and best practice in the "
            + "development and maintenance of suitable international relations structures.")))
        .addParts(PlanPart.of("3", en("To provide support and inspiration for colleagues working in "
            + "international relations for the library and information sector")))
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.AREA)
            .element(ElementReference.parse("SD4"))
            .statedNumber("4")
            .statedTitle("Capacity Building")
            .rationale(en("Through its focus on awareness-raising for and establishment of appropriate, "
                + "sustainable infrastructures for International Relations on the national level, NOIR will make "
                + "a substantial contribution to IFLA's Strategic Direction 4: Capacity Building. Within that "
                + "framework, it particularly supports the following key initiatives:"))
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .statedTitle("Advancement of **connectedness and** mutual support in an interdependent world")
            .rationale(en("through exchange of knowledge and best practice"))
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .statedTitle("International Advocacy")
            .rationale(en("through generation of greater awareness for the added value of international "
                + "relations"))
            .build())
        .addAlignments(Alignment.builder()
            .level(AlignmentLevel.KEY_INITIATIVE)
            .statedTitle("Inclusion of Public Libraries")
            .rationale(en("through the promotion of their inclusion in international relations structures at a "
                + "national level"))
            .build())
        .addActivities(Activity.builder()
            .number("1")
            .title(en("Session at WLIC 2017 \u2013 interactive discussion (2 hours) \u2013 see request submitted "
                + "to HQ on Tuesday, Oct 25"))
            .description(en("Theme: How a focus on international relations can add value to your work \u2013 new "
                + "insights (perspectives) on sustainable collaboration"))
            .timeframe(StatedTimeframe.parse("at WLIC 2017"))
            .build())
        .addActivities(Activity.builder()
            .number("2")
            .title(en("Create an up-to-date list of key contact persons for international relations by April "
                + "2017"))
            .addTasks(task("a", "Prepare a SIG-internal document / list containing names and contact details of "
                + "supporters and co-workers of the SIG in national associations and institutions."))
            .timeframe(StatedTimeframe.parse("by April 2017"))
            .build())
        .addActivities(Activity.builder()
            .number("3")
            .title(en("Conduct a survey in library networks about the meaning of international relations to the "
                + "colleagues' work in March 2017, announcement via mailing lists / survey online."))
            .timeframe(StatedTimeframe.parse("in March 2017"))
            .build())
        .build();
  }
}
