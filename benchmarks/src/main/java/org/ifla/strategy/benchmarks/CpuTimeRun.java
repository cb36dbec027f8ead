package org.ifla.strategy.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A companion to the budget, not part of it: the benchmarks of groups 1 and 2 run <b>interleaved in one JVM</b>
 * (every round runs each once, in an order that rotates) and timed by the <b>CPU time of the thread</b>, so that
 * time the shared machine gives to others, and a quiet or busy moment that one benchmark's forks catch and
 * another's miss, counts for none of them. Prints, for each benchmark, the least, the first quartile and the
 * median of the rounds after the first quarter (warm-up), and the budget's ratios two ways: of the medians, and
 * paired, the median over rounds of each round's own ratio (the two benchmarks of a round ran within a second
 * of each other, so a busy spell of the machine slows both and leaves their ratio). One more operation, for
 * information and under no budget, is the records baseline followed by {@link PlanRecords#check}, the reading
 * work the model does beyond the records, done on the records.
 *
 * <p>Run from the jar, with the heap settings of the forks: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp
 * benchmarks/target/benchmarks.jar org.ifla.strategy.benchmarks.CpuTimeRun [ROUNDS]} (default 40, about half
 * a minute). The figures are comparable within one run only; the JMH budget remains the measure.
 */
