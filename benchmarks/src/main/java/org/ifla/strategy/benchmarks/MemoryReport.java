package org.ifla.strategy.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.Label;
import org.openjdk.jol.info.GraphLayout;

/**
 * Group 5: memory. Decodes the standard corpus and measures, with JOL, the retained heap of the decoded plans
 * per activity, against the same documents decoded into {@link PlanRecords}. Then shows whether the texts of
 * the bundled editions are shared or copied by the decoded plans: every alignment's stated title and number
 * and every resolved element is compared, by identity, with the bundled editions' own objects. A text equal to
 * a bundled one but not the same object is a copy.
 */
public final class MemoryReport {
  private MemoryReport() {}

  /**
   * The figures of one measurement.
   *
   * @param plans the plans decoded
   * @param activities their activities
   * @param modelBytes the retained heap of the decoded plans
   * @param recordBytes the retained heap of the same documents as records
   * @param citations alignments that cite an element of a bundled edition
   * @param resolvedShared resolved elements that are the bundled instances
   * @param textsShared stated titles and numbers that are the bundled editions' own strings
   * @param textsCopied stated titles and numbers equal to a bundled text but separate copies of it
   * @param copiedBytes the heap those copies take
   */
  public record Result(int plans, long activities, long modelBytes, long recordBytes, long citations,
      long resolvedShared, long textsShared, long textsCopied, long copiedBytes) {
    /**
     * Returns the decoded plans' retained heap per activity.
     *
     * @return bytes per activity
     */
    public double modelBytesPerActivity() {
      return (double) modelBytes / activities;
    }

    /**
     * Returns the records' retained heap per activity.
     *
     * @return bytes per activity
     */
    public double recordBytesPerActivity() {
      return (double) recordBytes / activities;
    }
  }

  /**
   * Measures the standard corpus.
   *
   * @return the figures
   */
  public static Result measure() {
    return measure(Corpus.standardJson());
  }

  /**
   * Measures the given plan documents.
   *
   * @param documents JSON plan documents
   * @return the figures
   */
  public static Result measure(List<byte[]> documents) {
    List<ActionPlan> plans = new ArrayList<>();
    List<PlanRecords.Plan> records = new ArrayList<>();
    ObjectReader reader = PlanRecords.mapper().readerFor(PlanRecords.Plan.class);
    try {
      for (byte[] document : documents) {
        plans.add(StrategyJson.json().readPlan(new ByteArrayInputStream(document), "corpus"));
        records.add(reader.readValue(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long activities = Corpus.activities(plans);
    List<StrategyEdition> editions = IflaStrategies.all();
    long modelBytes = GraphLayout.parseInstance(plans.toArray()).totalSize();
    long recordBytes = GraphLayout.parseInstance(records.toArray()).totalSize();

    // the bundled editions' own texts, by value, and their elements, by identity
    Map<String, String> bundledTexts = new HashMap<>();
    Set<Object> bundledElements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (StrategyEdition edition : editions) {
      for (StrategyElement element : edition.elements()) {
        bundledElements.add(element);
        element.number().ifPresent(n -> bundledTexts.putIfAbsent(n, n));
        for (Label label : element.title().labels()) {
          bundledTexts.putIfAbsent(label.text(), label.text());
        }
      }
    }
    EditionCatalog catalog = IflaStrategies.catalog();
    long citations = 0;
    long resolvedShared = 0;
    long shared = 0;
    long copied = 0;
    long copiedBytes = 0;
    Set<String> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ActionPlan plan : plans) {
      for (Alignment alignment : alignments(plan)) {
        if (alignment.element().isPresent()) {
          Optional<StrategyElement> element = catalog.resolve(alignment.element().get(), plan.edition());
          if (element.isPresent()) {
            citations++;
            resolvedShared += bundledElements.contains(element.get()) ? 1 : 0;
          }
        }
        List<String> texts = new ArrayList<>(2);
        alignment.statedTitle().ifPresent(texts::add);
        alignment.statedNumber().ifPresent(texts::add);
        for (String text : texts) {
          String bundled = bundledTexts.get(text);
          if (bundled == null) {
            continue;
          }
          if (bundled == text) {
            shared++;
          } else if (seen.add(text)) {
            copied++;
            copiedBytes += GraphLayout.parseInstance(text).totalSize();
          }
        }
      }
    }
    return new Result(plans.size(), activities, modelBytes, recordBytes, citations, resolvedShared, shared,
        copied, copiedBytes);
  }

  private static List<Alignment> alignments(ActionPlan plan) {
    List<Alignment> all = new ArrayList<>(plan.alignments());
    all.addAll(plan.contextAlignments());
    for (PlanPart area : plan.parts()) {
      all.addAll(area.alignments());
      for (Activity activity : area.activities()) {
        all.addAll(activity.alignments());
      }
    }
    for (Activity activity : plan.activities()) {
      all.addAll(activity.alignments());
    }
    return all;
  }

  /**
   * Returns the figures as lines of text.
   *
   * @param r the figures
   * @return the report
   */
  public static String format(Result r) {
    return String.format(Locale.ROOT, "decoded %d plans, %d activities%n"
        + "  retained heap, model:   %,d bytes = %.0f bytes per activity%n"
        + "  retained heap, records: %,d bytes = %.0f bytes per activity (model / records = %.2f)%n"
        + "  citations of bundled elements: %d, resolved to the bundled instances: %d%n"
        + "  stated titles and numbers equal to a bundled text: %d shared, %d copies (%,d bytes)%n",
        r.plans(), r.activities(), r.modelBytes(), r.modelBytesPerActivity(), r.recordBytes(),
        r.recordBytesPerActivity(), r.modelBytesPerActivity() / r.recordBytesPerActivity(),
        r.citations(), r.resolvedShared(), r.textsShared(), r.textsCopied(),
        r.copiedBytes());
  }

  /**
   * Prints the report of the standard corpus.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(format(measure()));
  }

}
