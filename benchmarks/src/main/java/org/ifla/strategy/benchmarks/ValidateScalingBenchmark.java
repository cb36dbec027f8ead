package org.ifla.strategy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.plan.ActionPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Group 3, second half: checking one plan of 10^3 to 10^6 activities ({@link Corpus#scalingPlan(int)}) with
 * {@link RuleSet#standard()}. The budget divides each score by the number of activities: the cost per activity
 * must stay flat, so that no rule is super-linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Two forks of one warm-up and two measured iterations: at 10^6 activities one check takes seconds (tens of
// seconds on a loaded machine), so each iteration is a single operation there.
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class ValidateScalingBenchmark {
  /** The number of activities of the plan. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int activities;

  private ActionPlan plan;
  private RuleSet rules;

  /** Makes the plan. */
  @Setup
  public void setUp() {
    plan = Corpus.scalingPlan(activities);
    rules = RuleSet.standard();
  }

  /**
   * Checks the plan.
   *
   * @return the report
   */
  @Benchmark
  public AlignmentReport validate() {
    return rules.check(plan);
  }
}
