package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crosswalk file format: what a valid file gives, and what each mistake in one says. */
class BundledCrosswalksFileTest {
  private static StrategyEdition edition(String id, String... areas) {
    StrategyEdition.Builder e = StrategyEdition.builder().id(EditionId.parse(id)).title(en(id))
        .firstYear(2000).lastYear(2004);
    for (String area : areas) {
      e.addAreas(StrategicDirection.builder().id(ElementId.parse(area)).title(en(area)).build());
    }
    return e.build();
  }

  private static final StrategyEdition OLD = edition("test-old", "A1", "A2");

  @Test
  void aValidFileGivesItsEntriesInOrder() {
    Crosswalk c = BundledCrosswalks.load(OLD, edition("test-new", "B1", "B2"));
    assertEquals(EditionId.parse("test-old"), c.fromEdition());
    assertEquals(EditionId.parse("test-new"), c.toEdition());
    assertEquals(List.of(Mapping.of(ElementId.parse("A1"), MappingKind.EXACT, ElementId.parse("B1"), "same"),
        Mapping.retired(ElementId.parse("A2"), "gone"), Mapping.newElement(ElementId.parse("B2"), "fresh")),
        c.mappings());
  }

  @Test
  void eachMistakeNamesTheFileAndLine() {
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-other", "B1")),
        "test-old..test-other.txt line 3", "must be '-', not 'B1'");
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-third", "B1")),
        "test-old..test-third.txt line 1", "names test-new where the file name says test-old");
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-fourth", "B1")),
        "names elements the editions lack", "test-old:A9");
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-fifth", "B1")),
        "test-old..test-fifth.txt line 3", "'same-as'");
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-sixth", "B1")),
        "test-old..test-sixth.txt line 3", "SOURCE KIND TARGET : rationale");
    assertIllegalState(() -> BundledCrosswalks.load(OLD, edition("test-absent", "B1")),
        "test-old..test-absent.txt is missing");
  }
}
