package org.ifla.strategy.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.plan.ActionPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Group 3, first half: checking the standard corpus with {@link RuleSet#standard()}, one report per plan; its
 * baseline is {@link DecodeBenchmark#decodeModel} of the same corpus, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidateBenchmark {
  private List<ActionPlan> plans;
  private RuleSet rules;

  /** Makes the corpus. */
  @Setup
  public void setUp() {
    plans = Corpus.standardPlans();
    rules = RuleSet.standard();
  }

  /**
   * Checks every plan.
   *
   * @param blackhole takes the reports
   */
  @Benchmark
  public void validateCorpus(Blackhole blackhole) {
    for (ActionPlan plan : plans) {
      blackhole.consume(rules.check(plan));
    }
  }
}
