package org.ifla.strategy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetTest {
  private static final MemoryReport.Result NO_COPIES = new MemoryReport.Result(10, 100, 200_000, 250_000, 30, 30,
      40, 0, 0);

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Budget.median(List.of(5.0, 1.0, 3.0)));
    assertEquals(2.5, Budget.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertEquals(7.0, Budget.median(List.of(7.0)));
    assertThrows(IllegalArgumentException.class, () -> Budget.median(List.of()));
  }

  @Test
  void aRatioPassesUpToItsBudgetAndNotBeyond() {
    assertTrue(new Budget.Check("x", 1.0, 1.0, "").pass());
    assertTrue(new Budget.Check("x", 0.5, 1.0, "").pass());
    assertFalse(new Budget.Check("x", 1.0001, 1.0, "").pass());
  }

  @Test
  void ratiosAreMediansOverForksOfTheSameRun() {
    Map<String, List<Double>> scores = passingScores();
    scores.put(Budget.DECODE, List.of(10.0, 30.0, 20.0));     // median 20
    scores.put(Budget.TOKEN_SCAN, List.of(8.0, 12.0, 100.0)); // median 12, the outlier ignored
    Map<String, Budget.Check> checks = byName(Budget.checks(scores, NO_COPIES));
    assertEquals(20.0 / 12.0, checks.get(Budget.DECODE_VS_TOKEN_SCAN).ratio(), 1e-9);
    assertTrue(checks.get(Budget.DECODE_VS_TOKEN_SCAN).pass());
    assertEquals(20.0 / 25.0, checks.get(Budget.DECODE_VS_RECORDS).ratio(), 1e-9);
    assertEquals(4.0 / 20.0, checks.get(Budget.VALIDATE_VS_DECODE).ratio(), 1e-9);
    assertEquals(20.0 / 26.0, checks.get(Budget.DECODE_VS_CHECKED_RECORDS).ratio(), 1e-9);
    assertEquals(21.0 / 12.0, checks.get(Budget.JACKSON3_DECODE_VS_TOKEN_SCAN).ratio(), 1e-9);
    assertEquals(21.0 / 26.0, checks.get(Budget.JACKSON3_DECODE_VS_CHECKED_RECORDS).ratio(), 1e-9);
    assertEquals(11.0 / 12.0, checks.get(Budget.JACKSON3_ENCODE_VS_RECORDS).ratio(), 1e-9);
    assertEquals(11, checks.size());
    assertTrue(checks.values().stream().allMatch(Budget.Check::pass), checks.toString());
  }

  @Test
  void eachBudgetFailsWhenItsRatioIsOver() {
    Map<String, List<Double>> scores = passingScores();
    scores.put(Budget.TOKEN_SCAN, List.of(7.9));                       // decode 20 / 7.9 > 2.5
    scores.put(Budget.DECODE_CHECKED_RECORDS, List.of(19.9));           // decode 20 / 19.9 > 1
    scores.put(Budget.DECODE_RECORDS, List.of(5.0));                    // 20 / 5: for information, no budget
    scores.put(Budget.ENCODE_RECORDS, List.of(9.9));                    // encode 10 / 9.9 > 1
    scores.put(Budget.VALIDATE, List.of(5.1));                          // 5.1 / 20 > 0.25
    scores.put(Budget.SCALING + 1_000_000, List.of(1_000_000 * 1.26e-3)); // 1.26 x the 10^3 cost per activity
    scores.put(Budget.FIRST_USE_VISION, List.of(151.0));                // 151 / 100 > 1.5
    scores.put(Budget.JACKSON3_TOKEN_SCAN, List.of(8.3));               // Jackson 3: decode 21 / 8.3 > 2.5
    scores.put(Budget.JACKSON3_DECODE_CHECKED_RECORDS, List.of(20.9));  // decode 21 / 20.9 > 1
    scores.put(Budget.JACKSON3_ENCODE_RECORDS, List.of(10.9));          // encode 11 / 10.9 > 1
    MemoryReport.Result copies = new MemoryReport.Result(10, 100, 200_000, 250_000, 30, 30, 39, 1, 48);
    Map<String, Budget.Check> checks = byName(Budget.checks(scores, copies));
    for (String name : List.of(Budget.DECODE_VS_TOKEN_SCAN, Budget.DECODE_VS_CHECKED_RECORDS,
        Budget.ENCODE_VS_RECORDS, Budget.VALIDATE_VS_DECODE,
        Budget.VALIDATE_SCALING, Budget.FIRST_USE, Budget.BUNDLED_TEXT_COPIES, Budget.JACKSON3_DECODE_VS_TOKEN_SCAN,
        Budget.JACKSON3_DECODE_VS_CHECKED_RECORDS, Budget.JACKSON3_ENCODE_VS_RECORDS)) {
      assertFalse(checks.get(name).pass(), name + ": " + checks.get(name));
    }
    assertTrue(checks.get(Budget.DECODE_VS_RECORDS).pass(), "reported for information only");
    assertTrue(checks.get(Budget.DECODE_VS_RECORDS).informational());
    assertEquals(4.0, checks.get(Budget.DECODE_VS_RECORDS).ratio(), 1e-9);
    assertEquals(1.26, checks.get(Budget.VALIDATE_SCALING).ratio(), 1e-9);
    assertEquals(1 / 40.0, checks.get(Budget.BUNDLED_TEXT_COPIES).ratio(), 1e-9);
  }

  @Test
  void scalingScoresAreFoundWhateverFootprintTheyRanWithButOnlyOnePerSize() {
    Map<String, List<Double>> scores = passingScores();
    for (int size : Budget.SCALING_SIZES) {
      scores.remove(Budget.SCALING + size);
    }
    // as BudgetRun names them from the JMH parameters: 10^3 costs 1.2 times as much per activity as the others
    scores.put(Budget.SCALING + "1000,footprint=100000", List.of(1000 * 1.2e-3));
    scores.put(Budget.SCALING + "10000,footprint=100000", List.of(10_000 * 1e-3));
    scores.put(Budget.SCALING + "100000,footprint=100000", List.of(100_000 * 1e-3));
    Budget.Check scaling = byName(Budget.checks(scores, NO_COPIES)).get(Budget.VALIDATE_SCALING);
    assertEquals(1.2, scaling.ratio(), 1e-9);
    assertTrue(scaling.pass());
    scores.put(Budget.SCALING + "1000,footprint=0", List.of(1000 * 0.2e-3));
    assertThrows(IllegalArgumentException.class, () -> Budget.checks(scores, NO_COPIES));
  }

  @Test
  void scalingIsCheckedOverTheSizesMeasuredFromTenToTheThreeToAtLeastTenToTheFive() {
    Map<String, List<Double>> scores = passingScores();
    scores.remove(Budget.SCALING + 1_000_000);
    scores.put(Budget.SCALING + 100_000, List.of(100_000 * 1.3e-3));
    Budget.Check scaling = byName(Budget.checks(scores, NO_COPIES)).get(Budget.VALIDATE_SCALING);
    assertEquals(1.3, scaling.ratio(), 1e-9);
    assertFalse(scaling.pass());
    scores.remove(Budget.SCALING + 100_000);
    assertThrows(IllegalArgumentException.class, () -> Budget.checks(scores, NO_COPIES));
  }

  @Test
  void aMissingBenchmarkIsAnError() {
    Map<String, List<Double>> scores = passingScores();
    scores.remove(Budget.ENCODE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Budget.checks(scores, NO_COPIES));
    assertTrue(e.getMessage().contains(Budget.ENCODE), e.getMessage());
  }

  @Test
  void writesBudgetJsonInTheAgreedShape(@TempDir Path folder) throws Exception {
    List<Budget.Check> checks = List.of(new Budget.Check("a.vs.b", 1.23456, 2.0, "x"),
        new Budget.Check("c.vs.d", 3.0, 1.5, "y"));
    Path file = folder.resolve("sub/budget.json");
    Budget.write(checks, file);
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
    assertEquals(List.of("a.vs.b", "c.vs.d"), fieldNames(root));
    assertEquals(1.2346, root.get("a.vs.b").get("ratio").doubleValue());
    assertEquals(2.0, root.get("a.vs.b").get("budget").doubleValue());
    assertTrue(root.get("a.vs.b").get("pass").isBoolean());
    assertTrue(root.get("a.vs.b").get("pass").booleanValue());
    assertFalse(root.get("c.vs.d").get("pass").booleanValue());
    assertEquals(List.of("ratio", "budget", "pass"), fieldNames(root.get("c.vs.d")));
  }

  @Test
  void aRatioForInformationHasNoBudgetInTheJsonOrTheTable(@TempDir Path folder) throws Exception {
    List<Budget.Check> checks = List.of(new Budget.Check("e.vs.f", 4.0, 1.0, "z", true));
    Path file = folder.resolve("budget.json");
    Budget.write(checks, file);
    JsonNode entry = JsonMapper.builder().build().readTree(Files.readString(file)).get("e.vs.f");
    assertEquals(List.of("ratio", "information", "pass"), fieldNames(entry));
    assertTrue(entry.get("pass").booleanValue());
    String table = Budget.table(checks);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("e.vs.f") && l.contains("info") && !l.contains("FAIL")),
        table);
  }

  @Test
  void theTableSaysPassOrFail() {
    String table = Budget.table(List.of(new Budget.Check("a.vs.b", 0.5, 1.0, "x"),
        new Budget.Check("c.vs.d", 3.0, 1.5, "y")));
    assertTrue(table.lines().anyMatch(l -> l.startsWith("a.vs.b") && l.contains("PASS")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("c.vs.d") && l.contains("FAIL")), table);
  }

  /** Scores within every budget: decode 20, token scan 12, records 25 (checked 26), encode 10/12, validate 4, flat scaling. */
  private static Map<String, List<Double>> passingScores() {
    Map<String, List<Double>> scores = new HashMap<>();
    scores.put(Budget.DECODE, List.of(20.0));
    scores.put(Budget.TOKEN_SCAN, List.of(12.0));
    scores.put(Budget.DECODE_RECORDS, List.of(25.0));
    scores.put(Budget.DECODE_CHECKED_RECORDS, List.of(26.0));
    scores.put(Budget.ENCODE, List.of(10.0));
    scores.put(Budget.ENCODE_RECORDS, List.of(12.0));
    scores.put(Budget.VALIDATE, List.of(4.0));
    scores.put(Budget.JACKSON3_DECODE, List.of(21.0));
    scores.put(Budget.JACKSON3_TOKEN_SCAN, List.of(12.0));
    scores.put(Budget.JACKSON3_DECODE_CHECKED_RECORDS, List.of(26.0));
    scores.put(Budget.JACKSON3_ENCODE, List.of(11.0));
    scores.put(Budget.JACKSON3_ENCODE_RECORDS, List.of(12.0));
    for (int size : Budget.SCALING_SIZES) {
      scores.put(Budget.SCALING + size, List.of(size * 1e-3));
    }
    scores.put(Budget.FIRST_USE_VISION, List.of(120.0));
    scores.put(Budget.FIRST_USE_CONSTANT, List.of(100.0));
    return scores;
  }

  private static Map<String, Budget.Check> byName(List<Budget.Check> checks) {
    Map<String, Budget.Check> map = new HashMap<>();
    checks.forEach(c -> map.put(c.name(), c));
    return map;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
