package org.ifla.strategy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark group and checks the budget: {@code full} (the benchmarks' own settings: 5 forks of 3
 * warm-up and 5 measured one-second iterations, 15 launches per fork for the first-use group), {@code quick}
 * (the default: 2 forks of 2 + 3 half-second iterations, 8 launches per fork; about 3 minutes) or
 * {@code smoke} (50 plans of the corpus, 1 fork, 1 iteration of 100 ms, 1 launch, the scaling benchmark at 10^3
 * activities only: proves that every benchmark runs, checks nothing).
 * Writes the JMH results ({@code jmh-MODE.json}) and, except in smoke mode, {@code budget.json} into the
 * output folder (default {@code benchmarks/target}); prints every ratio with its budget and PASS or FAIL, and
 * exits with status 1 when a budget is missed. Run it from the jar: {@code java -cp benchmarks.jar ...}.
 */
public final class BudgetRun {
  private static final String PACKAGE = BudgetRun.class.getPackageName() + ".";
  private static final String THROUGHPUT_GROUPS = PACKAGE
      + "(DecodeBenchmark|DecodeYamlBenchmark|EncodeBenchmark|Jackson3Benchmark|ValidateBenchmark"
      + "|ValidateScalingBenchmark)\\.";
  private static final String FIRST_USE_GROUP = PACKAGE + "FirstUseBenchmark\\.";

  private BudgetRun() {}

  /**
   * Runs the budget.
   *
   * @param args {@code [full|quick|smoke] [OUTPUT-FOLDER]}
   * @throws RunnerException if a benchmark fails
   * @throws IOException if a result cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    String mode = args.length > 0 ? args[0].replaceFirst("^--", "") : "quick";
    if (!List.of("full", "quick", "smoke").contains(mode)) {
      System.err.println("usage: BudgetRun [full|quick|smoke] [OUTPUT-FOLDER]");
      System.exit(2);
    }
    Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/target");
    long start = System.nanoTime();
    boolean smoke = mode.equals("smoke");
    // smoke mode: 50 plans of the same corpus, so that every benchmark runs quickly
    Path corpus = smoke ? out.resolve("corpus-smoke") : Corpus.folder();
    List<Path> files = Corpus.write(corpus, smoke ? Corpus.plans(Corpus.SEED, 50) : Corpus.standard());
    System.out.println("== corpus: " + files);

    ChainedOptionsBuilder throughput = base(out, mode, "", corpus).include(THROUGHPUT_GROUPS);
    ChainedOptionsBuilder firstUse = base(out, mode, "-firstuse", corpus).include(FIRST_USE_GROUP);
    switch (mode) {
      case "quick":
        // quick: scaling up to 10^5 activities, held in 10^5 (making 10^6 takes seconds), no YAML (no budget)
        throughput.forks(2).warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
            .measurementIterations(3).measurementTime(TimeValue.milliseconds(500))
            .param("activities", "1000", "10000", "100000").param("footprint", "100000")
            .exclude("DecodeYamlBenchmark");
        firstUse.forks(2).warmupIterations(2).measurementIterations(8);
        break;
      case "smoke":
        // the scaling benchmark at its smallest size only, one plan: a cold 10^6-activity iteration takes long
        throughput.forks(1).warmupIterations(0).measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100)).param("activities", "1000").param("footprint", "1000");
        firstUse.forks(1).warmupIterations(0).measurementIterations(1);
        break;
      default:
        break;
    }
    Map<String, List<Double>> scores = new TreeMap<>();
    collect(new Runner(throughput.build()).run(), scores);
    collect(new Runner(firstUse.build()).run(), scores);

    System.out.println("== memory (group 5)");
    MemoryReport.Result memory = MemoryReport.measure(Corpus.splitJson(Files.readAllBytes(files.get(0))));
    System.out.print(MemoryReport.format(memory));

    System.out.printf(Locale.ROOT, "%n== scores (%s mode, %d s)%n", mode,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    scores.forEach((name, forks) -> System.out.printf(Locale.ROOT, "  %-52s median %10.3f ms of %d forks %s%n",
        name, Budget.median(forks), forks.size(), forks));
    if (smoke) {
      System.out.println("smoke mode: every benchmark ran once; these are not measurements, and no budget is checked");
      return;
    }
    List<Budget.Check> checks = Budget.checks(scores, memory);
    System.out.printf(Locale.ROOT, "%n== budget (%s mode)%n", mode);
    System.out.print(Budget.table(checks));
    Path json = out.resolve("budget.json");
    Budget.write(checks, json);
    System.out.println("written: " + json);
    if (checks.stream().anyMatch(c -> !c.pass())) {
      System.exit(1);
    }
  }

  private static ChainedOptionsBuilder base(Path out, String mode, String suffix, Path corpus) {
    return new OptionsBuilder()
        .shouldFailOnError(true)
        // prepended, so that the benchmarks' own appended heap options stay
        .jvmArgsPrepend("-D" + Corpus.FOLDER_PROPERTY + "=" + corpus.toAbsolutePath())
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-" + mode + suffix + ".json").toString());
  }

  /** One score per fork for each benchmark, named as {@link Budget} names them. */
  static void collect(Collection<RunResult> results, Map<String, List<Double>> scores) {
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      StringBuilder name = new StringBuilder(params.getBenchmark().substring(PACKAGE.length()));
      String separator = ":";
      for (String key : params.getParamsKeys()) {
        name.append(separator).append(key).append('=').append(params.getParam(key));
        separator = ",";
      }
      List<Double> forks = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        forks.add(fork.getPrimaryResult().getScore());
      }
      scores.put(name.toString(), forks);
    }
  }
}
