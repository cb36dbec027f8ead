package org.ifla.strategy.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.junit.jupiter.api.Test;

/** The records baseline does the same job: the same documents in, the same bytes out. */
class PlanRecordsTest {
  @Test
  void recordsReadTheCorpusAndWriteTheSameBytesAsTheLibrary() throws Exception {
    List<ActionPlan> plans = Corpus.plans(Corpus.SEED, 60);
    List<byte[]> documents = Corpus.json(plans);
    ObjectReader reader = PlanRecords.mapper().readerFor(PlanRecords.Plan.class);
    ObjectWriter writer = PlanRecords.mapper().writerFor(PlanRecords.Plan.class);
    for (int i = 0; i < documents.size(); i++) {
      PlanRecords.Plan record = reader.readValue(documents.get(i));
      assertEquals(Corpus.activities(plans.get(i)), PlanRecords.activities(record));
      assertEquals(new String(documents.get(i), UTF_8), writer.writeValueAsString(record) + "\n", "plan " + i);
    }
  }

  @Test
  void theCheckReadsEveryIntervalEditionAndReferenceThatTheModelHolds() throws Exception {
    List<ActionPlan> plans = Corpus.plans(Corpus.SEED, 60);
    List<byte[]> documents = Corpus.json(plans);
    ObjectReader reader = PlanRecords.mapper().readerFor(PlanRecords.Plan.class);
    int total = 0;
    for (int i = 0; i < documents.size(); i++) {
      PlanRecords.Plan record = reader.readValue(documents.get(i));
      int expected = readByTheModel(plans.get(i));
      assertEquals(expected, PlanRecords.check(record), "plan " + i);
      total += expected;
    }
    assertTrue(total > 1000, "the corpus has intervals and references to read: " + total);
  }

  /** What the model holds of what the check reads, counted from the model's plan. */
  private static int readByTheModel(ActionPlan plan) {
    int n = intervals(plan.period()) + (plan.edition().isPresent() ? 1 : 0) + references(plan.alignments())
        + references(plan.contextAlignments());
    for (PlanPart area : plan.parts()) {
      n += references(area.alignments()) + activities(area.activities());
    }
    return n + activities(plan.activities());
  }

  private static int activities(List<Activity> activities) {
    int n = 0;
    for (Activity activity : activities) {
      n += intervals(activity.timeframe()) + references(activity.alignments());
      for (Task task : activity.tasks()) {
        n += intervals(task.timeframe());
      }
    }
    return n;
  }

  private static int intervals(Optional<StatedTimeframe> timeframe) {
    return timeframe.map(t -> t.intervals().size()).orElse(0);
  }

  private static int references(List<Alignment> alignments) {
    return (int) alignments.stream().filter(a -> a.element().isPresent()).count();
  }

  @Test
  void theCheckRefusesAnUnpairedSurrogateInAnyTextAndTakesAPair() {
    PlanRecords.Task paired = new PlanRecords.Task("1", Map.of("en", "a \uD83D\uDE00 b"), null, null);
    PlanRecords.Task lone = new PlanRecords.Task("1", Map.of("en", "a \uD83D b"), null, null);
    PlanRecords.Task loneLow = new PlanRecords.Task("1", Map.of("en", "\uDE00"), null, null);
    PlanRecords.Task loneResponsibility = new PlanRecords.Task("1", Map.of("en", "text"), "\uD83D", null);
    assertEquals(0, PlanRecords.check(planWith(paired)));
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(planWith(lone)));
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(planWith(loneLow)));
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(planWith(loneResponsibility)));
  }

  @Test
  void theCheckReadsATasksTimeframeAndRefusesABadReference() {
    // two ranges in one cell, as StatedTimeframe documents them: two intervals
    PlanRecords.Task task = new PlanRecords.Task("1", Map.of("en", "text"), null,
        "Oct 2019 \u2013 Jan 2020, Feb 2020 \u2013 June 2020");
    assertEquals(2, PlanRecords.check(planWith(task)));
    PlanRecords.Alignment bad = new PlanRecords.Alignment("not a reference", null, null, null, null, null);
    PlanRecords.Plan plan = new PlanRecords.Plan("ifla-strategy-plan", 2, null, null, null, null, null, null,
        null, null, null, List.of(bad), null, null, null);
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(plan));
    PlanRecords.Plan context = new PlanRecords.Plan("ifla-strategy-plan", 2, null, null, null, null, null, null,
        null, null, null, null, List.of(bad), null, null);
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(context));
    assertThrows(IllegalArgumentException.class, () -> PlanRecords.check(plan));
  }

  private static PlanRecords.Plan planWith(PlanRecords.Task task) {
    PlanRecords.Activity activity = new PlanRecords.Activity("1", Map.of("en", "an activity"), null, null,
        List.of(task), null, null, null, null, null);
    return new PlanRecords.Plan("ifla-strategy-plan", 2, null, null, null, null, null, null, null, null, null,
        null, null, null, List.of(activity));
  }
}
