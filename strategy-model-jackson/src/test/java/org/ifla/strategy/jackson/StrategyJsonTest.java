package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.ifla.strategy.format.ReadLimits;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.ImpactArea;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: formats by file name, every source and target, canonical output, YAML's traps, limits. */
class StrategyJsonTest {
  private static final ActionPlan SMALL = ActionPlan.builder()
      .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(Label.official(LanguageTag.ENGLISH, "Test Section"),
          Label.of(LanguageTag.CHINESE, "测试专业组", Provenance.RENDERED))))
      .template(PlanTemplate.FOCUS_AREAS)
      .edition(IflaStrategies.STRATEGY_2024_2029)
      .period(StatedTimeframe.parse("2025-01/2025-12"))
      .addParts(PlanPart.builder().number("1")
          .addAlignments(Alignment.builder().element(ElementReference.parse("IA1.KI2")).statedNumber("1.2")
              .level(AlignmentLevel.KEY_INITIATIVE).build())
          .addActivities(Activity.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "Survey")).timeframe(
              StatedTimeframe.parse("by April 2025")).build())
          .build())
      .build();

  /** SMALL as FORMAT.md says it is written, typed out by hand. */
  private static final String SMALL_JSON = String.join("\n",
      "{",
      "  \"format\": \"ifla-strategy-plan\",",
      "  \"formatVersion\": 2,",
      "  \"unit\": {",
      "    \"name\": {",
      "      \"en\": \"Test Section\",",
      "      \"zh\": {",
      "        \"text\": \"测试专业组\",",
      "        \"provenance\": \"rendered\"",
      "      }",
      "    },",
      "    \"type\": \"section\"",
      "  },",
      "  \"template\": \"focus-areas\",",
      "  \"edition\": \"ifla-strategy-2024-2029\",",
      "  \"period\": \"2025-01/2025-12\",",
      "  \"parts\": [",
      "    {",
      "      \"number\": \"1\",",
      "      \"alignments\": [",
      "        {",
      "          \"element\": \"IA1.KI2\",",
      "          \"statedNumber\": \"1.2\",",
      "          \"level\": \"key-initiative\"",
      "        }",
      "      ],",
      "      \"activities\": [",
      "        {",
      "          \"title\": {",
      "            \"en\": \"Survey\"",
      "          },",
      "          \"timeframe\": \"by April 2025\"",
      "        }",
      "      ]",
      "    }",
      "  ]",
      "}",
      "");

  @Test
  void writesTheDocumentedJson() {
    assertEquals(SMALL_JSON, StrategyJson.json().write(SMALL));
  }

  @Test
  void readsTheDocumentedJson() throws IOException {
    assertEquals(SMALL, StrategyJson.json().readPlan(SMALL_JSON));
  }

  @Test
  void readsYamlAsAPersonWritesIt() throws IOException {
    String yaml = String.join("\n",
        "format: ifla-strategy-plan",
        "formatVersion: 1",
        "unit:",
        "  name: {en: Test Section, zh: {text: 测试专业组, provenance: rendered}}",
        "  type: section",
        "template: focus-areas",
        "edition: ifla-strategy-2024-2029",
        "period: 2025-01/2025-12",
        "focusAreas:",
        "- number: 1",
        "  alignments:",
        "  - {element: IA1.KI2, statedNumber: 1.2, level: key-initiative}",
        "  activities:",
        "  - title:",
        "      en: Survey",
        "    timeframe: by April 2025",
        "");
    // format version 1 (focusAreas), as people wrote it before version 2; version 2 says parts
    assertEquals(SMALL, StrategyJson.yaml().readPlan(yaml));
    assertEquals(SMALL, StrategyJson.yaml().readPlan(yaml.replace("formatVersion: 1", "formatVersion: 2")
        .replace("focusAreas:", "parts:")));
  }

  @Test
  void yamlWordsAndNumbersStayTheTextTheyWere() throws IOException {
    for (String word : List.of("no", "yes", "on", "off", "No", "OFF", "y", "n", "true", "false", "4.10",
        "1e3", "007", "0x1F", ".inf", "2019-11-05")) {
      String yaml = "format: ifla-strategy-plan\nformatVersion: 1\n"
          + "unit: {name: {en: " + word + "}, type: network}\ntemplate: goals\nstatus: " + word + "\n"
          + "alignments:\n- statedNumber: " + word + "\n  statedTitle: " + word + "\n";
      ActionPlan plan = StrategyJson.yaml().readPlan(yaml);
      assertEquals(word, plan.status().orElseThrow(), word);
      assertEquals(word, plan.unit().name().text(Locale.ENGLISH), word);
      assertEquals(word, plan.alignments().get(0).statedNumber().orElseThrow(), word);
      assertEquals(word, plan.alignments().get(0).statedTitle().orElseThrow(), word);
      assertEquals(plan, StrategyJson.yaml().readPlan(StrategyJson.yaml().write(plan)), word);
    }
  }

  @Test
  void yamlAnchorsAliasesAndTagsAreRefused() {
    String head = "format: ifla-strategy-plan\nformatVersion: 1\ntemplate: goals\n";
    StrategyFormatException anchor = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan(head + "unit: &u {name: {en: A}, type: network}\n"));
    assertTrue(anchor.reason().contains("anchors are not allowed"), anchor::getMessage);
    StrategyFormatException alias = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan(head + "unit: {name: {en: A}, type: network}\nstatus: *u\n"));
    assertTrue(alias.reason().contains("aliases are not allowed"), alias::getMessage);
    assertEquals("/status", alias.pointer());
    StrategyFormatException tag = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan(head + "unit: {name: {en: A}, type: network}\nstatus: !!java.io.File /etc/passwd\n"));
    assertTrue(tag.reason().contains("tags are not allowed"), tag::getMessage);
    assertTrue(tag.reason().contains("java.io.File"), tag::getMessage);
  }

  @Test
  void yamlCoreTagsAreAllowed() throws IOException {
    ActionPlan plan = StrategyJson.yaml().readPlan("format: ifla-strategy-plan\nformatVersion: 1\n"
        + "template: goals\nunit: {name: {en: A}, type: network}\nstatus: !!str no\n");
    assertEquals("no", plan.status().orElseThrow());
  }

  @Test
  void duplicateKeysAreRefusedInJsonAndYaml() {
    StrategyFormatException json = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan("{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, \"template\": \"goals\","
            + " \"template\": \"projects\"}"));
    assertEquals("/template", json.pointer());
    assertTrue(json.reason().contains("Duplicate field 'template'"), json::getMessage);
    StrategyFormatException yaml = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan("format: ifla-strategy-plan\nformatVersion: 1\ntemplate: goals\ntemplate: projects\n"));
    assertEquals("/template", yaml.pointer());
    assertEquals(4, yaml.line());
  }

  @Test
  void errorsNameSourceLineColumnAndPointer() {
    String json = SMALL_JSON.replace("\"key-initiative\"", "\"initiative\"");
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(json));
    assertEquals("(string)", e.source());
    assertEquals(24, e.line());
    assertEquals(20, e.column());
    assertEquals("/parts/0/alignments/0/level", e.pointer());
    assertEquals("(string):24:20: /parts/0/alignments/0/level: invalid alignment level \"initiative\"; "
        + "expected one of area, key-initiative", e.getMessage());
  }

  @Test
  void everySourceReadsTheSamePlanAndNamesItselfInErrors(@TempDir Path dir) throws IOException {
    StrategyJson json = StrategyJson.json();
    Path file = dir.resolve("plan.json");
    Files.writeString(file, SMALL_JSON);
    assertEquals(SMALL, json.readPlan(file));
    assertEquals(SMALL, json.readPlan(new ByteArrayInputStream(SMALL_JSON.getBytes(StandardCharsets.UTF_8)),
        "in.json"));
    assertEquals(SMALL, json.readPlan(new StringReader(SMALL_JSON), "reader.json"));
    assertEquals(SMALL, json.read(SMALL_JSON, ActionPlan.class));

    String bad = SMALL_JSON.replace("\"section\"", "\"committee\"");
    Files.writeString(file, bad);
    assertEquals(file.toString(), assertThrows(StrategyFormatException.class, () -> json.readPlan(file))
        .source());
    assertEquals("in.json", assertThrows(StrategyFormatException.class, () -> json.readPlan(
        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "in.json")).source());
    assertEquals("reader.json", assertThrows(StrategyFormatException.class, () -> json.readPlan(
        new StringReader(bad), "reader.json")).source());
  }

  @Test
  void everyTargetGetsTheSameDocument(@TempDir Path dir) throws IOException {
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      String expected = format.write(SMALL);
      Path file = dir.resolve(format.isYaml() ? "plan.yaml" : "plan.json");
      format.write(SMALL, file);
      assertEquals(expected, Files.readString(file));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      format.write(SMALL, bytes);
      assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
      StringWriter chars = new StringWriter();
      format.write(SMALL, chars);
      assertEquals(expected, chars.toString());
      assertEquals(SMALL, StrategyJson.forFile(file).readPlan(file));
      assertTrue(expected.endsWith("\n"));
      assertFalse(expected.startsWith("---"));
    }
  }

  @Test
  void writingRefusesWhatIsNotAModelValue() {
    assertThrows(IllegalArgumentException.class, () -> StrategyJson.json().write(List.of("x")));
    assertThrows(NullPointerException.class, () -> StrategyJson.json().write(null));
  }

  @Test
  void writingRefusesAModelValueWithoutADocumentFormNamingItsType() throws IOException {
    org.ifla.strategy.alignment.Coverage coverage = org.ifla.strategy.alignment.Coverage.of(
        org.ifla.strategy.framework.IflaStrategies.strategy2019to2024(),
        List.of(SeedPlans.metropolitanLibraries2019()));
    org.ifla.strategy.framework.StrategyElement own = new org.ifla.strategy.framework.StrategyElement() {
      @Override
      public org.ifla.strategy.framework.ElementId id() {
        return org.ifla.strategy.framework.ElementId.parse("X1");
      }

      @Override
      public org.ifla.strategy.framework.ElementKind kind() {
        return org.ifla.strategy.framework.ElementKind.VISION;
      }

      @Override
      public java.util.Optional<String> number() {
        return java.util.Optional.empty();
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.of(org.ifla.strategy.text.LanguageTag.ENGLISH, "own");
      }
    };
    for (Object value : List.of(coverage, RuleSet.standard(), own)) {
      for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> format.write(value));
        assertTrue(e.getMessage().contains(value.getClass().getName()), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> format.write(value, new java.io.StringWriter()));
        assertThrows(IllegalArgumentException.class, () -> format.write(value,
            new java.io.ByteArrayOutputStream()));
      }
    }
  }

  @Test
  void formatIsChosenByExtension() {
    assertSame(StrategyJson.json(), StrategyJson.forFile(Path.of("a/plan.json")));
    assertSame(StrategyJson.json(), StrategyJson.forFile(Path.of("PLAN.JSON")));
    assertSame(StrategyJson.yaml(), StrategyJson.forFile(Path.of("plan.yaml")));
    assertSame(StrategyJson.yaml(), StrategyJson.forFile(Path.of("plan.YML")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StrategyJson.forFile(Path.of("plan.txt")));
    assertTrue(e.getMessage().contains("plan.txt"));
  }

  @Test
  void limitsAreHeldAndChangeable() throws IOException {
    StrategyJson strict = StrategyJson.json().withLimits(ReadLimits.defaults().withMaxStringLength(8));
    assertEquals(8, strict.limits().maxStringLength());
    assertSame(StrategyJson.json(), StrategyJson.json().withLimits(ReadLimits.defaults()));
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> strict.readPlan(SMALL_JSON));
    assertTrue(e.reason().contains("String value length"), e::getMessage);
    assertEquals(SMALL, StrategyJson.json().readPlan(SMALL_JSON));
  }

  @Test
  void theMapperIsACopyAndJacksonDefaultsAreUntouched() throws IOException {
    ObjectMapper copy = StrategyJson.json().mapper();
    assertNotSame(copy, StrategyJson.json().mapper());
    copy.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertThrows(StrategyFormatException.class, () -> StrategyJson.json().readPlan(SMALL_JSON + "{}"));
    assertEquals(SMALL, copy.readValue(SMALL_JSON + "{}", ActionPlan.class));
    assertTrue(new ObjectMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertFalse(new ObjectMapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertEquals(1000, com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth());
  }

  @Test
  void aUsersOwnEditionIsWrittenReadAndCheckedAgainst() throws IOException {
    ElementId area = ElementId.parse("IA1");
    StrategyEdition own = StrategyEdition.builder()
        .id(EditionId.parse("nla-strategy-2025-2028"))
        .title(LocalizedText.of(Label.official(LanguageTag.ENGLISH, "National Library Association Strategy 2025-2028"),
            Label.official(LanguageTag.CHINESE, "全国图书馆协会战略2025-2028")))
        .firstYear(2025).lastYear(2028)
        .addAreas(ImpactArea.builder().id(area).number("1").title(LocalizedText.of(LanguageTag.ENGLISH,
            "Reading for all"))
            .addKeyInitiatives(KeyInitiative.builder().id(ElementId.parse("IA1.KI1")).number("1.1").area(area)
                .title(LocalizedText.of(LanguageTag.ENGLISH, "Open reading rooms")).build())
            .build())
        .build();
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      assertEquals(own, format.readEdition(format.write(own)));
    }
    ActionPlan plan = ActionPlan.builder().from(SMALL).edition(own.id()).parts(List.of(PlanPart.builder()
        .from(SMALL.parts().get(0)).alignments(List.of(Alignment.builder().element(
            ElementReference.parse("IA1.KI1")).statedNumber("1.1").level(AlignmentLevel.KEY_INITIATIVE).build()))
        .build())).build();
    AlignmentReport report = RuleSet.standard().check(StrategyJson.json().readPlan(StrategyJson.json()
        .write(plan)), IflaStrategies.catalog().with(StrategyJson.json().readEdition(StrategyJson.json()
        .write(own))));
    assertTrue(report.findings("unknown-element").isEmpty(), report::toString);
    assertTrue(report.findings("unknown-edition").isEmpty(), report::toString);
  }

  @Test
  void bundledEditionsAndSeedPlansRoundTrip() throws IOException {
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      for (StrategyEdition edition : IflaStrategies.all()) {
        assertEquals(edition, format.readEdition(format.write(edition)));
      }
      for (ActionPlan plan : List.of(SeedPlans.metropolitanLibraries2019(), SeedPlans.noir2016())) {
        assertEquals(plan, format.readPlan(format.write(plan)));
      }
    }
  }

  @Test
  void formatConstantsAreThoseOfTheDocuments() {
    assertEquals("ifla-strategy-plan", StrategyJson.PLAN_FORMAT);
    assertEquals("ifla-strategy-edition", StrategyJson.EDITION_FORMAT);
    assertEquals(2, StrategyJson.formatVersion(StrategyJson.PLAN_FORMAT));
    assertEquals(1, StrategyJson.formatVersion(StrategyJson.EDITION_FORMAT));
    assertEquals(1, StrategyJson.formatVersion(StrategyJson.CROSSWALK_FORMAT));
    assertThrows(IllegalArgumentException.class, () -> StrategyJson.formatVersion("ifla-strategy-report"));
    assertTrue(StrategyJson.json().write(IflaStrategies.strategy2019to2024())
        .startsWith("{\n  \"format\": \"ifla-strategy-edition\",\n  \"formatVersion\": 1,\n"));
  }
}
