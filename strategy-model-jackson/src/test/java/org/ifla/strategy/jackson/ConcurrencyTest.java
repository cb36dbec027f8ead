package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bundled editions, the standard rule set, the {@link StrategyJson} instances and a hardened mapper are
 * shared by 8 threads that read, validate and write the same corpus at once (the golden files, the sample plans,
 * the bad-input corpus and the bundled editions), each in its own order and several times over: every thread
 * gets the same models, reports, written documents and errors as one thread working alone.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 5;

  /** Shared by every thread. */
  private static final RuleSet RULES = RuleSet.standard();
  private static final ObjectMapper SHARED_MAPPER = StrategyJson.newJsonMapper();

  /** A document of the corpus: its name, and its bytes. */
  record Document(String name, byte[] bytes) {}

  /** What a thread makes of one document: equal outcomes mean the same model, report, output and error. */
  record Outcome(Object model, List<?> findings, String englishReport, String chineseReport, String written,
      String error) {}

  static List<Document> corpus() throws IOException, URISyntaxException {
    List<Document> documents = new ArrayList<>();
    for (String folder : List.of("/golden", "/bad")) {
      try (Stream<Path> files = Files.list(Path.of(ConcurrencyTest.class.getResource(folder).toURI()))) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          String name = file.getFileName().toString();
          if (name.endsWith(".json") || name.endsWith(".yaml")) {
            documents.add(new Document(folder.substring(1) + "/" + name, Files.readAllBytes(file)));
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        documents.add(new Document("examples/" + file.getFileName(), Files.readAllBytes(file)));
      }
    }
    return documents;
  }

  /** Reads, checks and writes one document with the shared instances. */
  static Outcome process(Document document) {
    boolean yaml = document.name().endsWith(".yaml");
    StrategyJson format = yaml ? StrategyJson.yaml() : StrategyJson.json();
    boolean edition = document.name().contains("edition-");
    try {
      if (edition) {
        StrategyEdition value = format.readEdition(new ByteArrayInputStream(document.bytes()), document.name());
        return new Outcome(value, List.of(), "", "", format.write(value), null);
      }
      ActionPlan plan = format.readPlan(new ByteArrayInputStream(document.bytes()), document.name());
      if (!yaml) {
        assertEquals(plan, SHARED_MAPPER.readValue(document.bytes(), ActionPlan.class));
      }
      AlignmentReport report = RULES.check(plan);
      return new Outcome(plan, report.findings(), report.format(Locale.ENGLISH), report.format(Locale.CHINESE),
          format.write(plan), null);
    } catch (StrategyFormatException e) {
      return new Outcome(null, List.of(), "", "", "", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled editions as documents, and what each lacks in Chinese. */
  static Map<String, String> editions() {
    Map<String, String> out = new LinkedHashMap<>();
    for (StrategyEdition edition : IflaStrategies.all()) {
      out.put(edition.id() + ".json", StrategyJson.json().write(edition));
      out.put(edition.id() + ".yaml", StrategyJson.yaml().write(edition));
      out.put(edition.id() + ".zh", edition.translationCompleteness(LanguageTag.CHINESE).missing().toString());
    }
    return out;
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    List<Document> corpus = corpus();
    assertTrue(corpus.size() > 40, "the corpus: " + corpus.size());
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Map<String, Object>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          start.await(1, TimeUnit.MINUTES); // all at once, the editions and rules possibly used for the first time
          Map<String, Object> seen = new LinkedHashMap<>(editions());
          List<Document> order = new ArrayList<>(corpus);
          Random random = new Random(seed);
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (Document document : order) {
              Outcome outcome = process(document);
              Object before = seen.putIfAbsent(document.name(), outcome);
              if (before != null) {
                assertEquals(before, outcome, document.name() + " changed between rounds");
              }
            }
          }
          return seen;
        }));
      }
      List<Map<String, Object>> seenByThreads = new ArrayList<>();
      for (Future<Map<String, Object>> result : results) {
        seenByThreads.add(result.get(4, TimeUnit.MINUTES));
      }
      // What one thread alone makes of it, afterwards.
      Map<String, Object> alone = new LinkedHashMap<>(editions());
      for (Document document : corpus) {
        alone.put(document.name(), process(document));
      }
      long read = alone.values().stream().filter(o -> o instanceof Outcome && ((Outcome) o).error() == null)
          .count();
      assertTrue(read >= 6, "documents read: " + read);
      assertFalse(alone.values().stream().filter(o -> o instanceof Outcome).allMatch(o -> ((Outcome) o).error()
          == null), "the bad corpus must fail");
      for (Map<String, Object> seen : seenByThreads) {
        assertEquals(alone.keySet(), seen.keySet());
        for (String name : alone.keySet()) {
          assertEquals(alone.get(name), seen.get(name), name);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
