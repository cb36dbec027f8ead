package org.ifla.strategy.plan;

import org.ifla.strategy.testing.SeedPlans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Checks the seed fixtures field by field against the words of the seeds, so that a change to them is seen. */
class SeedPlansTest {
  private static final ActionPlan METLIB = SeedPlans.metropolitanLibraries2019();
  private static final ActionPlan NOIR = SeedPlans.noir2016();

  private static String text(LocalizedText t) {
    assertEquals(List.of(LanguageTag.ENGLISH), List.copyOf(t.languages()), "seed texts are English");
    return t.text(Locale.ENGLISH);
  }

  private static String text(Optional<LocalizedText> t) {
    return text(t.orElseThrow());
  }

  private static Timeframe tf(int y1, int m1, int y2, int m2) {
    return Timeframe.of(YearMonth.of(y1, m1), YearMonth.of(y2, m2));
  }

  private static List<String> taskTexts(Activity activity) {
    return activity.tasks().stream().map(t -> text(t.text())).toList();
  }

  private static List<String> taskNumbers(Activity activity) {
    return activity.tasks().stream().map(t -> t.number().orElseThrow()).toList();
  }

  // ---- seed 002: Metropolitan Libraries

  @Test
  void metLibUnitAndHeader() {
    assertEquals("Metropolitan Libraries", text(METLIB.unit().name()));
    assertEquals(UnitType.SECTION, METLIB.unit().type());
    assertEquals(Optional.of("MetLib"), METLIB.unit().abbreviation());
    assertEquals("Action plan 2019 \u2013 2020", text(METLIB.title()));
    assertEquals(PlanTemplate.FOCUS_AREAS, METLIB.template());
    assertEquals(Optional.of(EditionId.parse("ifla-strategy-2019-2024")), METLIB.edition());
    assertEquals(Optional.of("DRAFT"), METLIB.status());
    assertEquals(Optional.empty(), METLIB.mission());
    assertTrue(METLIB.parts().stream().allMatch(p -> p.kind().isEmpty()));
    assertEquals(List.of(), METLIB.alignments());
    assertEquals(List.of(), METLIB.activities());
  }

  @Test
  void metLibPeriodIsTwoYears() {
    StatedTimeframe period = METLIB.period().orElseThrow();
    assertEquals("2019 \u2013 2020", period.text());
    assertEquals(List.of(tf(2019, 1, 2020, 12)), period.intervals());
  }

  @Test
  void metLibHasTwoNumberedFocusAreas() {
    assertEquals(2, METLIB.parts().size());
    assertEquals(Optional.of("1"), METLIB.parts().get(0).number());
    assertEquals(Optional.of("2"), METLIB.parts().get(1).number());
    assertEquals("Re-defining the Metropolitan Libraries Section\u2019s value proposition to the Metropolitan "
        + "Library community", text(METLIB.parts().get(0).title()));
    assertEquals("Tackling the challenge that libraries face in showing that libraries are making a difference in "
        + "the lives of people in the communities they serve", text(METLIB.parts().get(1).title()));
    assertEquals(Optional.empty(), METLIB.parts().get(0).description());
  }

  @Test
  void metLibFocusArea1AlignsToDirection4AndKeyInitiative45() {
    List<Alignment> alignments = METLIB.parts().get(0).alignments();
    assertEquals(2, alignments.size());
    Alignment direction = alignments.get(0);
    assertEquals(Optional.of(AlignmentLevel.AREA), direction.level());
    assertEquals(Optional.of(ElementReference.parse("SD4")), direction.element());
    assertEquals(Optional.of("4"), direction.statedNumber());
    assertEquals(Optional.of("Capacity Building"), direction.statedTitle());
    String rationale = text(direction.rationale());
    assertTrue(rationale.startsWith("Focus area is aligned with IFLA\u2019s Strategic Direction 4 \u2013 Capacity "
        + "Building. Our aim is to refine"), rationale);
    assertTrue(rationale.endsWith("involvement in IFLA capacity building initiatives through the MetLib Section."),
        rationale);
    assertEquals(627, rationale.length());
    assertFalse(direction.isExternal());

    Alignment initiative = alignments.get(1);
    assertEquals(Optional.of(AlignmentLevel.KEY_INITIATIVE), initiative.level());
    assertEquals(Optional.of(ElementReference.parse("SD4.KI5")), initiative.element());
    assertEquals(Optional.of("4.5"), initiative.statedNumber());
    assertEquals(Optional.empty(), initiative.statedTitle());
    String kiRationale = text(initiative.rationale());
    assertTrue(kiRationale.startsWith("MetLib Section\u2019s planned activities focus on strengthening"), kiRationale);
    assertTrue(kiRationale.contains("grow MetLib\u2019s (and IFLA\u2019s) presence"), kiRationale);
    assertTrue(kiRationale.endsWith("in MetLib section activities progressively."), kiRationale);
  }

