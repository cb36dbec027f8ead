package org.ifla.strategy.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance budget: which ratios are checked, their limits, and the {@code budget.json} they are written
 * to. Scores come in per benchmark as one score per fork; a benchmark's figure is the median over its forks,
 * and every ratio divides two figures of the same run.
 */
public final class Budget {
  /** Decoding into the model, over a bare token scan of the same bytes. */
  public static final String DECODE_VS_TOKEN_SCAN = "decode.vs.tokenScan";
  /** Decoding into the model, over databind into records: reported for information, under no budget. */
  public static final String DECODE_VS_RECORDS = "decode.vs.records";
  /** Decoding into the model, over databind into records that then do the model's reading work. */
  public static final String DECODE_VS_CHECKED_RECORDS = "decode.vs.checkedRecords";
  /** Encoding the model, over databind writing records. */
  public static final String ENCODE_VS_RECORDS = "encode.vs.records";
  /** Decoding into the model with the Jackson 3 module, over a bare Jackson 3 token scan of the same bytes. */
  public static final String JACKSON3_DECODE_VS_TOKEN_SCAN = "jackson3.decode.vs.tokenScan";
  /** Decoding with the Jackson 3 module, over Jackson 3 databind into records that then do the reading work. */
  public static final String JACKSON3_DECODE_VS_CHECKED_RECORDS = "jackson3.decode.vs.checkedRecords";
  /** Encoding with the Jackson 3 module, over Jackson 3 databind writing records. */
  public static final String JACKSON3_ENCODE_VS_RECORDS = "jackson3.encode.vs.records";
  /** Validating the corpus, over decoding it. */
  public static final String VALIDATE_VS_DECODE = "validate.vs.decode";
  /** The highest validation cost per activity over the lowest, from 10^3 to 10^6 activities (quick: 10^5). */
  public static final String VALIDATE_SCALING = "validate.perActivity.maxOverMin";
  /** A fresh JVM printing the vision, over one printing a constant. */
  public static final String FIRST_USE = "firstUse.vs.constant";
  /** Stated titles and numbers equal to a bundled text that are copies, over all of them. */
  public static final String BUNDLED_TEXT_COPIES = "memory.bundledTextCopies";

  /** The benchmark names the ratios use (class and method, with parameters after a colon). */
  static final String DECODE = "DecodeBenchmark.decodeModel";
  static final String TOKEN_SCAN = "DecodeBenchmark.tokenScan";
  static final String DECODE_RECORDS = "DecodeBenchmark.decodeRecords";
  static final String DECODE_CHECKED_RECORDS = "DecodeBenchmark.decodeCheckedRecords";
  static final String ENCODE = "EncodeBenchmark.encodeModel";
  static final String ENCODE_RECORDS = "EncodeBenchmark.encodeRecords";
  static final String JACKSON3_DECODE = "Jackson3Benchmark.decodeModel";
  static final String JACKSON3_TOKEN_SCAN = "Jackson3Benchmark.tokenScan";
  static final String JACKSON3_DECODE_CHECKED_RECORDS = "Jackson3Benchmark.decodeCheckedRecords";
  static final String JACKSON3_ENCODE = "Jackson3Benchmark.encodeModel";
  static final String JACKSON3_ENCODE_RECORDS = "Jackson3Benchmark.encodeRecords";
  static final String VALIDATE = "ValidateBenchmark.validateCorpus";
  static final String SCALING = "ValidateScalingBenchmark.validate:activities=";
  static final String FIRST_USE_VISION = "FirstUseBenchmark.run:program=vision";
  static final String FIRST_USE_CONSTANT = "FirstUseBenchmark.run:program=constant";
  static final int[] SCALING_SIZES = {1_000, 10_000, 100_000, 1_000_000};

  private Budget() {}

  /**
   * One ratio, checked against its budget or reported for information.
   *
   * @param name the ratio's name
   * @param ratio the measured ratio
   * @param budget the most it may be (for a ratio reported for information, the limit it once had)
   * @param detail the figures it was computed from, for people
   * @param informational whether the ratio is reported for information only, under no budget
   */
  public record Check(String name, double ratio, double budget, String detail, boolean informational) {
    /**
     * A ratio checked against its budget.
     *
     * @param name the ratio's name
     * @param ratio the measured ratio
     * @param budget the most it may be
     * @param detail the figures it was computed from, for people
     */
    public Check(String name, double ratio, double budget, String detail) {
      this(name, ratio, budget, detail, false);
    }

    /**
     * Returns whether the ratio is within its budget; always, for a ratio reported for information.
     *
     * @return whether {@code ratio <= budget}, or true for information
     */
    public boolean pass() {
      return informational || ratio <= budget;
    }
  }

