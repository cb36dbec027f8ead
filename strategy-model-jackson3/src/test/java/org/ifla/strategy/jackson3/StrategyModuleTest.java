package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The module on a plain Jackson 3 mapper, as an application (a Spring Boot one, say) has it. */
class StrategyModuleTest {
  @Test
  void isFoundThroughServiceLoading() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof StrategyModule),
        mapper.registeredModules()::toString);
    assertTrue(JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .map(JacksonModule::getModuleName).anyMatch(StrategyModule.NAME::equals));
  }

  @Test
  void hasANameAndTheLibrarysVersion() {
    tools.jackson.core.Version version = new StrategyModule().version();
    assertEquals(List.of("StrategyModule", "org.ifla.strategy", "strategy-model-jackson3", false),
        List.of(new StrategyModule().getModuleName(), version.getGroupId(), version.getArtifactId(),
            version.isUnknownVersion()));
  }

  @Test
  void modelValuesTravelInsideTheCallersOwnTypes() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new StrategyModule()).build();
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    StrategyEdition edition = IflaStrategies.catalog().editions().get(0);
    Map<String, Object> holder = Map.of("plans", List.of(plan));
    String json = mapper.writeValueAsString(holder);
    Map<String, List<ActionPlan>> back = mapper.readValue(json, new TypeReference<Map<String, List<ActionPlan>>>() {});
    assertEquals(plan, back.get("plans").get(0));
    assertEquals(edition, mapper.readValue(mapper.writeValueAsString(edition), StrategyEdition.class));
    // the same bytes as the hardened writer's, but for its layout
    assertEquals(StrategyJson.json().mapper().readTree(StrategyJson.json().write(plan)),
        mapper.readTree(mapper.writeValueAsString(plan)));
  }

  @Test
  void aValueTheModelRefusesIsAReadErrorAtItsPlace() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new StrategyModule())
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    String json = StrategyJson.json().write(SeedPlans.metropolitanLibraries2019()).replace("\"formatVersion\": 2",
        "\"formatVersion\": 9");
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> mapper.readValue(json, ActionPlan.class));
    assertTrue(e.getOriginalMessage().startsWith("formatVersion 9 is not supported"), e::getOriginalMessage);
    assertEquals(3, e.getLocation().getLineNr());
  }

  @Test
  void theFacadeReportsSourceLineColumnAndPointerUnchecked() {
    String yaml = StrategyJson.yaml().write(SeedPlans.metropolitanLibraries2019()).replace("type: ", "type: bogus-");
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> StrategyJson.yaml().readPlan(yaml));
    assertInstanceOf(tools.jackson.core.exc.StreamReadException.class, e);
    assertInstanceOf(RuntimeException.class, e);
    assertEquals("(string)", e.source());
    assertEquals("/unit/type", e.pointer());
    assertTrue(e.line() > 0 && e.column() > 0, e::getMessage);
    assertTrue(e.reason().startsWith("invalid unit type \"bogus-"), e::reason);
    assertEquals("(string):" + e.line() + ":" + e.column() + ": /unit/type: " + e.reason(), e.getMessage());
  }

  private static final String TASK = "{\"number\": \"1\", \"colour\": {\"a\": [1, 2]}, \"text\": {\"en\": \"Draft\"}}";

  @Test
  void unknownFieldsFollowTheMappersConfiguration() {
    ObjectMapper strict = JsonMapper.builder().addModule(new StrategyModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> strict.readValue(TASK, org.ifla.strategy.plan.Task.class));
    assertTrue(e.getOriginalMessage().contains("unknown field \"colour\" in a task"), e::getOriginalMessage);
    // Jackson 3's default: unknown properties do not fail
    ObjectMapper lenient = JsonMapper.builder().addModule(new StrategyModule()).build();
    assertEquals("Draft", lenient.readValue(TASK, org.ifla.strategy.plan.Task.class).text()
        .label(org.ifla.strategy.text.LanguageTag.ENGLISH).orElseThrow().text());
    List<String> seen = new java.util.ArrayList<>();
    ObjectMapper handled = JsonMapper.builder().addModule(new StrategyModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new tools.jackson.databind.deser.DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(tools.jackson.databind.DeserializationContext ctxt,
              tools.jackson.core.JsonParser p, tools.jackson.databind.ValueDeserializer<?> deser,
              Object beanOrClass, String propertyName) {
            seen.add(propertyName + "=" + ctxt.readTree(p));
            return true;
          }
        }).build();
    handled.readValue(TASK, org.ifla.strategy.plan.Task.class);
    assertEquals(List.of("colour={\"a\":[1,2]}"), seen);
    // the hardened reader stays strict
    assertEquals("/colour", assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().read(TASK, org.ifla.strategy.plan.Task.class)).pointer());
  }

  @Test
  void valuesDeclaredAsInterfacesReadBack() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new StrategyModule()).build();
    org.ifla.strategy.framework.StrategyElement element = IflaStrategies.catalog().editions().get(0).areas().get(0);
    assertEquals(element, mapper.readValue(mapper.writeValueAsString(element),
        org.ifla.strategy.framework.StrategyElement.class));
    assertThrows(IllegalArgumentException.class, () -> StrategyJson.json().write(org.ifla.strategy.alignment.RuleSet
        .standard()));
  }

  @Test
  void theCallersIoErrorsStayIoErrorsAndBadBytesAreFormatErrors() {
    // JSON; in YAML, SnakeYAML makes a failing stream a format error, under both modules alike
    for (StrategyJson format : List.of(StrategyJson.json())) {
      java.io.InputStream failing = new java.io.InputStream() {
        @Override
        public int read() throws java.io.IOException {
          throw new java.io.IOException("disk gone");
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
          throw new java.io.IOException("disk gone");
        }
      };
      java.io.IOException e = assertThrows(java.io.IOException.class, () -> format.readPlan(failing, "f"));
      assertEquals("disk gone", e.getMessage());
      java.io.Reader failingReader = new java.io.Reader() {
        @Override
        public int read(char[] b, int off, int len) throws java.io.IOException {
          throw new java.io.IOException("pipe gone");
        }

        @Override
        public void close() {}
      };
      assertEquals("pipe gone", assertThrows(java.io.IOException.class,
          () -> format.readPlan(failingReader, "f")).getMessage());
    }
    byte[] ucs4 = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};
    StrategyFormatException bad = assertThrows(StrategyFormatException.class,
        () -> StrategyJson.json().readPlan(new java.io.ByteArrayInputStream(ucs4), "f"));
    assertEquals("", bad.pointer());
  }
}
