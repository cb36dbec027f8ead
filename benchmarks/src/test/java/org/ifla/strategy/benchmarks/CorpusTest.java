package org.ifla.strategy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.LanguageTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  private static ImmutableList<ActionPlan> plans;
  private static byte[] json;
  private static byte[] yaml;

  @BeforeAll
  static void generate() {
    plans = Corpus.standard();
    json = Corpus.jsonStream(Corpus.json(plans));
    yaml = Corpus.yamlStream(Corpus.yaml(plans));
  }

  @Test
  void twoGenerationsAreByteIdentical() {
    ImmutableList<ActionPlan> again = Corpus.standard();
    assertEquals(plans, again);
    assertArrayEquals(json, Corpus.jsonStream(Corpus.json(again)));
    assertArrayEquals(yaml, Corpus.yamlStream(Corpus.yaml(again)));
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    assertNotEquals(Corpus.plans(Corpus.SEED, 3), Corpus.plans(Corpus.SEED + 1, 3));
    assertEquals(Corpus.plans(Corpus.SEED, 3), plans.subList(0, 3));
  }

  @Test
  void hasTheStatedShape() {
    assertEquals(1000, plans.size());
    int minAreas = Integer.MAX_VALUE;
    int maxAreas = 0;
    int minActivities = Integer.MAX_VALUE;
    int maxActivities = 0;
    for (ActionPlan plan : plans) {
      int areas = plan.parts().size();
      int activities = Corpus.activities(plan);
      assertTrue(areas >= 1 && areas <= 4, () -> areas + " focus areas");
      assertTrue(activities >= 5 && activities <= 30, () -> activities + " activities");
      minAreas = Math.min(minAreas, areas);
      maxAreas = Math.max(maxAreas, areas);
      minActivities = Math.min(minActivities, activities);
      maxActivities = Math.max(maxActivities, activities);
      assertTrue(IflaStrategies.edition(plan.edition().orElseThrow()).isPresent());
      for (PlanPart area : plan.parts()) {
        assertFalse(area.activities().isEmpty());
        assertFalse(area.alignments().isEmpty());
        assertEquals(List.of(LanguageTag.ENGLISH, LanguageTag.CHINESE),
            List.copyOf(area.title().orElseThrow().languages()));
        for (Activity activity : area.activities()) {
          assertFalse(activity.tasks().isEmpty());
          assertEquals(List.of(LanguageTag.ENGLISH, LanguageTag.CHINESE), List.copyOf(activity.title().languages()));
        }
      }
    }
    // the whole ranges are used, not only allowed
    assertEquals(List.of(1, 4, 5, 30), List.of(minAreas, maxAreas, minActivities, maxActivities));
  }

  @Test
  void citesElementsOfTheBundledEditionsWithTheirTitles() {
    int citations = 0;
    int titled = 0;
    for (ActionPlan plan : plans) {
      for (PlanPart area : plan.parts()) {
        for (Alignment alignment : area.alignments()) {
          Optional<StrategyElement> element = IflaStrategies.catalog().resolve(alignment.element().orElseThrow(),
              plan.edition());
          assertTrue(element.isPresent(), () -> alignment + " in " + plan.edition());
          citations++;
          if (element.get().title().labels().stream().anyMatch(l -> l.text().equals(alignment.statedTitle()
              .orElseThrow()))) {
            titled++;
          }
        }
      }
    }
    assertTrue(citations > 2000, citations + " citations");
    // all but the few deliberate mistakes state the element's own title
    assertTrue(titled > 0.98 * citations, titled + " of " + citations);
  }

  @Test
  void documentsAreTheLibrarysOwnOutputAndReadBack() throws Exception {
    List<byte[]> documents = Corpus.json(plans.subList(0, 20));
    for (int i = 0; i < documents.size(); i++) {
      assertEquals(plans.get(i), StrategyJson.json().readPlan(new String(documents.get(i),
          java.nio.charset.StandardCharsets.UTF_8)));
    }
    List<byte[]> yamlDocuments = Corpus.yaml(plans.subList(0, 20));
    for (int i = 0; i < yamlDocuments.size(); i++) {
      assertEquals(plans.get(i), StrategyJson.yaml().readPlan(new String(yamlDocuments.get(i),
          java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  @Test
  void streamsSplitBackIntoTheDocuments() {
    assertDocuments(Corpus.json(plans), Corpus.splitJson(json));
    assertDocuments(Corpus.yaml(plans), Corpus.splitYaml(yaml));
  }

  @Test
  void writtenOnceAsJsonAndYaml(@TempDir Path folder) throws Exception {
    List<Path> files = Corpus.write(folder);
    assertEquals(List.of(folder.resolve("corpus.json"), folder.resolve("corpus.yaml")), files);
    assertArrayEquals(json, Files.readAllBytes(files.get(0)));
    assertArrayEquals(yaml, Files.readAllBytes(files.get(1)));
  }

  @Test
  void scalingPlansHaveExactlyTheActivitiesAskedFor() {
    for (int size : new int[] {4, 1_000, 10_000}) {
      ActionPlan plan = Corpus.scalingPlan(size);
      assertEquals(size, Corpus.activities(plan));
      assertEquals(4, plan.parts().size());
      assertEquals(plan, Corpus.scalingPlan(size));
    }
  }

  private static void assertDocuments(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "document " + i);
    }
  }
}