  /**
   * Returns the median of some scores (the mean of the middle two for an even count).
   *
   * @param scores the scores, at least one
   * @return the median
   */
  public static double median(Collection<Double> scores) {
    checkArgument(!scores.isEmpty(), "no scores");
    List<Double> sorted = new ArrayList<>(scores);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Computes every ratio from the benchmarks' scores and the memory figures.
   *
   * @param forkScores per benchmark name, one score per fork (any unit, the same within a benchmark pair)
   * @param memory the memory figures
   * @return the checks, in a fixed order
   * @throws IllegalArgumentException if a benchmark the budget needs has no score
   */
  public static List<Check> checks(Map<String, ? extends Collection<Double>> forkScores,
      MemoryReport.Result memory) {
    List<Check> checks = new ArrayList<>();
    checks.add(ratio(DECODE_VS_TOKEN_SCAN, forkScores, DECODE, TOKEN_SCAN, 2.5));
    checks.add(ratio(DECODE_VS_CHECKED_RECORDS, forkScores, DECODE, DECODE_CHECKED_RECORDS, 1.0));
    Check records = ratio(DECODE_VS_RECORDS, forkScores, DECODE, DECODE_RECORDS, 1.0);
    checks.add(new Check(records.name(), records.ratio(), records.budget(), records.detail(), true));
    checks.add(ratio(ENCODE_VS_RECORDS, forkScores, ENCODE, ENCODE_RECORDS, 1.0));
    checks.add(ratio(JACKSON3_DECODE_VS_TOKEN_SCAN, forkScores, JACKSON3_DECODE, JACKSON3_TOKEN_SCAN, 2.5));
    checks.add(ratio(JACKSON3_DECODE_VS_CHECKED_RECORDS, forkScores, JACKSON3_DECODE,
        JACKSON3_DECODE_CHECKED_RECORDS, 1.0));
    checks.add(ratio(JACKSON3_ENCODE_VS_RECORDS, forkScores, JACKSON3_ENCODE, JACKSON3_ENCODE_RECORDS, 1.0));
    checks.add(ratio(VALIDATE_VS_DECODE, forkScores, VALIDATE, DECODE, 0.25));
    double min = Double.MAX_VALUE;
    double max = 0;
    StringBuilder detail = new StringBuilder("ns per activity:");
    // every size measured, at least 10^3 and 10^5 (the quick mode stops there; the full one goes to 10^6)
    scores(forkScores, scaling(forkScores, SCALING_SIZES[0]));
    scores(forkScores, scaling(forkScores, SCALING_SIZES[2]));
    for (int size : SCALING_SIZES) {
      String name = scaling(forkScores, size);
      if (!forkScores.containsKey(name)) {
        continue;
      }
      double perActivity = median(scores(forkScores, name)) / size;
      min = Math.min(min, perActivity);
      max = Math.max(max, perActivity);
      detail.append(String.format(Locale.ROOT, " %d: %.1f", size, perActivity * 1e6));
    }
    checks.add(new Check(VALIDATE_SCALING, max / min, 1.25, detail.toString()));
    checks.add(ratio(FIRST_USE, forkScores, FIRST_USE_VISION, FIRST_USE_CONSTANT, 1.5));
    long texts = memory.textsShared() + memory.textsCopied();
    checks.add(new Check(BUNDLED_TEXT_COPIES, texts == 0 ? 0 : (double) memory.textsCopied() / texts, 0.0,
        String.format(Locale.ROOT, "%d shared, %d copied; %.0f bytes per activity (records %.0f)",
            memory.textsShared(), memory.textsCopied(), memory.modelBytesPerActivity(),
            memory.recordBytesPerActivity())));
    return checks;
  }

  private static Check ratio(String name, Map<String, ? extends Collection<Double>> forkScores, String numerator,
      String denominator, double budget) {
    double a = median(scores(forkScores, numerator));
    double b = median(scores(forkScores, denominator));
    return new Check(name, a / b, budget, String.format(Locale.ROOT, "%s %.3f / %s %.3f", numerator, a,
        denominator, b));
  }

  /**
   * The name of the scaling benchmark at a size, whatever footprint it ran with (the quick mode holds fewer
   * activities than the full one); {@code SCALING + size} if it did not run.
   */
  private static String scaling(Map<String, ?> forkScores, int size) {
    String name = SCALING + size;
    List<String> runs = new ArrayList<>();
    for (String key : forkScores.keySet()) {
      if (key.equals(name) || key.startsWith(name + ",")) {
        runs.add(key);
      }
    }
    checkArgument(runs.size() <= 1, "the scaling benchmark ran more than once at %s activities: %s", size, runs);
    return runs.isEmpty() ? name : runs.get(0);
  }

  private static Collection<Double> scores(Map<String, ? extends Collection<Double>> forkScores, String name) {
    Collection<Double> scores = forkScores.get(name);
    checkArgument(scores != null && !scores.isEmpty(), "no score for %s (have %s)", name, forkScores.keySet());
    return scores;
  }

  /**
   * Returns the checks as {@code budget.json}: {@code {"name": {"ratio": r, "budget": b, "pass": true}, ...}},
   * ratios rounded to four decimals; a ratio reported for information has {@code "information": true} and no
   * budget.
   *
   * @param checks the checks
   * @return the JSON text, ending with a line end
   */
  public static String toJson(List<Check> checks) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    for (Check check : checks) {
      ObjectNode entry = root.putObject(check.name());
      entry.put("ratio", Math.round(check.ratio() * 10_000) / 10_000.0);
      if (check.informational()) {
        entry.put("information", true);
      } else {
        entry.put("budget", check.budget());
      }
      entry.put("pass", check.pass());
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@link #toJson(List)} to a file.
   *
   * @param checks the checks
   * @param file the file
   * @throws IOException if it cannot be written
   */
  public static void write(List<Check> checks, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, toJson(checks), StandardCharsets.UTF_8);
  }

  /**
   * Returns the checks as a table for people: name, ratio, budget, PASS or FAIL, and the figures.
   *
   * @param checks the checks
   * @return the table
   */
  public static String table(List<Check> checks) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %8s %8s  %-4s  %s%n", "budget",
        "ratio", "limit", "", "figures (medians over forks)"));
    for (Check check : checks) {
      if (check.informational()) {
        s.append(String.format(Locale.ROOT, "%-34s %8.3f %8s  %-4s  %s%n", check.name(), check.ratio(), "-",
            "info", check.detail()));
      } else {
        s.append(String.format(Locale.ROOT, "%-34s %8.3f %8.2f  %-4s  %s%n", check.name(), check.ratio(),
            check.budget(), check.pass() ? "PASS" : "FAIL", check.detail()));
      }
    }
    return s.toString();
  }
}
