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
 * Group 3, second half: checking plans of 10^3 to 10^6 activities ({@link Corpus#scalingPlan(int)}) with
 * {@link RuleSet#standard()}. The budget divides each score by the number of activities: the cost per activity
 * must stay flat, so that no rule is super-linear.
 *
 * <p>Every size works on the same amount of memory: the fork holds {@link #footprint} activities, in as many
 * distinct plans of {@link #activities} activities as make that up, and each operation checks the next of them
 * in turn. So a plan is read from memory at every size, as a program that checks many plans reads them, and the
 * sizes differ only by what the rules do with a bigger plan. Every size also makes the same amount of data
 * before it is measured, so the garbage collector has moved a like share of it. With one plan checked again and
 * again, the smallest plan (about 1.5 MB) would stay in the processor's caches and the larger ones would not,
 * and the ratio would measure the caches rather than the rules; {@code -p footprint=0} measures that way, for
 * comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Three forks of five warm-up and five measured iterations: checking 10^3-activity plans gets faster for about
// four seconds of compiling; the budget takes the highest and the lowest of four medians, which forks that
// differ by a fifth (the machine is shared) would otherwise decide.
@Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidateScalingBenchmark {
  /** The number of activities of each plan. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int activities;

  /**
   * The number of activities the fork holds, in distinct plans of {@link #activities} activities each (at least
   * one plan); 0 for one plan only.
   */
  @Param({"1000000"})
  public int footprint;

  private ActionPlan[] plans;
  private int next;
  private RuleSet rules;

  /** Makes the plans. */
  @Setup
  public void setUp() {
    plans = new ActionPlan[Math.max(1, footprint / activities)];
    for (int i = 0; i < plans.length; i++) {
      plans[i] = Corpus.scalingPlan(activities);
    }
    rules = RuleSet.standard();
  }

  /**
   * Checks the next plan.
   *
   * @return the report
   */
  @Benchmark
  public AlignmentReport validate() {
    ActionPlan plan = plans[next];
    next = next + 1 == plans.length ? 0 : next + 1;
    return rules.check(plan);
  }
}
