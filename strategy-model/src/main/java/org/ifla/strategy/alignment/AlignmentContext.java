package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.FocusArea;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LocalizedText;

/**
 * What a rule checks: the plan, the editions known (to resolve references and to tell which edition an
 * element belongs to), the edition the plan cites, and the languages the caller wants every text in. It also
 * lists the plan's alignments, parts, activities, timeframes and texts with their locations, so that every
 * rule walks the plan the same way.
 *
 * <p>The lists are made on first use (the standard rules walk the plan without them, and make a location
 * only for what they report). Immutable and thread-safe.
 */
public final class AlignmentContext {
  private final ActionPlan plan;
  private final EditionCatalog catalog;
  private final ImmutableSet<Locale> requiredLanguages;
  private final Optional<StrategyEdition> edition;
  /** The lists of the plan's parts and the walk of its alignments and timeframes, made on first use. */
  private final Lazy lazy = new Lazy();

  private AlignmentContext(ActionPlan plan, EditionCatalog catalog, ImmutableSet<Locale> requiredLanguages) {
    this.plan = requireNonNull(plan, "plan");
    this.catalog = requireNonNull(catalog, "catalog");
    this.requiredLanguages = requiredLanguages;
    this.edition = plan.edition().flatMap(catalog::edition);
  }

  /** Every part of the plan with its location, listed once. */
  private static final class Parts {
    final ImmutableList<Located<FocusArea>> focusAreas;
    final ImmutableList<Located<Activity>> activities;
    final ImmutableList<Located<Alignment>> alignments;
    final ImmutableList<Located<StatedTimeframe>> timeframes;
    final ImmutableList<Located<LocalizedText>> texts;

    Parts(ActionPlan plan) {
      PlanLocation root = PlanLocation.root();
      ImmutableList.Builder<Located<FocusArea>> parts = ImmutableList.builder();
      ImmutableList.Builder<Located<Activity>> acts = ImmutableList.builder();
      ImmutableList.Builder<Located<Alignment>> aligns = ImmutableList.builder();
      ImmutableList.Builder<Located<StatedTimeframe>> times = ImmutableList.builder();
      ImmutableList.Builder<Located<LocalizedText>> txts = ImmutableList.builder();

      txts.add(Located.of(root.child("unit").child("name"), plan.unit().name()));
      text(txts, root.child("title"), plan.title());
      plan.period().ifPresent(p -> times.add(Located.of(root.child("period"), p)));
      text(txts, root.child("mission"), plan.mission());
      for (int i = 0; i < plan.objectives().size(); i++) {
        txts.add(Located.of(root.child("objectives").index(i).child("text"), plan.objectives().get(i).text()));
      }
      alignments(aligns, txts, root, plan.alignments());
      for (int i = 0; i < plan.focusAreas().size(); i++) {
        FocusArea part = plan.focusAreas().get(i);
        PlanLocation at = root.child("focusAreas").index(i);
        parts.add(Located.of(at, part));
        text(txts, at.child("title"), part.title());
        text(txts, at.child("description"), part.description());
        alignments(aligns, txts, at, part.alignments());
        activities(acts, aligns, times, txts, at, part.activities());
        text(txts, at.child("communication"), part.communication());
        text(txts, at.child("impactMeasures"), part.impactMeasures());
        text(txts, at.child("collaboration"), part.collaboration());
      }
      activities(acts, aligns, times, txts, root, plan.activities());

      this.focusAreas = parts.build();
      this.activities = acts.build();
      this.alignments = aligns.build();
      this.timeframes = times.build();
      this.texts = txts.build();
    }
  }

  /**
   * Holds what is made on first use: the {@link Parts}, the {@link Walk}. Two threads may both make one at
   * first; either result is the same, and both are immutable once made, so the context stays immutable to its
   * users.
   */
  private static final class Lazy {
    private volatile Parts parts;
    private volatile Walk walk;
  }

  private Parts parts() {
    Parts p = lazy.parts;
    if (p == null) {
      p = new Parts(plan);
      lazy.parts = p;
    }
    return p;
  }

  private Walk walk() {
    Walk w = lazy.walk;
    if (w == null) {
      w = new Walk(plan);
      lazy.walk = w;
    }
    return w;
  }

  private static void activities(ImmutableList.Builder<Located<Activity>> acts,
      ImmutableList.Builder<Located<Alignment>> aligns, ImmutableList.Builder<Located<StatedTimeframe>> times,
      ImmutableList.Builder<Located<LocalizedText>> txts, PlanLocation parent, List<Activity> list) {
    for (int j = 0; j < list.size(); j++) {
      Activity activity = list.get(j);
      PlanLocation at = parent.child("activities").index(j);
      acts.add(Located.of(at, activity));
      txts.add(Located.of(at.child("title"), activity.title()));
      text(txts, at.child("description"), activity.description());
      activity.timeframe().ifPresent(t -> times.add(Located.of(at.child("timeframe"), t)));
      for (int k = 0; k < activity.tasks().size(); k++) {
        Task task = activity.tasks().get(k);
        PlanLocation taskAt = at.child("tasks").index(k);
        txts.add(Located.of(taskAt.child("text"), task.text()));
        task.timeframe().ifPresent(t -> times.add(Located.of(taskAt.child("timeframe"), t)));
      }
      alignments(aligns, txts, at, activity.alignments());
    }
  }

