package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled crosswalks: complete over the bundled editions, and saying what the reference document says. */
class BundledCrosswalksTest {
  private static final StrategyEdition E16 = IflaStrategies.strategicPlan2016to2021();
  private static final StrategyEdition E19 = IflaStrategies.strategy2019to2024();
  private static final StrategyEdition E24 = IflaStrategies.strategy2024to2029();
  private static final Crosswalk C16 = IflaStrategies.crosswalks()
      .between(IflaStrategies.STRATEGIC_PLAN_2016_2021, IflaStrategies.STRATEGY_2019_2024).orElseThrow();
  private static final Crosswalk C19 = IflaStrategies.crosswalks()
      .between(IflaStrategies.STRATEGY_2019_2024, IflaStrategies.STRATEGY_2024_2029).orElseThrow();

  private static ElementId id(String s) {
    return ElementId.parse(s);
  }

  private static String title(StrategyEdition edition, String element) {
    return edition.element(element).orElseThrow().title().text(Locale.ENGLISH);
  }

  @Test
  void thereIsOneCrosswalkPerConsecutivePairOfEditions() {
    List<StrategyEdition> editions = IflaStrategies.all();
    assertEquals(editions.size() - 1, IflaStrategies.crosswalks().crosswalks().size());
    for (int i = 0; i + 1 < editions.size(); i++) {
      Crosswalk c = IflaStrategies.crosswalks().crosswalks().get(i);
      assertEquals(editions.get(i).id(), c.fromEdition());
      assertEquals(editions.get(i + 1).id(), c.toEdition());
    }
    assertSame(IflaStrategies.crosswalks(), IflaStrategies.crosswalks());
  }

  @Test
  void everyElementOfAnOlderEditionIsMappedOrRetired() {
    List<StrategyEdition> editions = IflaStrategies.all();
    for (Crosswalk c : IflaStrategies.crosswalks().crosswalks()) {
      StrategyEdition older = IflaStrategies.edition(c.fromEdition()).orElseThrow();
      List<ElementId> missing = older.elements().stream().map(StrategyElement::id)
          .filter(e -> c.mappingsFrom(e).isEmpty()).collect(Collectors.toList());
      assertEquals(List.of(), missing, c + ": elements of " + older.id() + " with no entry");
      assertEquals(List.of(), c.unmappedIn(older));
    }
    assertTrue(editions.get(0).elements().size() > 15, "the check ran over the 2016-2021 elements");
  }

  @Test
  void everyElementOfANewerEditionIsATargetOrNew() {
    for (Crosswalk c : IflaStrategies.crosswalks().crosswalks()) {
      StrategyEdition newer = IflaStrategies.edition(c.toEdition()).orElseThrow();
      List<ElementId> missing = newer.elements().stream().map(StrategyElement::id)
          .filter(e -> c.mappingsTo(e).isEmpty()).collect(Collectors.toList());
      assertEquals(List.of(), missing, c + ": elements of " + newer.id() + " with no entry");
      assertEquals(List.of(), c.unaccountedIn(newer));
    }
  }

  @Test
  void everyIdIsAnElementOfItsEdition() {
    assertEquals(List.of(), C16.unknownElements(E16, E19));
    assertEquals(List.of(), C19.unknownElements(E19, E24));
  }

  @Test
  void introducingLibrariesOnTheAgendaBecomesAStrongPresenceInInternationalOrganizations() {
    // reference document, section 5 item 2: 2016-21 1.2 "Introducing libraries on the agenda of international
    // organizations"; 2019-24 1.2 "Build a strong presence in international organizations and meetings ..."
    assertEquals("Introducing libraries on the agenda of international organizations", title(E16, "SD1.KI2"));
    assertTrue(title(E19, "SD1.KI2").startsWith("Build a strong presence in international organizations"));
    assertEquals(List.of(Optional.of(id("SD1.KI2"))), targets(C16, "SD1.KI2"));
    assertEquals(MappingKind.CLOSE, C16.mappingsFrom(id("SD1.KI2")).get(0).kind());
  }