public final class CpuTimeRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The records baseline that also does the model's reading work; for information, not a budget. */
  static final String CHECKED_RECORDS = "DecodeBenchmark.decodeCheckedRecords";

  private CpuTimeRun() {}

  /** One benchmark method, run once. */
  @FunctionalInterface
  interface Operation {
    void run() throws IOException;
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code [ROUNDS]}, at least 4
   * @throws IOException never: the corpus is well-formed
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    if (rounds < 4) {
      System.err.println("usage: CpuTimeRun [ROUNDS], at least 4");
      System.exit(2);
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      System.err.println("this JVM does not measure the CPU time of a thread");
      System.exit(2);
    }
    report(measure(operations(), rounds), System.out);
  }

  /** The benchmarks of groups 1 and 2, with Jackson 2 and with Jackson 3, on the standard corpus, by name. */
  static Map<String, Operation> operations() throws IOException {
    DecodeBenchmark decode = new DecodeBenchmark();
    decode.setUp();
    EncodeBenchmark encode = new EncodeBenchmark();
    encode.setUp();
    Jackson3Benchmark jackson3 = new Jackson3Benchmark();
    jackson3.setUp();
    // JMH's own way to make a Blackhole outside a benchmark run: the text is JMH's required acknowledgement
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Map<String, Operation> operations = new LinkedHashMap<>();
    operations.put("DecodeBenchmark.tokenScan", () -> blackhole.consume(decode.tokenScan()));
    operations.put("DecodeBenchmark.decodeModel", () -> decode.decodeModel(blackhole));
    operations.put("DecodeBenchmark.decodeRecords", () -> decode.decodeRecords(blackhole));
    operations.put("EncodeBenchmark.encodeModel", () -> blackhole.consume(encode.encodeModel()));
    operations.put("EncodeBenchmark.encodeRecords", () -> blackhole.consume(encode.encodeRecords()));
    operations.put(CHECKED_RECORDS, () -> decode.decodeCheckedRecords(blackhole));
    operations.put("Jackson3Benchmark.tokenScan", () -> blackhole.consume(jackson3.tokenScan()));
    operations.put("Jackson3Benchmark.decodeModel", () -> jackson3.decodeModel(blackhole));
    operations.put("Jackson3Benchmark.decodeCheckedRecords", () -> jackson3.decodeCheckedRecords(blackhole));
    operations.put("Jackson3Benchmark.encodeModel", () -> blackhole.consume(jackson3.encodeModel()));
    operations.put("Jackson3Benchmark.encodeRecords", () -> blackhole.consume(jackson3.encodeRecords()));
    return operations;
  }

  /**
   * Runs every operation once per round, starting each round one operation further, and returns each
   * operation's thread CPU times in milliseconds, the first quarter of the rounds left out.
   */
  static Map<String, double[]> measure(Map<String, Operation> operations, int rounds) throws IOException {
    List<String> names = new ArrayList<>(operations.keySet());
    Map<String, double[]> times = new LinkedHashMap<>();
    int warmUp = rounds / 4;
    for (String name : names) {
      times.put(name, new double[rounds - warmUp]);
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((round + i) % names.size());
        long start = THREADS.getCurrentThreadCpuTime();
        operations.get(name).run();
        double millis = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        if (round >= warmUp) {
          times.get(name)[round - warmUp] = millis;
        }
      }
    }
    return times;
  }

  /**
   * Prints each operation's least, first-quartile and median time, and the budget's ratios of the medians and
   * paired by round.
   */
  static void report(Map<String, double[]> times, PrintStream out) {
    Map<String, Double> medians = new LinkedHashMap<>();
    out.println("thread CPU time, ms per operation (interleaved rounds, after warm-up)");
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      double[] sorted = e.getValue().clone();
      Arrays.sort(sorted);
      List<Double> values = new ArrayList<>(sorted.length);
      for (double value : sorted) {
        values.add(value);
      }
      double median = Budget.median(values); // as the budget takes medians
      medians.put(e.getKey(), median);
      out.printf(Locale.ROOT, "  %-36s least %8.2f  quartile %8.2f  median %8.2f%n", e.getKey(), sorted[0],
          quantile(sorted, 0.25), median);
    }
    ratio(out, "decode.vs.tokenScan", times, medians, "DecodeBenchmark.decodeModel", "DecodeBenchmark.tokenScan");
    ratio(out, "decode.vs.checkedRecords", times, medians, "DecodeBenchmark.decodeModel", CHECKED_RECORDS);
    ratio(out, "decode.vs.records", times, medians, "DecodeBenchmark.decodeModel",
        "DecodeBenchmark.decodeRecords", "for information, no budget: records without the model's reading work");
    ratio(out, "encode.vs.records", times, medians, "EncodeBenchmark.encodeModel",
        "EncodeBenchmark.encodeRecords");
    ratio(out, "jackson3.decode.vs.tokenScan", times, medians, "Jackson3Benchmark.decodeModel",
        "Jackson3Benchmark.tokenScan");
    ratio(out, "jackson3.decode.vs.checkedRecords", times, medians, "Jackson3Benchmark.decodeModel",
        "Jackson3Benchmark.decodeCheckedRecords");
    ratio(out, "jackson3.encode.vs.records", times, medians, "Jackson3Benchmark.encodeModel",
        "Jackson3Benchmark.encodeRecords");
  }

  private static void ratio(PrintStream out, String name, Map<String, double[]> times, Map<String, Double> medians,
      String of, String to) {
    ratio(out, name, times, medians, of, to, "the budget is JMH's, see benchmarks/README.md");
  }

  private static void ratio(PrintStream out, String name, Map<String, double[]> times, Map<String, Double> medians,
      String of, String to, String note) {
    if (medians.containsKey(of) && medians.containsKey(to)) {
      out.printf(Locale.ROOT, "%-24s %.3f of the medians, %.3f paired (%s)%n", name,
          medians.get(of) / medians.get(to), paired(times.get(of), times.get(to)), note);
    }
  }

  /** The median over rounds of each round's ratio of {@code of} to {@code to}. */
  static double paired(double[] of, double[] to) {
    if (of.length != to.length) {
      throw new IllegalArgumentException("rounds: " + of.length + " and " + to.length);
    }
    List<Double> ratios = new ArrayList<>(of.length);
    for (int round = 0; round < of.length; round++) {
      ratios.add(of[round] / to[round]);
    }
    return Budget.median(ratios);
  }

  /** The value at that fraction of the sorted values (the lower one where it falls between two). */
  static double quantile(double[] sorted, double fraction) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    return sorted[(int) Math.floor(fraction * (sorted.length - 1))];
  }
}
