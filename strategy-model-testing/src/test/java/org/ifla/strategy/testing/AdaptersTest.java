package org.ifla.strategy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.testing.junit.ArbitrarySource;
import org.ifla.strategy.testing.junit.ValidPlanSource;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The JUnit 5 and QuickTheories adapters. */
class AdaptersTest {
  private static final AtomicInteger INVOCATIONS = new AtomicInteger();

  /** Supplies the arbitrary of {@link #everyArbitraryValueArrives(String)}. */
  public static final class Texts implements Supplier<Arbitrary<String>> {
    @Override
    public Arbitrary<String> get() {
      return Generators.labelTexts();
    }
  }

  @ParameterizedTest
  @ArbitrarySource(value = Texts.class, count = 25, size = 0)
  void everyArbitraryValueArrives(String text) {
    INVOCATIONS.incrementAndGet();
    assertEquals(1, text.codePointCount(0, text.length()));
  }

  @ParameterizedTest
  @ValidPlanSource(editions = "ifla-strategy-2024-2029", templates = PlanTemplate.FOCUS_AREAS, count = 25)
  void validPlansArriveValid(ActionPlan plan) {
    INVOCATIONS.incrementAndGet();
    assertEquals(PlanTemplate.FOCUS_AREAS, plan.template());
    assertEquals(List.of(), RuleSet.standard().check(plan, IflaStrategies.catalog()).findings());
  }

  @AfterAll
  static void eachSourceGaveItsCount() {
    assertEquals(50, INVOCATIONS.get());
  }

  @Test
  void quickTheoriesGetsTheKitsValues() {
    AtomicInteger seen = new AtomicInteger();
    qt().withExamples(50).forAll(QuickTheoriesGens.of(Generators.validPlans())).checkAssert(plan -> {
      seen.incrementAndGet();
      assertTrue(RuleSet.standard().check(plan, IflaStrategies.catalog()).isEmpty());
    });
    assertEquals(50, seen.get());
  }

  @Test
  void aPropertyFailureIsShrunkToTheSmallestCounterexampleWithItsSeed() {
    Arbitrary<Integer> numbers = Arbitrary.of((random, size) -> random.nextInt(1000),
        n -> Stream.of(0, n / 2, n - 1).filter(x -> x >= 0 && x < n));
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(numbers).check(n -> assertTrue(n < 100)));
    assertTrue(e.getMessage().contains("seed " + Property.DEFAULT_SEED), e.getMessage());
    assertTrue(e.getMessage().contains("Smallest counterexample (after "), e.getMessage());
    assertTrue(e.getMessage().contains("shrinking steps): 100\n"), e.getMessage());
    long exampleSeed = Long.parseLong(e.getMessage().replaceAll("(?s).*example seed (-?\\d+).*", "$1"));
    int reproduced = Property.forAll(numbers).reproduce(exampleSeed);
    assertTrue(e.getMessage().contains("Original counterexample: " + reproduced + "\n"), e.getMessage());
    assertTrue(reproduced >= 100);
  }
}
