package org.ifla.strategy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuTimeRunTest {
  @Test
  void quantilesTakeTheLowerOfTwoMiddleValues() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8};
    assertEquals(1.0, CpuTimeRun.quantile(sorted, 0));
    assertEquals(2.0, CpuTimeRun.quantile(sorted, 0.25));
    assertEquals(8.0, CpuTimeRun.quantile(sorted, 1));
    assertThrows(IllegalArgumentException.class, () -> CpuTimeRun.quantile(new double[0], 0.5));
  }

  @Test
  void everyRoundRunsEveryOperationOnceInARotatingOrderAndTheFirstQuarterIsLeftOut() throws Exception {
    List<String> order = new ArrayList<>();
    Map<String, CpuTimeRun.Operation> operations = new LinkedHashMap<>();
    for (String name : List.of("a", "b", "c")) {
      operations.put(name, () -> order.add(name));
    }
    Map<String, double[]> times = CpuTimeRun.measure(operations, 8);
    assertEquals(List.of("a", "b", "c", "b", "c", "a", "c", "a", "b"), order.subList(0, 9));
    assertEquals(24, order.size());
    for (double[] values : times.values()) {
      assertEquals(6, values.length);
    }
  }

  @Test
  void pairedRatiosAreTheMedianOfEachRoundsOwnRatio() {
    // a busy round slows both benchmarks of the round: the ratio of the medians moves, the paired one does not
    double[] model = {11, 12, 30, 31, 13};
    double[] records = {10, 10, 25, 25, 10};
    assertEquals(1.2, CpuTimeRun.paired(model, records), 1e-9);
    assertEquals(2.0, CpuTimeRun.paired(new double[] {2, 4}, new double[] {1, 2}), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> CpuTimeRun.paired(new double[1], new double[2]));
  }

  @Test
  void theReportGivesTheBudgetsRatiosOfTheMediansAndPaired() {
    Map<String, double[]> times = new LinkedHashMap<>();
    times.put("DecodeBenchmark.tokenScan", new double[] {10, 12, 11});
    times.put("DecodeBenchmark.decodeModel", new double[] {30, 33, 300});
    times.put("DecodeBenchmark.decodeRecords", new double[] {22, 20, 21});
    times.put(CpuTimeRun.CHECKED_RECORDS, new double[] {15, 22, 100});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CpuTimeRun.report(times, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    // medians 33 / 11 and 33 / 21; paired, the rounds' own ratios (3.0, 2.75, 27.3 and 1.36, 1.65, 14.3)
    assertTrue(report.contains("decode.vs.tokenScan      3.000 of the medians, 3.000 paired"), report);
    // the records alone are for information, under no budget
    assertTrue(report.contains("decode.vs.records        1.571 of the medians, 1.650 paired (for information, no "
        + "budget"), report);
    // the budgeted ratio, medians 33 / 22, paired (2.0, 1.5, 3.0)
    assertTrue(report.contains("decode.vs.checkedRecords 1.500 of the medians, 2.000 paired (the budget is JMH's"),
        report);
    assertTrue(!report.contains("encode.vs.records"), report);
    assertArrayEquals(new double[] {30, 33, 300}, times.get("DecodeBenchmark.decodeModel"));
  }
}
