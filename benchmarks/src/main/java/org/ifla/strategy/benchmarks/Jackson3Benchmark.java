package org.ifla.strategy.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.jackson3.StrategyJson;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Groups 1 and 2 again with Jackson 3 ({@code strategy-model-jackson3}): decoding the standard corpus into the
 * model and encoding it, against the same baselines done with Jackson 3 (a bare token scan of Jackson 3's parser,
 * Jackson 3 databind into {@link PlanRecords} that then do the model's reading work, and Jackson 3 databind
 * writing the records). The budgets are the Jackson 2 module's ({@code jackson3.decode.vs.tokenScan},
 * {@code jackson3.decode.vs.checkedRecords}, {@code jackson3.encode.vs.records}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Jackson3Benchmark {
  private List<byte[]> json;
  private JsonFactory factory;
  private ObjectReader records;
  private List<ActionPlan> plans;
  private List<PlanRecords.Plan> recordValues;
  private ObjectWriter recordWriter;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);

  /** Makes the corpus, as bytes, plans and records, and the baselines' parsers and writers. */
  @Setup
  public void setUp() {
    json = Corpus.standardJson();
    plans = Corpus.standardPlans();
    factory = new JsonFactory();
    records = PlanRecords.mapper3().readerFor(PlanRecords.Plan.class);
    recordValues = new ArrayList<>();
    for (byte[] document : json) {
      recordValues.add(records.readValue(document));
    }
    recordWriter = PlanRecords.mapper3().writerFor(PlanRecords.Plan.class);
  }

  /**
   * Decodes every document into an {@code ActionPlan} with the Jackson 3 module.
   *
   * @param blackhole takes the plans
   * @throws IOException never: the corpus is well-formed
   */
  @Benchmark
  public void decodeModel(Blackhole blackhole) throws IOException {
    StrategyJson reader = StrategyJson.json();
    for (byte[] document : json) {
      blackhole.consume(reader.readPlan(new ByteArrayInputStream(document), "corpus"));
    }
  }

  /**
   * Reads every token of every document with a plain Jackson 3 parser, building nothing.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokenScan() {
    long tokens = 0;
    for (byte[] document : json) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(document))) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      }
    }
    return tokens;
  }

  /**
   * Decodes every document into {@link PlanRecords.Plan} with Jackson 3 databind and does to each the model's
   * reading work ({@link PlanRecords#check}).
   *
   * @param blackhole takes the records and what the check read
   */
  @Benchmark
  public void decodeCheckedRecords(Blackhole blackhole) {
    for (byte[] document : json) {
      PlanRecords.Plan plan = records.readValue(new ByteArrayInputStream(document));
      blackhole.consume(PlanRecords.check(plan));
      blackhole.consume(plan);
    }
  }

  /**
   * Writes every plan with the Jackson 3 module.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public int encodeModel() throws IOException {
    out.reset();
    StrategyJson writer = StrategyJson.json();
    for (ActionPlan plan : plans) {
      writer.write(plan, out);
    }
    return out.size();
  }

  /**
   * Writes every record with Jackson 3 databind, each followed by a line end as {@code StrategyJson} writes it.
   *
   * @return the bytes written
   */
  @Benchmark
  public int encodeRecords() {
    out.reset();
    for (PlanRecords.Plan plan : recordValues) {
      recordWriter.writeValue(out, plan);
      out.write('\n');
    }
    return out.size();
  }
}
