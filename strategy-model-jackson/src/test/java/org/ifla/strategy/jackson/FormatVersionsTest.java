package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plan documents of format version 2 (parts, context alignments, truncation, extensions) and of version 1
 * (objectives and focus areas), which still read to the plan they mean. The expected documents are typed out by
 * hand from FORMAT.md.
 */
class FormatVersionsTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  /** A plan with every field of version 2 that the seed plans lack. */
  static final ActionPlan EVERY_FIELD = ActionPlan.builder()
      .unit(ProfessionalUnit.builder().name(en("Test Section")).type(UnitType.SECTION).abbreviation("TS").build())
      .title(en("Action plan 2025"))
      .template(PlanTemplate.FOCUS_AREAS)
      .edition(IflaStrategies.STRATEGY_2024_2029)
      .period(StatedTimeframe.parse("2025-01/2025-12"))
      .status("Draft")
      .isTruncated(true)
      .fullPlan("Action plan 2025, pages 3 to 9")
      .mission(en("Our mission"))
      .addAlignments(Alignment.builder().element(ElementReference.parse("IA1")).level(AlignmentLevel.AREA)
          .putExtensions("x-score", "0.75").build())
      .addContextAlignments(Alignment.builder().statedTitle("Strengthen the profession").build())
      .addParts(PlanPart.builder().number("1").title(en("Advocacy")).status("ongoing")
          .addAlignments(Alignment.builder().element(ElementReference.parse("IA1.KI2")).statedNumber("1.2")
              .level(AlignmentLevel.KEY_INITIATIVE).build())
          .addActivities(Activity.builder().number("1.1").title(en("Survey")).scope(en("global"))
              .addTasks(Task.builder().text(en("Draft the questions")).putExtensions("x-owner", "\"Ana\"").build())
              .timeframe(StatedTimeframe.parse("by April 2025")).fundingNeeded(FundingNeed.NO)
              .putExtensions("x-budget", "{\"eur\":1200,\"approved\":false}").build())
          .notes(en("To be confirmed"))
          .putExtensions("x-colour", "\"green\"")
          .putExtensions("x-tags", "[\"a\",1.50,null,[]]")
          .build())
      .addParts(PlanPart.builder().number("A").kind(PartKind.OBJECTIVE).title(en("An objective's text")).build())
      .addActivities(Activity.builder().title(en("Annual report")).fundingNeeded(FundingNeed.YES).build())
      .putExtensions("x-tool", "{\"name\":\"planner\",\"version\":3,\"empty\":{}}")
      .build();

  /** EVERY_FIELD as FORMAT.md says it is written. */
  static final String EVERY_FIELD_JSON = String.join("\n",
      "{",
      "  \"format\": \"ifla-strategy-plan\",",
      "  \"formatVersion\": 2,",
      "  \"unit\": {",
      "    \"name\": {",
      "      \"en\": \"Test Section\"",
      "    },",
      "    \"type\": \"section\",",
      "    \"abbreviation\": \"TS\"",
      "  },",
      "  \"title\": {",
      "    \"en\": \"Action plan 2025\"",
      "  },",
      "  \"template\": \"focus-areas\",",
      "  \"edition\": \"ifla-strategy-2024-2029\",",
      "  \"period\": \"2025-01/2025-12\",",
      "  \"status\": \"Draft\",",
      "  \"truncated\": true,",
      "  \"fullPlan\": \"Action plan 2025, pages 3 to 9\",",
      "  \"mission\": {",
      "    \"en\": \"Our mission\"",
      "  },",
      "  \"alignments\": [",
      "    {",
      "      \"element\": \"IA1\",",
      "      \"level\": \"area\",",
      "      \"x-score\": 0.75",
      "    }",
      "  ],",
      "  \"contextAlignments\": [",
      "    {",
      "      \"statedTitle\": \"Strengthen the profession\"",
      "    }",
      "  ],",
      "  \"parts\": [",
      "    {",
      "      \"number\": \"1\",",
      "      \"title\": {",
      "        \"en\": \"Advocacy\"",
      "      },",
      "      \"status\": \"ongoing\",",
      "      \"alignments\": [",
      "        {",
      "          \"element\": \"IA1.KI2\",",
      "          \"statedNumber\": \"1.2\",",
      "          \"level\": \"key-initiative\"",
      "        }",
      "      ],",
      "      \"activities\": [",
      "        {",
      "          \"number\": \"1.1\",",
      "          \"title\": {",
      "            \"en\": \"Survey\"",
      "          },",
      "          \"scope\": {",
      "            \"en\": \"global\"",
      "          },",
      "          \"tasks\": [",
      "            {",
      "              \"text\": {",
      "                \"en\": \"Draft the questions\"",
      "              },",
      "              \"x-owner\": \"Ana\"",
      "            }",
      "          ],",
      "          \"timeframe\": \"by April 2025\",",
      "          \"fundingNeeded\": \"no\",",
      "          \"x-budget\": {",
      "            \"eur\": 1200,",
      "            \"approved\": false",
      "          }",
      "        }",
      "      ],",
      "      \"notes\": {",
      "        \"en\": \"To be confirmed\"",
      "      },",
      "      \"x-colour\": \"green\",",
      "      \"x-tags\": [",
      "        \"a\",",
      "        1.50,",
      "        null,",
      "        [ ]",
      "      ]",
      "    },",
      "    {",
      "      \"number\": \"A\",",
      "      \"kind\": \"objective\",",
      "      \"title\": {",
      "        \"en\": \"An objective's text\"",
      "      }",
      "    }",
      "  ],",
      "  \"activities\": [",
      "    {",
      "      \"title\": {",
      "        \"en\": \"Annual report\"",
      "      },",
      "      \"fundingNeeded\": \"yes\"",
      "    }",
      "  ],",
      "  \"x-tool\": {",
      "    \"name\": \"planner\",",
      "    \"version\": 3,",
      "    \"empty\": { }",
      "  }",
      "}",
      "");

  /** EVERY_FIELD as a person writes it in YAML: fields in another order, extensions as YAML values. */
  static final String EVERY_FIELD_YAML = String.join("\n",
      "# every field of format version 2",
      "format: ifla-strategy-plan",
      "formatVersion: 2",
      "x-tool:",
      "  name: planner",
      "  version: 3",
      "  empty: {}",
      "unit: {name: {en: Test Section}, type: section, abbreviation: TS}",
      "title: {en: Action plan 2025}",
      "template: focus-areas",
      "edition: ifla-strategy-2024-2029",
      "period: 2025-01/2025-12",
      "status: Draft",
      "truncated: true",
      "fullPlan: Action plan 2025, pages 3 to 9",
      "mission: {en: Our mission}",
      "alignments:",
      "- {element: IA1, level: area, x-score: 0.75}",
      "contextAlignments:",
      "- statedTitle: Strengthen the profession",
      "parts:",
      "- number: 1",
      "  title: {en: Advocacy}",
      "  x-colour: green",
      "  status: ongoing",
      "  alignments:",
      "  - {element: IA1.KI2, statedNumber: 1.2, level: key-initiative}",
      "  activities:",
      "  - number: 1.1",
      "    title: {en: Survey}",
      "    scope: {en: global}",
      "    tasks:",
      "    - text: {en: Draft the questions}",
      "      x-owner: Ana",
      "    timeframe: by April 2025",
      "    fundingNeeded: no",
      "    x-budget: {eur: 1200, approved: false}",
      "  notes: {en: To be confirmed}",
      "  x-tags: [a, 1.50, null, []]",
      "- number: A",
      "  kind: objective",
      "  title: {en: An objective's text}",
      "activities:",
      "- title: {en: Annual report}",
      "  fundingNeeded: yes",
      "");

  // ---- version 2

  @Test
  void writesEveryFieldAsDocumented() {
    assertEquals(EVERY_FIELD_JSON, StrategyJson.json().write(EVERY_FIELD));
  }

  @Test
  void readsEveryField() throws IOException {
    assertEquals(EVERY_FIELD, StrategyJson.json().readPlan(EVERY_FIELD_JSON));
  }

  @Test
  void readsEveryFieldFromYamlAsAPersonWritesIt() throws IOException {
    ActionPlan plan = StrategyJson.yaml().readPlan(EVERY_FIELD_YAML);
    assertEquals(List.of("x-colour", "x-tags"), List.copyOf(plan.parts().get(0).extensions().keySet()));
    assertEquals(EVERY_FIELD, plan);
  }

  @Test
  void yamlWritesEveryFieldBackAsItWas() throws IOException {
    String yaml = StrategyJson.yaml().write(EVERY_FIELD);
    assertEquals(EVERY_FIELD, StrategyJson.yaml().readPlan(yaml), yaml);
    assertTrue(yaml.contains("x-colour: \"green\"") || yaml.contains("x-colour: green")
        || yaml.contains("x-colour: 'green'"), yaml);
  }

  @Test
  void truncatedFalseIsReadAndLeftOut() throws IOException {
    ActionPlan plan = StrategyJson.json().readPlan(EVERY_FIELD_JSON.replace("\"truncated\": true",
        "\"truncated\": false"));
    assertFalse(plan.isTruncated());
    assertFalse(StrategyJson.json().write(plan).contains("truncated"));
  }

  @Test
  void aKindLikeTheTemplatesIsKeptAsWritten() throws IOException {
    ActionPlan plan = ActionPlan.builder().from(EVERY_FIELD).parts(List.of(PlanPart.builder()
        .kind(PartKind.FOCUS_AREA).number("1").build())).build();
    String json = StrategyJson.json().write(plan);
    assertTrue(json.contains("\"kind\": \"focus-area\""), json);
    assertEquals(Optional.of(PartKind.FOCUS_AREA), StrategyJson.json().readPlan(json).parts().get(0).kind());
  }

  @Test
  void extensionNumbersKeepTheirDigitsAndYamlNumbersBecomeJsonNumbers() throws IOException {
    ActionPlan json = StrategyJson.json().readPlan(head(2)
        + "\"x-a\": 1.50, \"x-b\": 1e400, \"x-c\": -0, \"x-d\": 123456789012345678901234567890}");
    assertEquals(Map.of("x-a", "1.50", "x-b", "1e400", "x-c", "-0", "x-d", "123456789012345678901234567890"),
        json.extensions());
    ActionPlan yaml = StrategyJson.yaml().readPlan("format: ifla-strategy-plan\nformatVersion: 2\ntemplate: goals\n"
        + "unit: {name: {en: U}, type: network}\nx-hex: 0x1F\nx-under: 1_000\nx-float: 1.5e3\nx-word: no\n"
        + "x-quoted: '12'\nx-null: null\nx-true: true\n");
    assertEquals(List.of("x-hex", "x-under", "x-float", "x-word", "x-quoted", "x-null", "x-true"),
        List.copyOf(yaml.extensions().keySet()));
    assertEquals(List.of("31", "1000", "1.5e3", "\"no\"", "\"12\"", "null", "true"),
        List.copyOf(yaml.extensions().values()));
    assertEquals(yaml, StrategyJson.yaml().readPlan(StrategyJson.yaml().write(yaml)));
    assertEquals(yaml, StrategyJson.json().readPlan(StrategyJson.json().write(yaml)));
  }

  @Test
  void aYamlNumberJsonCannotWriteIsRefused() {
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml().readPlan(
        "format: ifla-strategy-plan\nformatVersion: 2\ntemplate: goals\nunit: {name: {en: U}, type: network}\n"
            + "x-big: -.inf\n"));
    assertEquals("/x-big", e.pointer());
    assertTrue(e.reason().contains("extension \"x-big\" holds the number \"-.inf\""), e::getMessage);
  }

  @Test
  void anExtensionNamedTwiceIsRefusedAsARepeatedFieldIs() {
    StrategyFormatException twice = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"x-a\": 1, \"x-a\": 2}"));
    assertEquals("/x-a", twice.pointer());
    assertTrue(twice.reason().contains("Duplicate field 'x-a'"), twice::getMessage);
    StrategyFormatException inside = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"x-a\": {\"k\": 1, \"j\": {\"k\": 2}, \"k\": 3}}"));
    assertEquals("/x-a/k", inside.pointer());
    assertTrue(inside.reason().contains("Duplicate field 'k'"), inside::getMessage);
    StrategyFormatException yaml = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan("format: ifla-strategy-plan\nformatVersion: 2\ntemplate: goals\n"
            + "unit: {name: {en: U}, type: network}\nx-a: 1\nx-a: 2\n"));
    assertEquals(6, yaml.line());
  }

  @Test
  void anExtensionsTextsAreCheckedAsEveryText() {
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"x-a\": [\"ok\", \"\\ud800\"]}"));
    assertEquals("/x-a/1", e.pointer());
    assertTrue(e.reason().contains("unpaired surrogate"), e::getMessage);
    StrategyFormatException name = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml()
        .readPlan("format: ifla-strategy-plan\nformatVersion: 2\ntemplate: goals\n"
            + "unit: {name: {en: U}, type: network}\nx-a: {\"\\ud800\": 1}\n"));
    assertEquals("a field name in extension \"x-a\" is not well-formed Unicode", name.reason(), name::getMessage);
  }

  @Test
  void onlyXDashAndANameIsAnExtensionAndOnlyWhereTheModelKeepsThem() {
    StrategyFormatException bare = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"x-\": 1}"));
    assertEquals("/x-", bare.pointer());
    assertTrue(bare.reason().startsWith("unknown field \"x-\" in an action plan; its fields are format, "
        + "formatVersion, unit, title, template, edition, period, status, truncated, fullPlan, mission, alignments, "
        + "contextAlignments, parts, activities, and extensions named \"x-\" and a name"), bare::getMessage);
    StrategyFormatException unit = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan("{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 2, \"template\": \"goals\", "
            + "\"unit\": {\"name\": {\"en\": \"U\"}, \"type\": \"network\", \"x-a\": 1}}"));
    assertEquals("/unit/x-a", unit.pointer());
    assertTrue(unit.reason().equals("unknown field \"x-a\" in a professional unit; its fields are name, type, "
        + "abbreviation"), unit::getMessage);
  }

  @Test
  void aMisspeltFieldOfAPartIsRefusedWithTheNamesOfItsVersion() {
    StrategyFormatException v2 = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"parts\": [{\"number\": \"1\", \"titel\": {\"en\": \"T\"}}]}"));
    assertEquals("/parts/0/titel", v2.pointer());
    assertEquals("unknown field \"titel\" in a part; its fields are number, kind, title, description, status, "
        + "alignments, activities, communication, impactMeasures, collaboration, notes, and extensions named "
        + "\"x-\" and a name", v2.reason());
    StrategyFormatException v1 = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(1) + "\"focusAreas\": [{\"number\": \"1\", \"titel\": {\"en\": \"T\"}}]}"));
    assertEquals("/focusAreas/0/titel", v1.pointer());
    assertEquals("unknown field \"titel\" in a focus area (formatVersion 1); its fields are number, title, "
        + "description, alignments, activities, communication, impactMeasures, collaboration", v1.reason());
    StrategyFormatException v1Plan = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(1) + "\"colour\": 1}"));
    assertEquals("unknown field \"colour\" in an action plan (formatVersion 1); its fields are format, "
        + "formatVersion, unit, title, template, edition, period, status, mission, objectives, alignments, "
        + "focusAreas, activities", v1Plan.reason());
    StrategyFormatException v1Task = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(1) + "\"activities\": [{\"title\": {\"en\": \"A\"}, \"tasks\": [{\"owner\": 1}]}]}"));
    assertEquals("unknown field \"owner\" in a task; its fields are number, text, responsibility, timeframe",
        v1Task.reason());
    StrategyFormatException v2Task = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(2) + "\"activities\": [{\"title\": {\"en\": \"A\"}, \"tasks\": [{\"owner\": 1}]}]}"));
    assertEquals("unknown field \"owner\" in a task; its fields are number, text, responsibility, timeframe, "
        + "and extensions named \"x-\" and a name", v2Task.reason());
  }

  @Test
  void aWrittenExtensionMustHoldOneJsonValue() {
    for (String text : List.of("not json", "1 2", "{\"a\":", "[1]]")) {
      ActionPlan plan = ActionPlan.builder().from(EVERY_FIELD).putExtensions("x-bad", text).build();
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> StrategyJson.json().write(plan),
          text);
      assertTrue(e.getMessage().contains("extension \"x-bad\""), e::getMessage);
    }
  }

  // ---- version 1 read as version 2

  private static String head(int version) {
    return "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": " + version + ", \"template\": \"goals\", "
        + "\"unit\": {\"name\": {\"en\": \"U\"}, \"type\": \"network\"}, ";
  }

  /** A version 1 document of the template with two objectives and a focus area, the focus areas first. */
  private static String v1(PlanTemplate template, boolean headerLast) {
    String header = "\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1";
    String body = "\"unit\": {\"name\": {\"en\": \"U\"}, \"type\": \"network\"}, \"template\": \""
        + template.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\", "
        + "\"focusAreas\": [{\"number\": \"1\", \"title\": {\"en\": \"Area\"}}], "
        + "\"alignments\": [{\"element\": \"SD1\"}], "
        + "\"objectives\": [{\"number\": \"a\", \"text\": {\"en\": \"First\"}}, {\"text\": {\"en\": \"Second\"}}]";
    return headerLast ? "{" + body + ", " + header + "}" : "{" + header + ", " + body + "}";
  }

  static Stream<Arguments> templates() {
    return Stream.of(PlanTemplate.values()).flatMap(t -> Stream.of(Arguments.of(t, false), Arguments.of(t, true)));
  }

  @ParameterizedTest(name = "{0}, header last: {1}")
  @MethodSource("templates")
  void version1ObjectivesAndFocusAreasAreParts(PlanTemplate template, boolean headerLast) throws IOException {
    ActionPlan plan = StrategyJson.json().readPlan(v1(template, headerLast));
    boolean objectives = template == PlanTemplate.OBJECTIVES;
    Optional<PartKind> objectiveKind = objectives ? Optional.empty() : Optional.of(PartKind.OBJECTIVE);
    Optional<PartKind> areaKind = objectives ? Optional.of(PartKind.FOCUS_AREA) : Optional.empty();
    assertEquals(List.of(
        PlanPart.builder().kind(objectiveKind).number("a").title(en("First")).build(),
        PlanPart.builder().kind(objectiveKind).title(en("Second")).build(),
        PlanPart.builder().kind(areaKind).number("1").title(en("Area")).build()), plan.parts());
    assertEquals(List.of(Alignment.builder().element(ElementReference.parse("SD1")).build()), plan.alignments());
    assertEquals(List.of(), plan.contextAlignments());
    assertEquals(List.of(PartKind.OBJECTIVE, PartKind.OBJECTIVE,
        objectives ? PartKind.FOCUS_AREA : template.partKind()), plan.parts().stream()
            .map(p -> p.kindIn(template)).collect(Collectors.toList()));
  }

  @Test
  void aVersion1ObjectiveNeedsItsText() {
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(1) + "\"objectives\": [{\"number\": \"1\"}]}"));
    assertEquals("/objectives/0", e.pointer());
    assertEquals("invalid objective: missing required field text", e.reason());
  }

  /** A version 2 field in a version 1 document, or a version 1 field in a version 2 one: what and where. */
  static Stream<Arguments> otherVersionsFields() {
    return Stream.of(
        Arguments.of(1, "\"parts\": []", "/parts", "field \"parts\" is new in formatVersion 2"),
        Arguments.of(1, "\"contextAlignments\": []", "/contextAlignments",
            "field \"contextAlignments\" is new in formatVersion 2"),
        Arguments.of(1, "\"truncated\": true", "/truncated", "field \"truncated\" is new in formatVersion 2"),
        Arguments.of(1, "\"fullPlan\": \"p\"", "/fullPlan", "field \"fullPlan\" is new in formatVersion 2"),
        Arguments.of(1, "\"x-tool\": 1", "/x-tool", "extension \"x-tool\" is new in formatVersion 2"),
        Arguments.of(1, "\"focusAreas\": [{\"kind\": \"goal\"}]", "/focusAreas/0/kind",
            "field \"kind\" is new in formatVersion 2"),
        Arguments.of(1, "\"focusAreas\": [{\"status\": \"done\"}]", "/focusAreas/0/status",
            "field \"status\" of a part is new in formatVersion 2"),
        Arguments.of(1, "\"focusAreas\": [{\"notes\": {\"en\": \"n\"}}]", "/focusAreas/0/notes",
            "field \"notes\" is new in formatVersion 2"),
        Arguments.of(1, "\"focusAreas\": [{\"x-a\": 1}]", "/focusAreas/0/x-a",
            "extension \"x-a\" is new in formatVersion 2"),
        Arguments.of(1, "\"activities\": [{\"title\": {\"en\": \"A\"}, \"scope\": {\"en\": \"s\"}}]",
            "/activities/0/scope", "field \"scope\" is new in formatVersion 2"),
        Arguments.of(1, "\"activities\": [{\"title\": {\"en\": \"A\"}, \"x-a\": 1}]", "/activities/0/x-a",
            "extension \"x-a\" is new in formatVersion 2"),
        Arguments.of(1, "\"activities\": [{\"title\": {\"en\": \"A\"}, \"tasks\": [{\"text\": {\"en\": \"T\"}, "
            + "\"x-a\": 1}]}]", "/activities/0/tasks/0/x-a", "extension \"x-a\" is new in formatVersion 2"),
        Arguments.of(1, "\"alignments\": [{\"element\": \"SD1\", \"x-a\": 1}]", "/alignments/0/x-a",
            "extension \"x-a\" is new in formatVersion 2"),
        Arguments.of(2, "\"objectives\": []", "/objectives", "field \"objectives\" is of formatVersion 1 only; "
            + "in formatVersion 2 a plan's objectives and focus areas are its \"parts\""),
        Arguments.of(2, "\"focusAreas\": []", "/focusAreas", "field \"focusAreas\" is of formatVersion 1 only"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("otherVersionsFields")
  void eachVersionRefusesTheOthersFields(int version, String field, String pointer, String reason) {
    String first = "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": " + version
        + ", \"template\": \"goals\",\n\"unit\": {\"name\": {\"en\": \"U\"}, \"type\": \"network\"},\n" + field + "}";
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(first));
    assertEquals(pointer, e.pointer(), e::getMessage);
    assertEquals(3, e.line(), e::getMessage);
    assertTrue(e.reason().startsWith(reason), e::getMessage);
    // the header last: the field is found wrong once the version is known, and reported where it stands
    String last = "{\"template\": \"goals\",\n\"unit\": {\"name\": {\"en\": \"U\"}, \"type\": \"network\"},\n"
        + field + ",\n\"format\": \"ifla-strategy-plan\", \"formatVersion\": " + version + "}";
    StrategyFormatException late = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(last));
    assertEquals(pointer, late.pointer(), late::getMessage);
    assertEquals(3, late.line(), late::getMessage);
    assertEquals(e.column(), late.column(), late::getMessage);
    assertEquals(e.reason(), late.reason());
  }

  @ParameterizedTest
  @EnumSource(PlanTemplate.class)
  void aVersion2DocumentWithoutOtherVersionsFieldsReadsWithTheHeaderLast(PlanTemplate template)
      throws IOException {
    ActionPlan plan = ActionPlan.builder().from(EVERY_FIELD).template(template).build();
    String json = StrategyJson.json().write(plan);
    String moved = json.replace("  \"format\": \"ifla-strategy-plan\",\n  \"formatVersion\": 2,\n", "")
        .replace("\n}\n", ",\n  \"format\": \"ifla-strategy-plan\",\n  \"formatVersion\": 2\n}\n");
    assertFalse(moved.startsWith("{\n  \"format\""), moved);
    assertEquals(plan, StrategyJson.json().readPlan(moved));
  }

  @Test
  void unsupportedVersionsNameWhatTheLibraryReads() {
    StrategyFormatException plan = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(3) + "\"status\": \"s\"}"));
    assertEquals("formatVersion 3 is not supported; this library reads versions 1 to 2 of a plan document",
        plan.reason());
    StrategyFormatException zero = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan(head(0) + "\"status\": \"s\"}"));
    assertTrue(zero.reason().startsWith("formatVersion 0 is not supported"), zero::getMessage);
    StrategyFormatException edition = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readEdition("{\"format\": \"ifla-strategy-edition\", \"formatVersion\": 2}"));
    assertEquals("formatVersion 2 is not supported; this library reads version 1 of an edition document",
        edition.reason());
    StrategyFormatException missing = assertThrows(StrategyFormatException.class, () -> StrategyJson.json()
        .readPlan("{\"format\": \"ifla-strategy-plan\"}"));
    assertTrue(missing.reason().endsWith("\"formatVersion\": 2"), missing::getMessage);
  }

  // ---- version 1 and version 2 of generated plans

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The generated plan as version 1 can hold it: its parts of odd number with a title become bare objectives
   * (number and title), the others focus areas, objectives first, each with the kind version 1 gives it; nothing
   * that version 1 lacks (part status and notes, context alignments, truncation).
   */
  static ActionPlan asVersion1Holds(ActionPlan plan) {
    boolean objectivesTemplate = plan.template() == PlanTemplate.OBJECTIVES;
    List<PlanPart> objectives = new ArrayList<>();
    List<PlanPart> areas = new ArrayList<>();
    for (int i = 0; i < plan.parts().size(); i++) {
      PlanPart part = plan.parts().get(i);
      if (i % 2 == 0 && part.title().isPresent()) {
        objectives.add(PlanPart.builder().number(part.number()).title(part.title())
            .kind(objectivesTemplate ? Optional.empty() : Optional.of(PartKind.OBJECTIVE)).build());
      } else {
        areas.add(PlanPart.builder().from(part).status(Optional.empty()).notes(Optional.empty())
            .kind(objectivesTemplate ? Optional.of(PartKind.FOCUS_AREA) : Optional.empty()).build());
      }
    }
    objectives.addAll(areas);
    return ActionPlan.builder().from(plan).parts(objectives).contextAlignments(List.of()).isTruncated(false)
        .fullPlan(Optional.empty()).build();
  }

  /**
   * A small version 1 writer for tests: a version 2 document of a plan that version 1 can hold, in version 1's
   * form, with version 1's order of fields.
   */
  static String toVersion1(String version2) throws IOException {
    ObjectNode v2 = (ObjectNode) MAPPER.readTree(version2);
    boolean objectivesTemplate = v2.get("template").asText().equals("objectives");
    ArrayNode objectives = MAPPER.createArrayNode();
    ArrayNode areas = MAPPER.createArrayNode();
    for (JsonNode node : v2.path("parts")) {
      ObjectNode part = node.deepCopy();
      JsonNode kind = part.remove("kind");
      if (objectivesTemplate ? kind == null : kind != null && kind.asText().equals("objective")) {
        ObjectNode objective = objectives.addObject();
        if (part.has("number")) {
          objective.set("number", part.remove("number"));
        }
        objective.set("text", part.remove("title"));
        assertEquals(0, part.size(), () -> "an objective with more than a number and a title: " + node);
      } else {
        areas.add(part);
      }
    }
    ObjectNode v1 = MAPPER.createObjectNode();
    for (String field : List.of("format", "formatVersion", "unit", "title", "template", "edition", "period",
        "status", "mission", "objectives", "alignments", "focusAreas", "activities")) {
      if (field.equals("formatVersion")) {
        v1.put(field, 1);
      } else if (field.equals("objectives")) {
        if (!objectives.isEmpty()) {
          v1.set(field, objectives);
        }
      } else if (field.equals("focusAreas")) {
        if (!areas.isEmpty()) {
          v1.set(field, areas);
        }
      } else if (v2.has(field)) {
        v1.set(field, v2.get(field));
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(v1);
  }

  @Test
  void aPlanWrittenAsVersion1ReadsToTheSamePlanAsItsVersion2Form() {
    qt().withExamples(200).withShrinkCycles(20).forAll(QuickTheoriesGens.of(Generators.actionPlans())).checkAssert(generated -> {
      ActionPlan plan = asVersion1Holds(generated);
      try {
        String v2 = StrategyJson.json().write(plan);
        String v1 = toVersion1(v2);
        assertTrue(v1.contains("\"formatVersion\" : 1"), v1);
        assertEquals(plan, StrategyJson.json().readPlan(v2), v2);
        assertEquals(plan, StrategyJson.json().readPlan(v1), v1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theVersion1WriterWritesObjectivesAndFocusAreas() throws IOException {
    ActionPlan plan = asVersion1Holds(ActionPlan.builder().from(EVERY_FIELD).addParts(PlanPart.of("3",
        en("Third"))).build());
    assertEquals(List.of(Optional.of(PartKind.OBJECTIVE), Optional.of(PartKind.OBJECTIVE), Optional.empty()),
        plan.parts().stream().map(PlanPart::kind).collect(Collectors.toList()));
    JsonNode v1 = MAPPER.readTree(toVersion1(StrategyJson.json().write(plan)));
    assertEquals(2, v1.get("objectives").size());
    assertEquals("Third", v1.at("/objectives/1/text/en").asText());
    assertEquals(1, v1.get("focusAreas").size());
    assertFalse(v1.has("parts"));
  }

  // ---- FORMAT.md's own examples

  /** The JSON blocks of FORMAT.md that follow the heading, in order. */
  private static List<String> jsonBlocks(String heading) throws IOException {
    String format = java.nio.file.Files.readString(java.nio.file.Path.of("FORMAT.md"));
    int from = format.indexOf("\n" + heading + "\n");
    assertTrue(from >= 0, heading);
    int to = format.indexOf("\n## ", from + 1);
    String section = format.substring(from, to < 0 ? format.length() : to);
    List<String> blocks = new ArrayList<>();
    for (int start = section.indexOf("```json\n"); start >= 0; start = section.indexOf("```json\n", start + 1)) {
      int end = section.indexOf("```", start + 8);
      blocks.add(section.substring(start + 8, end));
    }
    return blocks;
  }

  @Test
  void formatMdsPlanExampleIsAVersion2PlanAndItsExtensionExampleAPart() throws IOException {
    List<String> plan = jsonBlocks("## Action plan");
    assertEquals(2, plan.size(), plan::toString);
    ActionPlan read = StrategyJson.json().readPlan(plan.get(0));
    assertEquals(1, read.parts().size());
    assertEquals(Optional.empty(), read.parts().get(0).kind());
    PlanPart part = StrategyJson.json().read(plan.get(1), PlanPart.class);
    assertEquals(List.of("x-colour", "x-budget"), List.copyOf(part.extensions().keySet()));
    assertEquals("{\"eur\":1200,\"approved\":false}", part.extensions().get("x-budget"));
  }
}