  @Test
  void metLibFocusArea1Activities() {
    List<Activity> activities = METLIB.parts().get(0).activities();
    assertEquals(3, activities.size());

    Activity first = activities.get(0);
    assertEquals("Understanding the Metropolitan Libraries landscape, stakeholders and target audience",
        text(first.title()));
    assertEquals(List.of("1", "2"), taskNumbers(first));
    assertEquals(List.of("Start a list of Public and Metropolitan Libraries",
        "Survey of libraries on the role of libraries in Metropolitan cities and core, and their concerns and "
            + "challenges"), taskTexts(first));
    assertEquals("Nov 2019 - May 2020", first.timeframe().orElseThrow().text());
    assertEquals(List.of(tf(2019, 11, 2020, 5)), first.timeframe().orElseThrow().intervals());

    Activity second = activities.get(1);
    assertEquals("Re-defining the value propositions of Metropolitan Libraries section", text(second.title()));
    assertEquals(List.of("1", "2"), taskNumbers(second));
    assertEquals("Review survey findings at Mid-term meeting", taskTexts(second).get(0));
    assertEquals("Workshop to develop Sections' core offerings to members and stakeholders, and thematic focus to "
        + "anchor future MetLib-driven activities and partnerships", taskTexts(second).get(1));
    assertEquals("May 2020 \u2013 Oct 2020", second.timeframe().orElseThrow().text());
    assertEquals(List.of(tf(2020, 5, 2020, 10)), second.timeframe().orElseThrow().intervals());

    Activity third = activities.get(2);
    assertEquals("Strategic communication and engagement of Metropolitan Libraries section stakeholders and target "
        + "audience", text(third.title()));
    assertEquals(List.of("1", "2", "3", "4"), taskNumbers(third));
    assertEquals(List.of(
        "Create a MetLib section communication plan that identifies strategic comms partners, channels and actions",
        "Form a Section info-coordination support team with member representation covering different geographical "
            + "regions",
        "Create a database of Metropolitan Libraries contact",
        "Profile and promote member libraries on Section webpage"), taskTexts(third));
    assertEquals("Nov 2019 \u2013 Oct 2020", third.timeframe().orElseThrow().text());
    assertEquals(List.of(tf(2019, 11, 2020, 10)), third.timeframe().orElseThrow().intervals());

    for (Activity activity : activities) {
      assertEquals(FundingNeed.NO, activity.fundingNeeded());
      assertEquals(Optional.empty(), activity.number());
      assertEquals(Optional.empty(), activity.responsibility());
      assertEquals(List.of(), activity.collaborators());
      assertEquals(List.of(), activity.alignments());
    }
  }

  @Test
  void metLibFocusArea1CommunicationImpactAndCollaboration() {
    PlanPart area = METLIB.parts().get(0);
    assertEquals("Share info with Section members via Basecamp and mailing list\n"
        + "Workshop to co-develop section's strategies\n"
        + "Share info with non-Section audience through their preferred channels\n"
        + "Share key Section information (e.g. Committee objectives, action plans) on formal IFLA channels",
        text(area.communication()));
    assertEquals("Increase Section membership\nGrow attendance and participation at Section conferences",
        text(area.impactMeasures()));
    assertEquals("Public Library Section; IFLA-Regional Offices", text(area.collaboration()));
  }

  @Test
  void metLibFocusArea2AlignsToTwoDirectionsAndTwoKeyInitiatives() {
    List<Alignment> alignments = METLIB.parts().get(1).alignments();
    assertEquals(List.of(Optional.of(AlignmentLevel.AREA), Optional.of(AlignmentLevel.AREA),
        Optional.of(AlignmentLevel.KEY_INITIATIVE), Optional.of(AlignmentLevel.KEY_INITIATIVE)),
        alignments.stream().map(Alignment::level).toList());
    assertEquals(List.of("SD1", "SD2", "SD1.KI1", "SD2.KI4"),
        alignments.stream().map(a -> a.element().orElseThrow().toString()).toList());
    assertEquals(List.of("1", "2", "1.1", "2.4"),
        alignments.stream().map(a -> a.statedNumber().orElseThrow()).toList());
    assertEquals(List.of("Strengthen the global voice of libraries", "Inspire and enhance professional practice",
        "Show the power of libraries in achieving sustainable development goals",
        "Provide tools and infrastructure that supports the work of libraries"),
        alignments.stream().map(a -> a.statedTitle().orElseThrow()).toList());
    for (Alignment alignment : alignments) {
      assertEquals(Optional.empty(), alignment.rationale());
      assertFalse(alignment.element().orElseThrow().isQualified());
    }
  }

