package org.ifla.strategy.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
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
 * Group 1: decoding the standard corpus (one JSON document per plan, {@value Corpus#PLANS} plans per
 * operation) into the model with {@link StrategyJson#json()}, against two baselines over the same bytes: a
 * bare {@link JsonParser} token scan (the floor: every token read, no value built) and Jackson databind into
 * {@link PlanRecords} (what a user would write instead). Decoding YAML is measured for information only,
 * by {@link DecodeYamlBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The heap is touched when the JVM starts (AlwaysPreTouch), as in a process that has run for a while: otherwise
// the first gigabytes a fork allocates fault their pages in one by one, and that kernel time, proportional to
// what a benchmark allocates, lands in the measured iterations (see benchmarks/README.md, "Method").
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeBenchmark {
  private List<byte[]> json;
  private JsonFactory factory;
  private ObjectReader records;

  /** Makes the corpus and the baselines' parsers. */
  @Setup
  public void setUp() {
    json = Corpus.standardJson();
    factory = new JsonFactory();
    records = PlanRecords.mapper().readerFor(PlanRecords.Plan.class);
  }

  /**
   * Decodes every document into an {@code ActionPlan}.
   *
   * @param blackhole takes the plans
   * @throws IOException never: the corpus is well-formed
   */
  @Benchmark
  public void decodeModel(Blackhole blackhole) throws IOException {
    Corpus.decodeEach(StrategyJson.json(), json, blackhole);
  }

  /**
   * Reads every token of every document with a plain parser, building nothing.
   *
   * @return the number of tokens
   * @throws IOException never
   */
  @Benchmark
  public long tokenScan() throws IOException {
    long tokens = 0;
    for (byte[] document : json) {
      try (JsonParser parser = factory.createParser(new ByteArrayInputStream(document))) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      }
    }
    return tokens;
  }

  /**
   * Decodes every document into {@link PlanRecords.Plan} with a default databind mapper.
   *
   * @param blackhole takes the records
   * @throws IOException never
   */
  @Benchmark
  public void decodeRecords(Blackhole blackhole) throws IOException {
    for (byte[] document : json) {
      blackhole.consume(records.readValue(new ByteArrayInputStream(document)));
    }
  }

  /**
   * Decodes every document into {@link PlanRecords.Plan} and does to each the model's reading work
   * ({@link PlanRecords#check}): the baseline of the decoding budget {@code decode.vs.checkedRecords}, a reader
   * that keeps the same promises as the model's.
   *
   * @param blackhole takes the records and what the check read
   * @throws IOException never
   */
  @Benchmark
  public void decodeCheckedRecords(Blackhole blackhole) throws IOException {
    for (byte[] document : json) {
      PlanRecords.Plan plan = records.readValue(new ByteArrayInputStream(document));
      blackhole.consume(PlanRecords.check(plan));
      blackhole.consume(plan);
    }
  }
}
