package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Crosswalk documents: their form, and round trips in JSON and YAML that lose nothing. */
class CrosswalkDocumentsTest {
  private static final List<StrategyJson> FORMATS = List.of(StrategyJson.json(), StrategyJson.yaml());

  private static final Crosswalk SMALL = Crosswalk.builder()
      .fromEdition(EditionId.parse("ifla-strategy-2019-2024")).toEdition(EditionId.parse("ifla-strategy-2024-2029"))
      .addMappings(Mapping.of(ElementId.parse("SD4"), MappingKind.CLOSE, ElementId.parse("EN"), "the Enabler"))
      .addMappings(Mapping.retired(ElementId.parse("SD2.KI4"), "no tools initiative"))
      .addMappings(Mapping.newElement(ElementId.parse("IA2.KI2"), "cooperation \u201cwith others\u201d"))
      .build();

  @Test
  void aCrosswalkDocumentHasAHeaderTheEditionsAndTheMappings() throws IOException {
    assertEquals("{\"format\":\"ifla-strategy-crosswalk\",\"formatVersion\":1,"
        + "\"fromEdition\":\"ifla-strategy-2019-2024\",\"toEdition\":\"ifla-strategy-2024-2029\",\"mappings\":["
        + "{\"source\":\"SD4\",\"kind\":\"close\",\"target\":\"EN\",\"rationale\":\"the Enabler\"},"
        + "{\"source\":\"SD2.KI4\",\"kind\":\"retired\",\"rationale\":\"no tools initiative\"},"
        + "{\"kind\":\"new\",\"target\":\"IA2.KI2\",\"rationale\":\"cooperation \u201cwith others\u201d\"}]}",
        new ObjectMapper().readTree(StrategyJson.json().write(SMALL)).toString());
  }

  @Test
  void theBundledCrosswalksAndTheirCompositionSurviveARoundTrip() throws IOException {
    CrosswalkCatalog bundled = IflaStrategies.crosswalks();
    Crosswalk composed = bundled.between(IflaStrategies.STRATEGIC_PLAN_2016_2021,
        IflaStrategies.STRATEGY_2024_2029).orElseThrow();
    for (StrategyJson format : FORMATS) {
      for (Crosswalk c : bundled.crosswalks()) {
        assertEquals(c, format.read(format.write(c), Crosswalk.class));
      }
      assertEquals(composed, format.read(format.write(composed), Crosswalk.class));
      assertEquals(bundled, format.read(format.write(bundled), CrosswalkCatalog.class));
      assertEquals(SMALL.mappings().get(0), format.read(format.write(SMALL.mappings().get(0)), Mapping.class));
      assertEquals(MappingKind.NARROWER, format.read(format.write(MappingKind.NARROWER), MappingKind.class));
    }
    assertTrue(StrategyJson.yaml().write(SMALL).contains("kind: retired"));
  }

  @Test
  void aCrosswalkIsNotReadFromAnotherDocument() {
    String plan = StrategyJson.json().write(SeedPlans.noir2016());
    StrategyFormatException e = assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().read(plan, Crosswalk.class));
    assertEquals("/format", e.pointer());
    assertEquals(StrategyJson.CROSSWALK_FORMAT, "ifla-strategy-crosswalk");
  }

  private static Gen<Crosswalk> crosswalks() {
    Gen<MappingKind> kinds = Generate.enumValues(MappingKind.class);
    return in -> {
      Crosswalk.Builder c = Crosswalk.builder().fromEdition(QuickTheoriesGens.of(Generators.editionIds()).generate(in))
          .toEdition(EditionId.parse("z-" + QuickTheoriesGens.of(Generators.editionIds()).generate(in)));
      int n = Generate.range(0, 6).generate(in);
      for (int i = 0; i < n; i++) {
        ElementId source = ElementId.parse("S" + i);
        ElementId target = ElementId.parse("T" + i);
        String rationale = QuickTheoriesGens.of(Generators.labelTexts()).generate(in);
        MappingKind kind = kinds.generate(in);
        c.addMappings(kind == MappingKind.RETIRED ? Mapping.retired(source, rationale)
            : kind == MappingKind.NEW ? Mapping.newElement(target, rationale)
            : Mapping.of(source, kind, target, rationale));
      }
      return c.build();
    };
  }

  private static Crosswalk read(StrategyJson format, String document) {
    try {
      return format.read(document, Crosswalk.class);
    } catch (StrategyFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generatedCrosswalksSurviveARoundTripInJsonAndYaml() {
    qt().withExamples(200).forAll(crosswalks(), Generate.pick(FORMATS))
        .check((c, format) -> c.equals(read(format, format.write(c))));
  }
}