  @Test
  void metLibFocusArea2ActivityHasTwoIntervals() {
    List<Activity> activities = METLIB.parts().get(1).activities();
    assertEquals(1, activities.size());
    Activity activity = activities.get(0);
    assertEquals("Discover current state of impact measurement strategies by libraries, collecting examples of how "
        + "libraries are currently collecting data, and analysing and measuring impact", text(activity.title()));
    assertEquals(List.of("1", "2", "3", "4"), taskNumbers(activity));
    assertEquals(List.of("Survey libraries on current impact measurement methods used",
        "Share survey findings and responses via white paper/report",
        "Post survey findings and report on IFLA-MetLib webpage",
        "Explore organisation of joint satellite conference in 2021 on impact assessment with the National Library "
            + "of Netherlands"), taskTexts(activity));
    StatedTimeframe timeframe = activity.timeframe().orElseThrow();
    assertEquals("Oct 2019 \u2013 Jan 2020\nFeb 2020 \u2013 June 2020", timeframe.text());
    assertEquals(List.of(tf(2019, 10, 2020, 1), tf(2020, 2, 2020, 6)), timeframe.intervals());
    assertEquals(FundingNeed.NO, activity.fundingNeeded());
  }

  @Test
  void metLibFocusArea2CommunicationImpactAndCollaboration() {
    PlanPart area = METLIB.parts().get(1);
    assertEquals("Post call on website and via social media, Post results on website and Generate a white "
        + "paper/report for a professional journal", text(area.communication()));
    assertEquals("Number of responses received and Feedback from libraries using methods promulgated \u2013 ie. "
        + "Statistics and examples of successful outcomes/ best practices", text(area.impactMeasures()));
    assertEquals("Public Libraries Section, Statistics and Evaluation Section, National Libraries Section;",
        text(area.collaboration()));
  }

  // ---- seed 000: NOIR

  @Test
  void noirUnitAndHeader() {
    assertEquals("NOIR - National Organisations and International Relations", text(NOIR.unit().name()));
    assertEquals(UnitType.SPECIAL_INTEREST_GROUP, NOIR.unit().type());
    assertEquals(Optional.of("NOIR"), NOIR.unit().abbreviation());
    assertEquals(Optional.empty(), NOIR.title());
    assertEquals(PlanTemplate.OBJECTIVES, NOIR.template());
    assertEquals(Optional.of(EditionId.parse("ifla-strategic-plan-2016-2021")), NOIR.edition());
    assertEquals(Optional.empty(), NOIR.status());
    assertEquals(3, NOIR.parts().size());
    assertTrue(NOIR.contextAlignments().isEmpty());
  }

  @Test
  void noirPeriodIsTheYearPair() {
    assertEquals("2016-17", NOIR.period().orElseThrow().text());
    assertEquals(List.of(tf(2016, 1, 2017, 12)), NOIR.period().orElseThrow().intervals());
  }

  @Test
  void noirMission() {
    String mission = text(NOIR.mission());
    assertTrue(mission.startsWith("Our SIG's aim is to create a global best-practice community of \"pioneers and "
        + "power users\" in national library organisations"), mission);
    assertTrue(mission.endsWith("act as a sounding board and incubator for related ideas and initiatives."), mission);
  }

  @Test
  void noirObjectives() {
    assertEquals(List.of(
        PlanPart.of("1", LocalizedText.of(LanguageTag.ENGLISH,
            "To create greater awareness of the value that a focused and "
            + "systematic approach to international engagement can add to professional practice in the library and "
            + "information field.")),
        PlanPart.of("2", LocalizedText.of(LanguageTag.ENGLISH,
            "To promote the exchange of knowledge and best practice in the "
            + "development and maintenance of suitable international relations structures.")),
        PlanPart.of("3", LocalizedText.of(LanguageTag.ENGLISH,
            "To provide support and inspiration for colleagues working in "
            + "international relations for the library and information sector"))),
        NOIR.parts());
  }

