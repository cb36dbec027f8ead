package org.ifla.strategy.jackson3;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Timeout;

/**
 * Differential fuzz tests of the Jackson 3 readers against the Jackson 2 ones: whatever the bytes, both modules
 * read them to equal values written to the same bytes, or refuse them with the same message
 * ({@link Equivalence}). The Jackson 2 module's own fuzz tests hold its readers to reading only valid models and
 * failing only with format exceptions; this holds the Jackson 3 module to the same answers, so a defect of its
 * own (an exception the last-resort handler turns into a format exception, a hang, a different place) shows as a
 * difference.
 *
 * <p>Without {@code JAZZER_FUZZ} (every build) each method runs once per file of its regression corpus,
 * {@code src/test/resources/org/ifla/strategy/jackson3/Jackson3FuzzTestInputs/METHOD/}, a link to the Jackson 2
 * module's corpus: both are fuzzed on the same inputs, and what fuzzing either finds is kept for both.
 */
class Jackson3FuzzTest {
  private static final int SECONDS_PER_INPUT = 20;

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readPlanJson(byte[] data) {
    Equivalence.assertAlike(data, false, ActionPlan.class);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readPlanYaml(byte[] data) {
    Equivalence.assertAlike(data, true, ActionPlan.class);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readEditionJson(byte[] data) {
    Equivalence.assertAlike(data, false, StrategyEdition.class);
  }

  @FuzzTest
  @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
  void readEditionYaml(byte[] data) {
    Equivalence.assertAlike(data, true, StrategyEdition.class);
  }
}