  private static void alignments(ImmutableList.Builder<Located<Alignment>> aligns,
      ImmutableList.Builder<Located<LocalizedText>> txts, PlanLocation parent, List<Alignment> list) {
    for (int i = 0; i < list.size(); i++) {
      PlanLocation at = parent.child("alignments").index(i);
      aligns.add(Located.of(at, list.get(i)));
      text(txts, at.child("rationale"), list.get(i).rationale());
    }
  }

  private static void text(ImmutableList.Builder<Located<LocalizedText>> txts, PlanLocation at,
      Optional<LocalizedText> text) {
    text.ifPresent(t -> txts.add(Located.of(at, t)));
  }

  // ---- walks, for the standard rules: no list of Located values, a location only for what is reported ------

  /** Visits the alignments of a plan. */
  @FunctionalInterface
  interface AlignmentVisitor {
    void visit(Alignment alignment, Site site);
  }

  /** Visits the stated timeframes of a plan. */
  @FunctionalInterface
  interface TimeframeVisitor {
    void visit(StatedTimeframe timeframe, Site site);
  }

  /**
   * Where a walk is: the indexes of the focus area, activity, task and alignment it is in (-1 for none),
   * made into a {@link PlanLocation} only when a rule asks. One per walk, changed as the walk goes on, so a
   * visitor must not keep it.
   */
  static final class Site {
    private int part = -1;
    private int activity = -1;
    private int task = -1;
    private int alignment = -1;

    /** Whether the walk is at the plan's period (a timeframe of no activity). */
    boolean isPeriod() {
      return activity < 0;
    }

    /** The location of the alignment or timeframe visited. */
    PlanLocation location() {
      PlanLocation at = PlanLocation.root();
      if (part >= 0) {
        at = at.child("focusAreas").index(part);
      }
      if (activity >= 0) {
        at = at.child("activities").index(activity);
      }
      if (alignment >= 0) {
        return at.child("alignments").index(alignment);
      }
      if (task >= 0) {
        at = at.child("tasks").index(task);
      }
      return at.child(activity >= 0 ? "timeframe" : "period");
    }
  }

  /**
   * The plan's alignments and stated timeframes, each with the indexes of where it is (three per value:
   * focus area, activity, and alignment or task; -1 for none), gathered in one pass for all the rules that
   * walk them: a large plan is then read from memory once, not once per rule. Not changed once made.
   */
  private static final class Walk {
    private Alignment[] alignments = new Alignment[8];
    private int[] alignmentSites = new int[24];
    private int alignmentCount;
    private StatedTimeframe[] timeframes = new StatedTimeframe[16];
    private int[] timeframeSites = new int[48];
    private int timeframeCount;

    Walk(ActionPlan plan) {
      addAlignments(plan.alignments(), -1, -1);
      Optional<StatedTimeframe> period = plan.period();
      if (period.isPresent()) {
        addTimeframe(period.get(), -1, -1, -1);
      }
      List<FocusArea> parts = plan.focusAreas();
      for (int i = 0; i < parts.size(); i++) {
        FocusArea part = parts.get(i);
        addAlignments(part.alignments(), i, -1);
        addActivities(part.activities(), i);
      }
      addActivities(plan.activities(), -1);
    }

    private void addActivities(List<Activity> activities, int part) {
      for (int j = 0; j < activities.size(); j++) {
        Activity activity = activities.get(j);
        addAlignments(activity.alignments(), part, j);
        Optional<StatedTimeframe> own = activity.timeframe();
        if (own.isPresent()) {
          addTimeframe(own.get(), part, j, -1);
        }
        List<Task> tasks = activity.tasks();
        for (int k = 0; k < tasks.size(); k++) {
          Optional<StatedTimeframe> time = tasks.get(k).timeframe();
          if (time.isPresent()) {
            addTimeframe(time.get(), part, j, k);
          }
        }
      }
    }

    private void addAlignments(List<Alignment> list, int part, int activity) {
      for (int i = 0; i < list.size(); i++) {
        if (alignmentCount == alignments.length) {
          alignments = Arrays.copyOf(alignments, 2 * alignmentCount);
          alignmentSites = Arrays.copyOf(alignmentSites, 6 * alignmentCount);
        }
        alignments[alignmentCount] = list.get(i);
        int at = 3 * alignmentCount++;
        alignmentSites[at] = part;
        alignmentSites[at + 1] = activity;
        alignmentSites[at + 2] = i;
      }
    }