  @Test
  void theUnitedNations2030AgendaBecomesTheSustainableDevelopmentGoals() {
    assertEquals("Promoting libraries within the United Nations 2030 Agenda for Sustainable Development",
        title(E16, "SD4.KI1"));
    assertEquals("Show the power of libraries in achieving the Sustainable Development Goals", title(E19, "SD1.KI1"));
    assertEquals(List.of(Optional.of(id("SD1.KI1"))), targets(C16, "SD4.KI1"));
  }

  @Test
  void strengtheningRegionalAndSectoralCapacityHasTwoSuccessors() {
    // reference document, section 5 item 1: seed 002's 4.5 is 2016-21 "Strengthening IFLA by building regional
    // and sectoral capacity and participation across our activities"; 2019-24 has no 4.5
    assertTrue(title(E16, "SD4.KI5").startsWith("Strengthening IFLA by building regional and sectoral capacity"));
    assertTrue(E19.element("SD4.KI5").isEmpty());
    assertEquals(List.of(Optional.of(id("SD3.KI3")), Optional.of(id("SD4.KI3"))), targets(C16, "SD4.KI5"));
  }

  @Test
  void disasterRiskReductionIsRetired() {
    assertEquals("Safeguarding documentary cultural heritage through Disaster Risk Reduction", title(E16, "SD3.KI3"));
    assertTrue(C16.isRetired(id("SD3.KI3")));
    assertTrue(E19.keyInitiatives().stream().noneMatch(k -> k.title().text(Locale.ENGLISH).contains("Disaster")));
  }

  @Test
  void standardsWorkContinuesIntoWorldClassStandards() {
    assertTrue(title(E19, "SD2.KI3").startsWith("Develop standards, guidelines"));
    assertTrue(title(E24, "IA1.KI4").contains("world-class standards"));
    assertEquals(List.of(Optional.of(id("IA1.KI4"))), targets(C19, "SD2.KI3"));
    assertEquals(MappingKind.CLOSE, C19.mappingsFrom(id("SD2.KI3")).get(0).kind());
  }

  @Test
  void optimiseOurOrganisationBecomesTheEnablerAndTheMissionIsNewIn2019() {
    assertEquals("Optimise our Organisation", title(E19, "SD4"));
    assertEquals(List.of(Optional.of(id("EN"))), targets(C19, "SD4"));
    assertEquals(MappingKind.NEW, C16.mappingsTo(id("M")).get(0).kind());
  }

  @Test
  void composedCrosswalkTakes2016To2024ThroughThe2019Elements() {
    Crosswalk c = IflaStrategies.crosswalks()
        .between(IflaStrategies.STRATEGIC_PLAN_2016_2021, IflaStrategies.STRATEGY_2024_2029).orElseThrow();
    // 2016 1.2 close 2019 1.2, 2019 1.2 close 2024 IA2.KI1: close
    assertEquals(List.of(Mapping.of(id("SD1.KI2"), MappingKind.CLOSE, id("IA2.KI1"),
        C16.mappingsFrom(id("SD1.KI2")).get(0).rationale() + " | via SD1.KI2: "
            + C19.mappingsFrom(id("SD1.KI2")).get(0).rationale())), c.mappingsFrom(id("SD1.KI2")));
    // 2016 4.3 broader 2019 3.4 (learning), 3.4 close IA3.KI2 (training): broader
    assertEquals(MappingKind.BROADER, c.mappingsFrom(id("SD4.KI3")).get(0).kind());
    assertEquals(Optional.of(id("IA3.KI2")), c.mappingsFrom(id("SD4.KI3")).get(0).target());
    assertEquals(List.of(), c.unmappedIn(E16));
    assertEquals(List.of(), c.unaccountedIn(E24));
  }

  private static List<Optional<ElementId>> targets(Crosswalk c, String source) {
    return c.mappingsFrom(id(source)).stream().map(Mapping::target).collect(Collectors.toList());
  }
}
