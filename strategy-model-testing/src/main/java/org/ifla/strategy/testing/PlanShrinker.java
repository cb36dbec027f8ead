package org.ifla.strategy.testing;

import static org.ifla.strategy.testing.Generators.replaced;
import static org.ifla.strategy.testing.Generators.without;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.text.LocalizedText;

/**
 * The simpler forms of plans, parts and activities, each strictly simpler than the value (fewer elements,
 * fewer or shorter texts, shorter or earlier timeframes); a caller that needs validity filters them.
 */
final class PlanShrinker {
  private PlanShrinker() {}

  static Stream<ActionPlan> simplerPlans(ActionPlan plan, int minParts, int minActivities, boolean keepAlignments) {
    List<ActionPlan> out = new ArrayList<>();
    List<PlanPart> parts = plan.parts();
    if (parts.size() > minParts) {
      for (int i = parts.size() - 1; i >= 0; i--) {
        out.add(ActionPlan.builder().from(plan).parts(without(parts, i)).build());
      }
    }
    for (int i = 0; i < plan.alignments().size(); i++) {
      out.add(ActionPlan.builder().from(plan).alignments(without(plan.alignments(), i)).build());
    }
    for (int i = 0; i < plan.contextAlignments().size(); i++) {
      out.add(ActionPlan.builder().from(plan).contextAlignments(without(plan.contextAlignments(), i)).build());
    }
    for (int i = 0; i < plan.activities().size(); i++) {
      out.add(ActionPlan.builder().from(plan).activities(without(plan.activities(), i)).build());
    }
    if (plan.title().isPresent()) {
      out.add(ActionPlan.builder().from(plan).title(Optional.empty()).build());
    }
    plan.period().filter(p -> p.intervals().size() == 1 && !p.isInverted()).ifPresent(p -> {
      Timeframe period = p.intervals().get(0);
      if (period.start().getYear() < period.end().getYear()) {
        out.add(ActionPlan.builder().from(plan).period(StatedTimeframe.of(
            Timeframe.ofYears(period.start().getYear(), period.start().getYear()))).build());
      }
      for (int i = 0; i < parts.size(); i++) {
        PlanPart part = parts.get(i);
        for (int j = 0; j < part.activities().size(); j++) {
          Activity activity = part.activities().get(j);
          Optional<StatedTimeframe> earlier = activity.timeframe().flatMap(t -> earlier(t, period.start()));
          if (earlier.isPresent()) {
            PlanPart moved = PlanPart.builder().from(part).activities(replaced(part.activities(), j,
                Activity.builder().from(activity).timeframe(earlier.get()).build())).build();
            out.add(ActionPlan.builder().from(plan).parts(replaced(parts, i, moved)).build());
          }
        }
      }
    });
    shorter(plan.unit().name()).forEach(name -> out.add(ActionPlan.builder().from(plan)
        .unit(ProfessionalUnit.builder().from(plan.unit()).name(name).build()).build()));
    if (plan.mission().isPresent()) {
      out.add(ActionPlan.builder().from(plan).mission(Optional.empty()).build());
    }
    Stream<ActionPlan> partShrinks = Stream.iterate(0, i -> i < parts.size(), i -> i + 1)
        .flatMap(i -> simplerParts(parts.get(i), minActivities,
            keepAlignments ? Integer.MAX_VALUE : 0)
            .map(p -> ActionPlan.builder().from(plan).parts(replaced(parts, i, p)).build()));
    Stream<ActionPlan> activityShrinks = Stream.iterate(0, i -> i < plan.activities().size(), i -> i + 1)
        .flatMap(i -> simplerActivities(plan.activities().get(i))
            .map(a -> ActionPlan.builder().from(plan).activities(replaced(plan.activities(), i, a)).build()));
    return Stream.concat(out.stream(), Stream.concat(partShrinks, activityShrinks));
  }

