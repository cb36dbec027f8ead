package org.ifla.strategy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * The benchmark corpus under both Jackson modules: every plan is written by {@code strategy-model-jackson3} to
 * the very bytes the corpus holds (written by {@code strategy-model-jackson}), in JSON and YAML, and each
 * document reads back with Jackson 3 to the plan it came from. The budgets of the two modules measure the same
 * work.
 */
class Jackson3CorpusTest {
  @Test
  void bothModulesWriteAndReadTheCorpusAlike() throws IOException {
    List<ActionPlan> plans = Corpus.standardPlans();
    List<byte[]> json = Corpus.standardJson();
    List<byte[]> yaml = Corpus.standardYaml();
    org.ifla.strategy.jackson3.StrategyJson json3 = org.ifla.strategy.jackson3.StrategyJson.json();
    org.ifla.strategy.jackson3.StrategyJson yaml3 = org.ifla.strategy.jackson3.StrategyJson.yaml();
    assertEquals(plans.size(), json.size());
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      assertArrayEquals(json.get(i), json3.write(plan).getBytes(StandardCharsets.UTF_8), "JSON of plan " + i);
      assertArrayEquals(yaml.get(i), yaml3.write(plan).getBytes(StandardCharsets.UTF_8), "YAML of plan " + i);
      assertEquals(plan, json3.readPlan(new ByteArrayInputStream(json.get(i)), "corpus"), "plan " + i);
      assertEquals(plan, yaml3.readPlan(new ByteArrayInputStream(yaml.get(i)), "corpus"), "YAML plan " + i);
    }
  }
}
