package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.MappingKind;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in the jar are kept true: every sample and every generated document validates, and a
 * document the reader refuses for a structural reason is refused by the schema too.
 */
class SchemaTest {
  private static final String PLAN_SCHEMA = "/org/ifla/strategy/format/schema/plan.schema.json";
  private static final String EDITION_SCHEMA = "/org/ifla/strategy/format/schema/edition.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12);
  private static final Schema PLAN = schema(PLAN_SCHEMA);
  private static final Schema EDITION = schema(EDITION_SCHEMA);
  private static final String CROSSWALK_SCHEMA = "/org/ifla/strategy/format/schema/crosswalk.schema.json";
  private static final Schema CROSSWALK = schema(CROSSWALK_SCHEMA);

  private static Schema schema(String resource) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(Schema schema, JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void theSchemasAreValidDraft202012Schemas() throws IOException {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String resource : List.of(PLAN_SCHEMA, EDITION_SCHEMA, CROSSWALK_SCHEMA)) {
      try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
        JsonNode schema = MAPPER.readTree(in);
        assertEquals(List.of(), errors(meta, schema), resource);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertTrue(schema.get("$id").asText().startsWith("urn:"), resource);
      }
    }
  }

  @Test
  void theSamplesValidate() {
    for (ActionPlan plan : List.of(SeedPlans.metropolitanLibraries2019(), SeedPlans.noir2016())) {
      assertEquals(List.of(), errors(PLAN, tree(StrategyJson.json().write(plan))));
    }
    assertEquals(List.of(), errors(PLAN, tree(StrategyJson.json().write(FormatVersionsTest.EVERY_FIELD))));
    for (StrategyEdition edition : IflaStrategies.all()) {
      assertEquals(List.of(), errors(EDITION, tree(StrategyJson.json().write(edition))), edition.id()::toString);
    }
    for (Crosswalk c : IflaStrategies.crosswalks().crosswalks()) {
      assertEquals(List.of(), errors(CROSSWALK, tree(StrategyJson.json().write(c))), c::toString);
    }
    Crosswalk composed = IflaStrategies.crosswalks().between(IflaStrategies.STRATEGIC_PLAN_2016_2021,
        IflaStrategies.STRATEGY_2024_2029).orElseThrow();
    assertEquals(List.of(), errors(CROSSWALK, tree(StrategyJson.json().write(composed))));
  }

  @Test
  void everyGeneratedPlanValidates() {
    qt().withExamples(150).withShrinkCycles(20).forAll(Documents.plans()).checkAssert(plan ->
        assertEquals(List.of(), errors(PLAN, tree(StrategyJson.json().write(plan)))));
    qt().withExamples(100).withShrinkCycles(20).forAll(QuickTheoriesGens.of(Generators.actionPlans())).checkAssert(plan ->
        assertEquals(List.of(), errors(PLAN, tree(StrategyJson.json().write(plan)))));
  }

  @Test
  void everyGeneratedEditionValidates() {
    qt().withExamples(150).withShrinkCycles(20).forAll(Documents.editions()).checkAssert(edition ->
        assertEquals(List.of(), errors(EDITION, tree(StrategyJson.json().write(edition)))));
  }

  @Test
  void theSchemasEnumerateExactlyTheModelsConstants() throws IOException {
    JsonNode plan;
    JsonNode edition;
    try (InputStream p = SchemaTest.class.getResourceAsStream(PLAN_SCHEMA);
        InputStream e = SchemaTest.class.getResourceAsStream(EDITION_SCHEMA)) {
      plan = MAPPER.readTree(p);
      edition = MAPPER.readTree(e);
    }
    assertEquals(names(org.ifla.strategy.plan.PlanTemplate.class), strings(plan.at("/properties/template/enum")));
    assertEquals(names(org.ifla.strategy.plan.UnitType.class), strings(plan.at("/$defs/unit/properties/type/enum")));
    assertEquals(names(org.ifla.strategy.plan.PartKind.class), strings(plan.at("/$defs/part/properties/kind/enum")));
    assertEquals(names(org.ifla.strategy.plan.FundingNeed.class),
        strings(plan.at("/$defs/activity/properties/fundingNeeded/enum")));
    assertEquals(names(org.ifla.strategy.plan.AlignmentLevel.class),
        strings(plan.at("/$defs/alignment/properties/level/enum")));
    assertEquals(names(org.ifla.strategy.framework.ElementKind.class).stream().filter(
        n -> n.equals("strategic-direction") || n.equals("impact-area") || n.equals("enabler"))
        .collect(Collectors.toList()), strings(edition.at("/$defs/area/properties/kind/enum")));
    try (InputStream c = SchemaTest.class.getResourceAsStream(CROSSWALK_SCHEMA)) {
      assertEquals(names(MappingKind.class), strings(MAPPER.readTree(c).at("/$defs/mapping/properties/kind/enum")));
    }
  }

  /** The names of an enum's constants in documents: lower case, with hyphens. */
  private static List<String> names(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.toList());
  }

  private static List<String> strings(JsonNode array) {
    assertTrue(array.isArray(), array::toString);
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** A valid document changed in one way that the reader refuses for its structure. */
  private static void assertBothRefuse(Schema schema, Class<?> type, String base, Consumer<ObjectNode> change) {
    ObjectNode document = (ObjectNode) tree(base);
    change.accept(document);
    String json = document.toString();
    assertThrows(StrategyFormatException.class, () -> StrategyJson.json().read(json, type), json);
    assertFalse(errors(schema, document).isEmpty(), () -> "the schema accepts what the reader refuses: " + json);
  }

  private static ObjectNode firstMapping(ObjectNode crosswalk) {
    return (ObjectNode) crosswalk.get("mappings").get(0);
  }

  private static ObjectNode firstFocusArea(ObjectNode plan) {
    return (ObjectNode) plan.get("parts").get(0);
  }

  /** A version 1 document: one of the golden files kept in that version. */
  private static String v1(String file) {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/golden/v1/" + file)) {
      assertNotNull(in, file);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void formatVersion1DocumentsValidate() {
    for (String file : List.of("metropolitan-libraries-2019-2020.json", "noir-2016-17.json")) {
      assertEquals(List.of(), errors(PLAN, tree(v1(file))), file);
    }
  }

  @Test
  void extensionsValidateInVersion2Only() {
    ObjectNode plan = (ObjectNode) tree(StrategyJson.json().write(SeedPlans.metropolitanLibraries2019()));
    plan.putObject("x-tool").put("id", 7);
    firstFocusArea(plan).putArray("x-tags").add("a");
    ((ObjectNode) firstFocusArea(plan).get("alignments").get(0)).put("x-score", 0.5);
    ((ObjectNode) firstFocusArea(plan).get("activities").get(0)).putNull("x-none");
    assertEquals(List.of(), errors(PLAN, plan));
    plan.put("x-", 1);
    assertFalse(errors(PLAN, plan).isEmpty(), "x- without a name");
  }

  @Test
  void eachVersionRefusesTheOthersFields() {
    String v2 = StrategyJson.json().write(SeedPlans.metropolitanLibraries2019());
    String v1 = v1("metropolitan-libraries-2019-2020.json");
    assertBothRefuse(PLAN, ActionPlan.class, v2, p -> p.set("focusAreas", p.remove("parts")));
    assertBothRefuse(PLAN, ActionPlan.class, v2, p -> p.putArray("objectives"));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> p.put("formatVersion", 3));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> p.put("x-tool", 1));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> p.put("truncated", true));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> p.putArray("contextAlignments"));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> ((ObjectNode) p.get("focusAreas").get(0)).put("kind",
        "goal"));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> ((ObjectNode) p.get("focusAreas").get(0)).put("x-a", 1));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> ((ObjectNode) p.get("focusAreas").get(0).get("activities")
        .get(0)).put("x-a", 1));
    assertBothRefuse(PLAN, ActionPlan.class, v1, p -> ((ObjectNode) p.get("focusAreas").get(0).get("alignments")
        .get(0)).put("x-a", 1));
  }

  @Test
  void whatTheReaderRefusesForItsStructureTheSchemaRefusesToo() {
    String plan = StrategyJson.json().write(SeedPlans.metropolitanLibraries2019());
    String edition = StrategyJson.json().write(IflaStrategies.strategy2024to2029());

    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.remove("unit"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.remove("format"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("colour", "red"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> firstFocusArea(p).put("colour", "red"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("unit", "Metropolitan Libraries"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("template", "focus-area"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.putObject("title"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.putNull("status"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("format", "ifla-strategy-edition"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("formatVersion", 3));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> p.put("parts", "none"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("alignments").get(0))
        .put("level", "initiative"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("alignments").get(0))
        .put("element", "SD 4"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("alignments").get(0))
        .put("migratedFrom", "SD4.KI5"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("activities").get(0))
        .putObject("timeframe").put("text", "spring").putArray("intervals").add("2019-13/2020-01"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("activities").get(0))
        .remove("title"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) p.get("unit").get("name"))
        .putObject("zh").put("text", "大都市图书馆"));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) p.get("unit").get("name")).put("en", " "));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ObjectNode) firstFocusArea(p).get("alignments").get(0))
        .put("external", true));
    assertBothRefuse(PLAN, ActionPlan.class, plan, p -> ((ArrayNode) firstFocusArea(p).get("alignments"))
        .addObject());

    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> e.remove("firstYear"));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> e.put("firstYear", 2024.5));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> ((ObjectNode) e.get("areas").get(0))
        .remove("kind"));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> ((ObjectNode) e.get("areas").get(0))
        .put("kind", "key-initiative"));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> ((ObjectNode) e.get("areas").get(0)
        .get("keyInitiatives").get(0)).remove("title"));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> ((ObjectNode) e.get("vision")).put("kind",
        "vision").put("colour", "blue"));
    assertBothRefuse(EDITION, StrategyEdition.class, edition, e -> e.put("id", "IFLA Strategy"));

    String crosswalk = StrategyJson.json().write(IflaStrategies.crosswalks().crosswalks().get(1));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> c.remove("toEdition"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> c.put("colour", "red"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> c.put("format", "ifla-strategy-plan"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).put("kind", "same-as"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).remove("rationale"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).put("rationale", " "));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).remove("target"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).put("kind", "retired"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).put("kind", "new"));
    assertBothRefuse(CROSSWALK, Crosswalk.class, crosswalk, c -> firstMapping(c).put("source", "SD 1"));
  }
}
