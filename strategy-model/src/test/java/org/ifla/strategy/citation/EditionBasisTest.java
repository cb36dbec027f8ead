package org.ifla.strategy.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.junit.jupiter.api.Test;

/** Each basis, and a resolution that has it. */
class EditionBasisTest {
  @Test
  void theFourBases() {
    assertEquals(List.of(EditionBasis.GIVEN, EditionBasis.DATE, EditionBasis.TITLE, EditionBasis.NUMBER),
        List.of(EditionBasis.values()));
    assertEquals(EditionBasis.TITLE, EditionBasis.valueOf("TITLE"));
  }

  @Test
  void eachBasisArises() {
    CitationResolver bundled = CitationResolver.bundled();
    assertEquals(Optional.of(EditionBasis.GIVEN),
        bundled.withEdition(EditionId.parse("ifla-strategy-2019-2024")).resolveAll("SD1").get(0).basis());
    assertEquals(Optional.of(EditionBasis.DATE),
        bundled.withDate(LocalDate.of(2017, 1, 1)).resolveAll("SD1").get(0).basis());
    assertEquals(Optional.of(EditionBasis.TITLE),
        bundled.resolveAll("SD1 Libraries in Society").get(0).basis());
    assertEquals(Optional.of(EditionBasis.NUMBER), bundled.resolveAll("SD1").get(0).basis());
  }
}
