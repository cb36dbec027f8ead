package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ifla.strategy.format.ReadLimits;
import org.ifla.strategy.format.YamlScalars;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 module's own YAML: the length limits held on whole scalars as JSON's parser holds them, texts
 * with line breaks only YAML sees written double-quoted, and plain scalars resolved as YAML 1.1 does.
 */
class HardenedYamlTest {
  private static String plan(String status) {
    return "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, \"template\": \"goals\", "
        + "\"unit\": {\"name\": {\"en\": \"A\"}, \"type\": \"network\"}, \"status\": \"" + status + "\"}";
  }

  @Test
  void theStringAndNameLengthLimitsReadJustUnderAndFailJustOverInYaml() {
    StrategyJson yaml = StrategyJson.yaml().withLimits(ReadLimits.defaults().withMaxStringLength(100)
        .withMaxNameLength(20));
    assertEquals("y".repeat(100), yaml.readPlan(plan("y".repeat(100))).status().orElseThrow());
    StrategyFormatException text = assertThrows(StrategyFormatException.class,
        () -> yaml.readPlan(plan("y".repeat(101))));
    assertTrue(text.reason().contains("String value length") && text.reason().contains("maximum allowed (100,"),
        text::getMessage);
    // a language tag is a field name
    String name20 = "en-x-" + "a".repeat(8) + "-" + "b".repeat(6);
    String name21 = name20 + "b";
    String base = plan("s");
    assertEquals(1, yaml.readPlan(base.replace("{\"en\": \"A\"}", "{\"" + name20 + "\": \"A\"}")).unit().name()
        .languages().size());
    StrategyFormatException name = assertThrows(StrategyFormatException.class,
        () -> yaml.readPlan(base.replace("{\"en\": \"A\"}", "{\"" + name21 + "\": \"A\"}")));
    assertTrue(name.reason().contains("Name length") && name.reason().contains("maximum allowed (20,"),
        name::getMessage);
  }

  @Test
  void textsWithLineBreaksOnlyYamlSeesAreWrittenDoubleQuotedAndReadBack() {
    for (String lineBreak : List.of("\u0085", "\u2028", "\u2029")) {
      ActionPlan plan = StrategyJson.json().readPlan(plan("before" + lineBreak + "after"));
      String written = StrategyJson.yaml().write(plan);
      assertTrue(written.contains("status: \"before"), written); // escaped, as YAML escapes it
      assertEquals(plan, StrategyJson.yaml().readPlan(written));
    }
    ActionPlan plain = StrategyJson.json().readPlan(plan("before after"));
    assertTrue(StrategyJson.yaml().write(plain).contains("status: before after\n"));
  }

  @Test
  void plainScalarsResolveAsYamlOneOneResolvesThem() {
    assertEquals(YamlScalars.Kind.INT, YamlScalars.resolve("1".repeat(1024)));
    assertEquals(YamlScalars.Kind.STRING, YamlScalars.resolve("1".repeat(1025)));
    assertEquals(YamlScalars.Kind.FLOAT, YamlScalars.resolve("1." + "5".repeat(1022)));
    assertEquals(YamlScalars.Kind.STRING, YamlScalars.resolve("1." + "5".repeat(1023)));
    for (String value : List.of(".5", ".inf", ".NaN", ".5e3")) {
      assertEquals(YamlScalars.Kind.FLOAT, YamlScalars.resolve(value), value);
    }
    assertEquals(YamlScalars.Kind.FLOAT, YamlScalars.resolve("." + "5".repeat(1023)));
    for (String value : List.of(".", ".x", ".infinity", "." + "5".repeat(1024))) {
      assertEquals(YamlScalars.Kind.STRING, YamlScalars.resolve(value), value);
    }
    assertEquals(YamlScalars.Kind.NULL, YamlScalars.resolve("~"));
    assertEquals(YamlScalars.Kind.BOOL, YamlScalars.resolve("FALSE"));
    assertEquals(YamlScalars.Kind.STRING, YamlScalars.resolve("falsehood"));
    for (String value : List.of("~~", "null".repeat(3), "TRUE".repeat(3), "~" + " ".repeat(20))) {
      assertEquals(YamlScalars.Kind.STRING, YamlScalars.resolve(value), value);
    }
  }
}
