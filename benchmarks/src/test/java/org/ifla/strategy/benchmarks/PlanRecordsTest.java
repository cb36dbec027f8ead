package org.ifla.strategy.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
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
}
