package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.MeasureOfSuccess;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.TranslationCompleteness;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.junit.jupiter.api.Test;

/** The module on a caller's own, plain mapper: found, named, versioned, and covering every public type. */
class StrategyModuleTest {
  /** A caller's own type holding model values. */
  record Holder(ActionPlan plan, List<ElementReference> cited, Map<String, LocalizedText> notes,
      Timeframe when) {}

  private static ObjectMapper plainMapper() {
    return new ObjectMapper().findAndRegisterModules();
  }

  private static <T> void assertRoundTrip(ObjectMapper mapper, T value, Class<T> type) throws IOException {
    assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), type), type::getSimpleName);
  }

  @Test
  void isFoundThroughServiceLoading() {
    List<Module> modules = ObjectMapper.findModules();
    assertTrue(modules.stream().anyMatch(m -> m instanceof StrategyModule), modules::toString);
  }

  @Test
  void hasANameAndTheLibrarysVersion() {
    StrategyModule module = new StrategyModule();
    assertEquals("StrategyModule", module.getModuleName());
    assertEquals("org.ifla.strategy", module.version().getGroupId());
    assertEquals("strategy-model-jackson", module.version().getArtifactId());
    assertFalse(module.version().isUnknownVersion());
  }

  @Test
  void changesNoSettingOfTheMapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new StrategyModule());
    assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertFalse(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertFalse(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT));
  }

  @Test
  void writesLocalizedTextAsALanguageMapKeepingProvenanceAndSource() throws IOException {
    LocalizedText text = LocalizedText.of(Label.official(LanguageTag.ENGLISH, "Vision"),
        Label.of(LanguageTag.CHINESE, "愿景", Provenance.RENDERED));
    assertEquals("{\"en\":\"Vision\",\"zh\":{\"text\":\"愿景\",\"provenance\":\"rendered\"}}",
        plainMapper().writeValueAsString(text));
    assertEquals(text, plainMapper().readValue(
        "{\"zh\":{\"provenance\":\"rendered\",\"text\":\"愿景\"},\"en\":\"Vision\"}", LocalizedText.class));
    // the official mark of earlier releases still reads: false is rendered
    assertEquals(text, plainMapper().readValue("{\"zh\":{\"official\":false,\"text\":\"愿景\"},\"en\":\"Vision\"}",
        LocalizedText.class));
    LocalizedText sourced = LocalizedText.of(Label.of(LanguageTag.ENGLISH, "Vision", Provenance.OFFICIAL, "IFLA"),
        Label.of(LanguageTag.CHINESE, "愿景", Provenance.QUOTED, "seed 004, L25"));
    String json = "{\"en\":{\"text\":\"Vision\",\"provenance\":\"official\",\"source\":\"IFLA\"},"
        + "\"zh\":{\"text\":\"愿景\",\"provenance\":\"quoted\",\"source\":\"seed 004, L25\"}}";
    assertEquals(json, plainMapper().writeValueAsString(sourced));
    assertEquals(sourced, plainMapper().readValue(json, LocalizedText.class));
    Label label = Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.QUOTED, "STPI");
    String labelJson = "{\"language\":\"zh-Hant\",\"text\":\"願景\",\"provenance\":\"quoted\",\"source\":\"STPI\"}";
    assertEquals(labelJson, plainMapper().writeValueAsString(label));
    assertEquals(label, plainMapper().readValue(labelJson, Label.class));
    assertEquals(Label.official(LanguageTag.ENGLISH, "V"),
        plainMapper().readValue("{\"language\":\"en\",\"text\":\"V\",\"official\":true}", Label.class));
  }

  @Test
  void refusesABadProvenance() {
    for (String bad : List.of("{\"zh\":{\"text\":\"愿景\",\"provenance\":\"unofficial\"}}",
        "{\"zh\":{\"text\":\"愿景\",\"provenance\":\"quoted\",\"official\":false}}",
        "{\"zh\":{\"text\":\"愿景\",\"provenance\":\"quoted\",\"source\":\" \"}}")) {
      assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
          () -> plainMapper().readValue(bad, LocalizedText.class), bad);
    }
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> plainMapper().readValue("{\"language\":\"en\",\"text\":\"V\"}", Label.class));
  }

  @Test
  void writesScalarsAsText() throws IOException {
    ObjectMapper mapper = plainMapper();
    assertEquals("\"2019-11/2020-05\"", mapper.writeValueAsString(Timeframe.parse("2019-11/2020-05")));
    assertEquals("\"ifla-strategic-plan-2016-2021:SD4.KI5\"", mapper.writeValueAsString(
        ElementReference.parse("ifla-strategic-plan-2016-2021:SD4.KI5")));
    assertEquals("\"key-initiative\"", mapper.writeValueAsString(AlignmentLevel.KEY_INITIATIVE));
    assertEquals("\"special-interest-group\"", mapper.writeValueAsString(UnitType.SPECIAL_INTEREST_GROUP));
    assertEquals("\"Nov 2019 - May 2020\"", mapper.writeValueAsString(StatedTimeframe.parse(
        "Nov 2019 - May 2020")));
    assertEquals("{\"text\":\"at WLIC 2017\",\"intervals\":[\"2017-08\"]}", mapper.writeValueAsString(
        StatedTimeframe.of("at WLIC 2017", List.of(Timeframe.parse("2017-08")))));
  }

  @Test
  void roundTripsEveryPublicModelType() throws IOException {
    ObjectMapper mapper = plainMapper();
    StrategyEdition edition = IflaStrategies.strategy2024to2029();
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    AlignmentReport report = RuleSet.standard().check(plan);
    assertFalse(report.isEmpty());
    StrategyArea area = edition.areas().get(0);
    KeyInitiative ki = area.keyInitiatives().get(0);
    MeasureOfSuccess measure = area.measuresOfSuccess().get(0);
    Statement vision = edition.vision().orElseThrow();

    assertRoundTrip(mapper, edition, StrategyEdition.class);
    assertRoundTrip(mapper, area, StrategyArea.class);
    assertRoundTrip(mapper, ki, KeyInitiative.class);
    assertRoundTrip(mapper, measure, MeasureOfSuccess.class);
    assertRoundTrip(mapper, vision, Statement.class);
    assertRoundTrip(mapper, IflaStrategies.catalog(), EditionCatalog.class);
    assertRoundTrip(mapper, edition.translationCompleteness(LanguageTag.CHINESE), TranslationCompleteness.class);
    TranslationCompleteness french = edition.translationCompleteness(LanguageTag.of("fr"));
    assertTrue(french.titleMissing());
    assertTrue(mapper.writeValueAsString(french).contains("\"titleMissing\":true"));
    assertRoundTrip(mapper, french, TranslationCompleteness.class);
    assertRoundTrip(mapper, plan, ActionPlan.class);
    assertRoundTrip(mapper, plan.unit(), org.ifla.strategy.plan.ProfessionalUnit.class);
    assertRoundTrip(mapper, plan.parts().get(0), org.ifla.strategy.plan.PlanPart.class);
    assertRoundTrip(mapper, plan.parts().get(0).alignments().get(0), org.ifla.strategy.plan.Alignment.class);
    assertRoundTrip(mapper, plan.parts().get(0).activities().get(0), org.ifla.strategy.plan.Activity.class);
    assertRoundTrip(mapper, plan.parts().get(0).activities().get(0).tasks().get(0),
        org.ifla.strategy.plan.Task.class);
    assertRoundTrip(mapper, SeedPlans.noir2016().parts().get(0), org.ifla.strategy.plan.PlanPart.class);
    assertRoundTrip(mapper, report, AlignmentReport.class);
    assertRoundTrip(mapper, report.findings().get(0), Finding.class);
    assertRoundTrip(mapper, Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.RENDERED), Label.class);
    assertRoundTrip(mapper, EditionId.parse("ifla-strategy-2019-2024"), EditionId.class);
    assertRoundTrip(mapper, ElementId.parse("SD1.KI2"), ElementId.class);
    assertRoundTrip(mapper, PlanLocation.parse("/parts/0/alignments/1"), PlanLocation.class);
    org.ifla.strategy.alignment.MigrationReport migration = org.ifla.strategy.alignment.PlanMigration.of(plan,
        IflaStrategies.STRATEGY_2024_2029).report();
    assertEquals(6, migration.references().size());
    assertEquals(1, migration.notes().size(), migration::format);
    assertTrue(mapper.writeValueAsString(migration).contains(",\"notes\":[\"the plan's period"),
        () -> "notes as FORMAT.md says, before the references");
    assertRoundTrip(mapper, migration, org.ifla.strategy.alignment.MigrationReport.class);
    assertTrue(migration.references().stream().anyMatch(r -> !r.mappings().isEmpty() && !r.targets().isEmpty()),
        migration::format);
    for (org.ifla.strategy.alignment.MigratedReference r : migration.references()) {
      assertRoundTrip(mapper, r, org.ifla.strategy.alignment.MigratedReference.class);
    }
    assertRoundTrip(mapper, IflaStrategies.crosswalks(), org.ifla.strategy.framework.CrosswalkCatalog.class);
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(ElementKind.class, UnitType.class,
        PlanTemplate.class, FundingNeed.class, org.ifla.strategy.plan.PartKind.class, AlignmentLevel.class,
        Severity.class,
        org.ifla.strategy.framework.MappingKind.class, org.ifla.strategy.alignment.MigrationOutcome.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertEquals(constant, mapper.readValue(mapper.writeValueAsString(constant), type));
      }
    }
  }

  @Test
  void aFindingReadBackRendersTheSameMessages() throws IOException {
    ObjectMapper mapper = plainMapper();
    for (Finding finding : RuleSet.standard().check(SeedPlans.metropolitanLibraries2019()).findings()) {
      Finding read = mapper.readValue(mapper.writeValueAsString(finding), Finding.class);
      assertEquals(finding.message(java.util.Locale.ENGLISH), read.message(java.util.Locale.ENGLISH));
      assertEquals(finding.message(java.util.Locale.CHINESE), read.message(java.util.Locale.CHINESE));
    }
  }

  @Test
  void modelValuesInsideACallersOwnTypes() throws IOException {
    ObjectMapper mapper = plainMapper();
    Holder holder = new Holder(SeedPlans.noir2016(), List.of(ElementReference.parse("SD4"),
        ElementReference.parse("ifla-strategy-2019-2024:SD1.KI1")),
        Map.of("a", LocalizedText.of(LanguageTag.ENGLISH, "note")), Timeframe.parse("2016-01/2017-12"));
    assertEquals(holder, mapper.readValue(mapper.writeValueAsString(holder), Holder.class));
    List<ElementReference> refs = mapper.readValue("[\"SD1\", \"x-2020:IA2.KI3\"]",
        new TypeReference<List<ElementReference>>() {});
    assertEquals(List.of(ElementReference.parse("SD1"), ElementReference.parse("x-2020:IA2.KI3")), refs);
  }

  private static final String TASK_WITH_UNKNOWN_FIELDS = "{\"number\": \"1\", \"colour\": {\"a\": [1, 2]}, "
      + "\"text\": {\"en\": \"Draft\"}, \"x-note\": \"kept\", \"size\": 3}";

  @Test
  void unknownFieldsAreSkippedWhenTheMapperDoesNotFailOnThem() throws IOException {
    ObjectMapper strict = new ObjectMapper().registerModule(new StrategyModule());
    DatabindException e = assertThrows(DatabindException.class, () -> strict.readValue(TASK_WITH_UNKNOWN_FIELDS,
        org.ifla.strategy.plan.Task.class));
    assertTrue(e.getOriginalMessage().contains("unknown field \"colour\" in a task"), e::getMessage);

    ObjectMapper lenient = new ObjectMapper().registerModule(new StrategyModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    org.ifla.strategy.plan.Task task = lenient.readValue(TASK_WITH_UNKNOWN_FIELDS, org.ifla.strategy.plan.Task.class);
    assertEquals(strict.readValue("{\"number\": \"1\", \"text\": {\"en\": \"Draft\"}, \"x-note\": \"kept\"}",
        org.ifla.strategy.plan.Task.class), task);
    // deep inside a plan too, and the format's own rules stay: a repeated field is still refused
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    String json = strict.writeValueAsString(plan).replace("\"title\":", "\"unheard\":[{}],\"title\":");
    assertEquals(plan, lenient.readValue(json, ActionPlan.class));
    assertThrows(DatabindException.class, () -> lenient.readValue("{\"number\": \"1\", \"number\": \"2\", "
        + "\"text\": {\"en\": \"Draft\"}}", org.ifla.strategy.plan.Task.class));
  }

  @Test
  void aProblemHandlerOfTheMapperSeesUnknownFields() throws IOException {
    List<String> seen = new java.util.ArrayList<>();
    ObjectMapper mapper = new ObjectMapper().registerModule(new StrategyModule()).addHandler(
        new com.fasterxml.jackson.databind.deser.DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(com.fasterxml.jackson.databind.DeserializationContext ctxt,
              com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.JsonDeserializer<?> deser,
              Object beanOrClass, String propertyName) throws IOException {
            seen.add(propertyName + "=" + p.readValueAsTree());
            return true;
          }
        });
    org.ifla.strategy.plan.Task task = mapper.readValue(TASK_WITH_UNKNOWN_FIELDS, org.ifla.strategy.plan.Task.class);
    assertEquals(List.of("colour={\"a\":[1,2]}", "size=3"), seen);
    assertEquals("Draft", task.text().label(org.ifla.strategy.text.LanguageTag.ENGLISH).orElseThrow().text());
  }

  @Test
  void theHardenedMappersStayStrictAboutUnknownFields() {
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> format.read(
          TASK_WITH_UNKNOWN_FIELDS, org.ifla.strategy.plan.Task.class));
      assertEquals("/colour", e.pointer());
      assertEquals(1, e.line());
      assertThrows(DatabindException.class, () -> format.mapper().readValue(TASK_WITH_UNKNOWN_FIELDS,
          org.ifla.strategy.plan.Task.class));
    }
  }

  @Test
  void aRangeStatedInvertedSurvivesARoundTripAndATimeframeIsNeverInverted() throws IOException {
    ObjectMapper mapper = plainMapper();
    StatedTimeframe written = StatedTimeframe.parse("May 2020 - Nov 2019");
    assertTrue(written.isInverted());
    assertEquals("\"May 2020 - Nov 2019\"", mapper.writeValueAsString(written));
    assertEquals(written, mapper.readValue(mapper.writeValueAsString(written), StatedTimeframe.class));
    StatedTimeframe known = StatedTimeframe.of("at the meeting", List.of(Timeframe.parse("2021-01")),
        List.of(Timeframe.parse("2019-11/2020-05")));
    String json = mapper.writeValueAsString(known);
    assertEquals("{\"text\":\"at the meeting\",\"intervals\":[\"2021-01\",\"2020-05/2019-11\"]}", json);
    assertEquals(known, mapper.readValue(json, StatedTimeframe.class));
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json().read(
        "\"2020-05/2019-11\"", Timeframe.class));
    assertTrue(e.getMessage().contains("at index 8") && e.getMessage().contains("before it starts"), e::getMessage);
    e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json().read(
        "{\"text\": \"t\", \"intervals\": [\"2020-13/2021-01\"]}", StatedTimeframe.class));
    assertEquals("/intervals/0", e.pointer());
  }

  @Test
  void badValuesFailAsJacksonExceptionsOnAPlainMapper() {
    ObjectMapper mapper = plainMapper();
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("\"not an id!\"",
        ElementId.class));
    assertTrue(e.getOriginalMessage().contains("invalid element id"), e::getMessage);
    assertThrows(DatabindException.class, () -> mapper.readValue("{}", LocalizedText.class));
  }
}
