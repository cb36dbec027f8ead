package org.ifla.strategy.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.jackson.StrategyJson;
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

/**
 * Group 2: encoding the standard corpus to JSON with {@link StrategyJson#json()}, against databind writing
 * {@link PlanRecords} of the same plans (the same bytes; a test keeps that true). One operation writes all
 * {@value Corpus#PLANS} plans into one reused buffer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EncodeBenchmark {
  private List<ActionPlan> plans;
  private List<PlanRecords.Plan> records;
  private ObjectWriter recordWriter;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);

  /**
   * Makes the corpus, as plans and as records.
   *
   * @throws IOException never
   */
  @Setup
  public void setUp() throws IOException {
    plans = Corpus.standardPlans();
    ObjectReader reader = PlanRecords.mapper().readerFor(PlanRecords.Plan.class);
    records = new ArrayList<>();
    for (byte[] document : Corpus.standardJson()) {
      records.add(reader.readValue(document));
    }
    recordWriter = PlanRecords.mapper().writerFor(PlanRecords.Plan.class);
  }

  /**
   * Writes every plan.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public int encodeModel() throws IOException {
    return Corpus.encodeEach(StrategyJson.json(), plans, out);
  }

  /**
   * Writes every record, each followed by a line end as {@code StrategyJson} writes it.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public int encodeRecords() throws IOException {
    out.reset();
    for (PlanRecords.Plan plan : records) {
      recordWriter.writeValue(out, plan);
      out.write('\n');
    }
    return out.size();
  }
}
