package org.ifla.strategy.testing;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LocalizedText;

/** How big a plan is: its elements, the code points of its texts, and how late and long its timeframes are. */
final class Complexity {
  private static final YearMonth EARLIEST = YearMonth.of(1000, 1);

  private Complexity() {}

  static long of(ActionPlan plan) {
    long n = text(plan.unit().name()) + text(plan.title()) + text(plan.mission()) + time(plan.period());
    for (Alignment a : plan.alignments()) {
      n += of(a);
    }
    for (Alignment a : plan.contextAlignments()) {
      n += of(a);
    }
    for (PlanPart p : plan.parts()) {
      n += 1 + text(p.title()) + text(p.description()) + text(p.communication()) + text(p.impactMeasures())
          + text(p.collaboration()) + text(p.notes());
      for (Alignment a : p.alignments()) {
        n += of(a);
      }
      for (Activity a : p.activities()) {
        n += of(a);
      }
    }
    for (Activity a : plan.activities()) {
      n += of(a);
    }
    return n;
  }

  private static long of(Alignment a) {
    return 1 + text(a.rationale()) + (a.migratedFrom().isPresent() ? 1 : 0);
  }

  private static long of(Activity a) {
    long n = 1 + text(a.title()) + text(a.description()) + time(a.timeframe()) + a.collaborators().size()
        + a.alignments().size();
    for (Task t : a.tasks()) {
      n += 1 + text(t.text()) + time(t.timeframe());
    }
    return n;
  }

  private static long text(Optional<LocalizedText> text) {
    return text.map(Complexity::text).orElse(0L);
  }

  private static long text(LocalizedText text) {
    return text.labels().stream().mapToLong(l -> 1 + l.text().codePointCount(0, l.text().length())).sum();
  }

  private static long time(Optional<StatedTimeframe> stated) {
    return stated.map(s -> 1 + s.intervals().stream().mapToLong(t -> EARLIEST.until(t.start(), ChronoUnit.MONTHS)
        + Math.abs(t.start().until(t.end(), ChronoUnit.MONTHS))).sum()).orElse(0L);
  }
}