    private void addTimeframe(StatedTimeframe timeframe, int part, int activity, int task) {
      if (timeframeCount == timeframes.length) {
        timeframes = Arrays.copyOf(timeframes, 2 * timeframeCount);
        timeframeSites = Arrays.copyOf(timeframeSites, 6 * timeframeCount);
      }
      timeframes[timeframeCount] = timeframe;
      int at = 3 * timeframeCount++;
      timeframeSites[at] = part;
      timeframeSites[at + 1] = activity;
      timeframeSites[at + 2] = task;
    }
  }

  /** Visits every alignment, in the order of {@link #alignments()}. */
  void forEachAlignment(AlignmentVisitor visitor) {
    Walk w = walk();
    Site site = new Site();
    int[] sites = w.alignmentSites;
    for (int i = 0; i < w.alignmentCount; i++) {
      site.part = sites[3 * i];
      site.activity = sites[3 * i + 1];
      site.alignment = sites[3 * i + 2];
      visitor.visit(w.alignments[i], site);
    }
  }

  /** Visits every stated timeframe, in the order of {@link #timeframes()}. */
  void forEachTimeframe(TimeframeVisitor visitor) {
    Walk w = walk();
    Site site = new Site();
    int[] sites = w.timeframeSites;
    for (int i = 0; i < w.timeframeCount; i++) {
      site.part = sites[3 * i];
      site.activity = sites[3 * i + 1];
      site.task = sites[3 * i + 2];
      visitor.visit(w.timeframes[i], site);
    }
  }

  /**
   * Returns the context for checking a plan against the bundled IFLA editions, with no required languages.
   *
   * @param plan the plan
   * @return the context
   * @throws NullPointerException if the plan is null
   */
  public static AlignmentContext of(ActionPlan plan) {
    return new AlignmentContext(plan, IflaStrategies.catalog(), ImmutableSet.of());
  }

  /**
   * Returns the context for checking a plan against the editions of a catalog.
   *
   * @param plan the plan
   * @param catalog the known editions
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static AlignmentContext of(ActionPlan plan, EditionCatalog catalog) {
    return new AlignmentContext(plan, catalog, ImmutableSet.of());
  }

  /**
   * Returns this context with the languages every text of the plan should have; the
   * {@code missing-translation} rule reports texts without them.
   *
   * @param languages the wanted languages
   * @return the new context
   * @throws NullPointerException if a language is null
   */
  public AlignmentContext withRequiredLanguages(Iterable<Locale> languages) {
    return new AlignmentContext(plan, catalog, ImmutableSet.copyOf(languages));
  }

  /**
   * Returns the plan being checked.
   *
   * @return the plan
   */
  public ActionPlan plan() {
    return plan;
  }

  /**
   * Returns the known editions.
   *
   * @return the catalog
   */
  public EditionCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the edition the plan cites, if the plan names one that the catalog has.
   *
   * @return the edition, or empty
   */
  public Optional<StrategyEdition> edition() {
    return edition;
  }

  /**
   * Returns the languages every text of the plan should have.
   *
   * @return the languages, possibly empty
   */
  public ImmutableSet<Locale> requiredLanguages() {
    return requiredLanguages;
  }

  /**
   * Returns the element a reference points to: in its own edition if qualified, otherwise in the plan's.
   *
   * @param reference the reference
   * @return the element, or empty if its edition or the element is unknown
   * @throws NullPointerException if the reference is null
   */
  public Optional<StrategyElement> resolve(ElementReference reference) {
    return catalog.resolve(reference, plan.edition());
  }

  /**
   * Returns the plan's parts with their locations ({@code /focusAreas/i}).
   *
   * @return the parts
   */
  public ImmutableList<Located<FocusArea>> focusAreas() {
    return parts().focusAreas;
  }

  /**
   * Returns every activity of the plan, of its parts and of the whole plan, with its location.
   *
   * @return the activities
   */
  public ImmutableList<Located<Activity>> activities() {
    return parts().activities;
  }

  /**
   * Returns every alignment of the plan (of the whole plan, of its parts and of their activities) with its
   * location.
   *
   * @return the alignments
   */
  public ImmutableList<Located<Alignment>> alignments() {
    return parts().alignments;
  }

  /**
   * Returns every stated timeframe of the plan (its period, its activities' and tasks') with its location.
   *
   * @return the timeframes
   */
  public ImmutableList<Located<StatedTimeframe>> timeframes() {
    return parts().timeframes;
  }

  /**
   * Returns every text of the plan with its location.
   *
   * @return the texts
   */
  public ImmutableList<Located<LocalizedText>> texts() {
    return parts().texts;
  }
}
