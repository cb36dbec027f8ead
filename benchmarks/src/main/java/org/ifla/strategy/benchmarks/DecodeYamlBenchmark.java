package org.ifla.strategy.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.jackson.StrategyJson;
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
 * Group 1, for information (no budget): decoding the standard corpus from YAML ({@code corpus.yaml}) with
 * {@link StrategyJson#yaml()}. Fewer forks than the JSON benchmarks: one operation takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DecodeYamlBenchmark {
  private List<byte[]> yaml;

  /** Reads the corpus. */
  @Setup
  public void setUp() {
    yaml = Corpus.standardYaml();
  }

  /**
   * Decodes the same plans from YAML (for information; no budget).
   *
   * @param blackhole takes the plans
   * @throws IOException never
   */
  @Benchmark
  public void decodeModelYaml(Blackhole blackhole) throws IOException {
    StrategyJson reader = StrategyJson.yaml();
    for (byte[] document : yaml) {
      blackhole.consume(reader.readPlan(new ByteArrayInputStream(document), "corpus"));
    }
  }
}