  @Test
  void noirAlignsToDirection4AndThreeKeyInitiativesByTitle() {
    List<Alignment> alignments = NOIR.alignments();
    assertEquals(4, alignments.size());
    Alignment direction = alignments.get(0);
    assertEquals(Optional.of(AlignmentLevel.AREA), direction.level());
    assertEquals(Optional.of(ElementReference.parse("SD4")), direction.element());
    assertEquals(Optional.of("4"), direction.statedNumber());
    assertEquals(Optional.of("Capacity Building"), direction.statedTitle());
    String rationale = text(direction.rationale());
    assertTrue(rationale.startsWith("Through its focus on awareness-raising"), rationale);
    assertTrue(rationale.contains("IFLA's Strategic Direction 4: Capacity Building."), rationale);
    assertTrue(rationale.endsWith("it particularly supports the following key initiatives:"), rationale);

    List<Alignment> initiatives = alignments.subList(1, 4);
    assertEquals(List.of("Advancement of **connectedness and** mutual support in an interdependent world",
        "International Advocacy", "Inclusion of Public Libraries"),
        initiatives.stream().map(a -> a.statedTitle().orElseThrow()).toList());
    assertEquals(List.of("through exchange of knowledge and best practice",
        "through generation of greater awareness for the added value of international relations",
        "through the promotion of their inclusion in international relations structures at a national level"),
        initiatives.stream().map(a -> text(a.rationale())).toList());
    for (Alignment alignment : initiatives) {
      assertEquals(Optional.of(AlignmentLevel.KEY_INITIATIVE), alignment.level());
      assertEquals(Optional.empty(), alignment.element());
      assertEquals(Optional.empty(), alignment.statedNumber());
      assertFalse(alignment.isExternal());
    }
  }

  @Test
  void noirActivities() {
    List<Activity> activities = NOIR.activities();
    assertEquals(List.of("1", "2", "3"), activities.stream().map(a -> a.number().orElseThrow()).toList());

    Activity session = activities.get(0);
    assertEquals("Session at WLIC 2017 \u2013 interactive discussion (2 hours) \u2013 see request submitted to HQ on "
        + "Tuesday, Oct 25", text(session.title()));
    assertEquals("Theme: How a focus on international relations can add value to your work \u2013 new insights "
        + "(perspectives) on sustainable collaboration", text(session.description()));
    assertEquals("at WLIC 2017", session.timeframe().orElseThrow().text());
    assertEquals(List.of(Timeframe.parse("2017-08")), session.timeframe().orElseThrow().intervals());
    assertEquals(List.of("WLIC 2017"), session.timeframe().orElseThrow().events());
    assertEquals(List.of(), session.tasks());

    Activity contacts = activities.get(1);
    assertEquals("Create an up-to-date list of key contact persons for international relations by April 2017",
        text(contacts.title()));
    assertEquals(List.of("a"), taskNumbers(contacts));
    assertEquals(List.of("Prepare a SIG-internal document / list containing names and contact details of supporters "
        + "and co-workers of the SIG in national associations and institutions."), taskTexts(contacts));
    assertEquals("by April 2017", contacts.timeframe().orElseThrow().text());
    assertEquals(List.of(YearMonth.of(2017, 4)), contacts.timeframe().orElseThrow().endsWithoutStart());
    assertEquals(List.of(), contacts.timeframe().orElseThrow().intervals());

    Activity survey = activities.get(2);
    assertEquals("Conduct a survey in library networks about the meaning of international relations to the "
        + "colleagues' work in March 2017, announcement via mailing lists / survey online.", text(survey.title()));
    assertEquals("in March 2017", survey.timeframe().orElseThrow().text());
    assertEquals(List.of(tf(2017, 3, 2017, 3)), survey.timeframe().orElseThrow().intervals());
    assertEquals(List.of(), survey.tasks());

    for (Activity activity : activities) {
      assertEquals(FundingNeed.NOT_STATED, activity.fundingNeeded());
    }
  }

  // ---- the fixtures themselves

  @Test
  void fixturesAreFreshEqualValues() {
    assertEquals(METLIB, SeedPlans.metropolitanLibraries2019());
    assertNotSame(METLIB, SeedPlans.metropolitanLibraries2019());
    assertEquals(NOIR, SeedPlans.noir2016());
    assertFalse(METLIB.equals(NOIR));
  }

  @Test
  void everyTextIsTheUnitsOwnOfficialEnglish() {
    for (LocalizedText t : List.of(METLIB.unit().name(), METLIB.title().orElseThrow(), NOIR.mission().orElseThrow(),
        NOIR.parts().get(0).title().orElseThrow(), METLIB.parts().get(0).activities().get(0).tasks().get(0).text())) {
      Label label = t.labels().get(0);
      assertEquals(LanguageTag.ENGLISH, label.languageTag());
      assertTrue(label.isOfficial());
    }
  }
}