  static Stream<PlanPart> simplerParts(PlanPart part, int minActivities, int minAlignments) {
    List<PlanPart> out = new ArrayList<>();
    List<Activity> activities = part.activities();
    if (activities.size() > minActivities) {
      for (int i = activities.size() - 1; i >= 0; i--) {
        out.add(PlanPart.builder().from(part).activities(without(activities, i)).build());
      }
    }
    if (part.alignments().size() > minAlignments) {
      for (int i = part.alignments().size() - 1; i >= 0; i--) {
        out.add(PlanPart.builder().from(part).alignments(without(part.alignments(), i)).build());
      }
    }
    if (part.description().isPresent()) {
      out.add(PlanPart.builder().from(part).description(Optional.empty()).build());
    }
    if (part.collaboration().isPresent()) {
      out.add(PlanPart.builder().from(part).collaboration(Optional.empty()).build());
    }
    if (part.notes().isPresent()) {
      out.add(PlanPart.builder().from(part).notes(Optional.empty()).build());
    }
    part.title().ifPresent(t -> shorter(t).forEach(s -> out.add(PlanPart.builder().from(part).title(s).build())));
    part.impactMeasures().ifPresent(t -> shorter(t)
        .forEach(s -> out.add(PlanPart.builder().from(part).impactMeasures(s).build())));
    part.communication().ifPresent(t -> shorter(t)
        .forEach(s -> out.add(PlanPart.builder().from(part).communication(s).build())));
    Stream<PlanPart> activityShrinks = Stream.iterate(0, i -> i < activities.size(), i -> i + 1)
        .flatMap(i -> simplerActivities(activities.get(i))
            .map(a -> PlanPart.builder().from(part).activities(replaced(activities, i, a)).build()));
    return Stream.concat(out.stream(), activityShrinks);
  }

  static Stream<Activity> simplerActivities(Activity activity) {
    List<Activity> out = new ArrayList<>();
    List<Task> tasks = activity.tasks();
    for (int i = tasks.size() - 1; i >= 0; i--) {
      out.add(Activity.builder().from(activity).tasks(without(tasks, i)).build());
    }
    if (!activity.alignments().isEmpty()) {
      out.add(Activity.builder().from(activity).alignments(List.of()).build());
    }
    if (activity.description().isPresent()) {
      out.add(Activity.builder().from(activity).description(Optional.empty()).build());
    }
    if (!activity.collaborators().isEmpty()) {
      out.add(Activity.builder().from(activity).collaborators(List.of()).build());
    }
    activity.timeframe().ifPresent(t -> shorter(t)
        .forEach(s -> out.add(Activity.builder().from(activity).timeframe(s).build())));
    shorter(activity.title()).forEach(s -> out.add(Activity.builder().from(activity).title(s).build()));
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      int index = i;
      task.timeframe().ifPresent(t -> shorter(t).forEach(s -> out.add(Activity.builder().from(activity)
          .tasks(replaced(tasks, index, Task.builder().from(task).timeframe(s).build())).build())));
      shorter(task.text()).forEach(s -> out.add(Activity.builder().from(activity)
          .tasks(replaced(tasks, index, Task.builder().from(task).text(s).build())).build()));
    }
    return out.stream();
  }

  /** The text with one label fewer or one label's text shortened. */
  static Stream<LocalizedText> shorter(LocalizedText text) {
    return Generators.englishTexts().shrink(text).limit(2);
  }

  /** A timeframe of one interval moved to start at the month given, when it starts later; as long as before. */
  static Optional<StatedTimeframe> earlier(StatedTimeframe stated, java.time.YearMonth start) {
    if (stated.intervals().size() != 1 || stated.isInverted()
        || !stated.intervals().get(0).start().isAfter(start)) {
      return Optional.empty();
    }
    Timeframe t = stated.intervals().get(0);
    return Optional.of(StatedTimeframe.of(Timeframe.of(start, start.plusMonths(t.start().until(t.end(),
        ChronoUnit.MONTHS)))));
  }

  /** A timeframe of one interval made shorter (its first month, its first half): never later, never longer. */
  static Stream<StatedTimeframe> shorter(StatedTimeframe stated) {
    if (stated.intervals().size() != 1 || stated.isInverted()) {
      return Stream.empty();
    }
    Timeframe t = stated.intervals().get(0);
    long length = t.start().until(t.end(), ChronoUnit.MONTHS);
    if (length == 0) {
      return Stream.empty();
    }
    return Stream.of(Timeframe.ofMonth(t.start()), Timeframe.of(t.start(), t.start().plusMonths(length / 2)))
        .distinct().map(StatedTimeframe::of);
  }
}
