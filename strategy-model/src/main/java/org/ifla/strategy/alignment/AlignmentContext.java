package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * What a rule checks: the plan, the editions known (to resolve references and to tell which edition an
 * element belongs to), the edition the plan cites, and the languages the caller wants every text in. It also
 * lists the plan's alignments, parts, activities, timeframes and texts with their locations, so that every
 * rule walks the plan the same way.
 *
 * <p>The lists are made on first use (the standard rules walk the plan without them, visiting each part of
 * it once for all of them, and make a location only for what they report). Immutable and thread-safe.
 */
public final class AlignmentContext {
  private final ActionPlan plan;
  private final EditionCatalog catalog;
  private final ImmutableSet<LanguageTag> requiredLanguages;
  private final Optional<StrategyEdition> edition;
  /** The lists of the plan's parts, made on first use. */
  private final Lazy lazy = new Lazy();

  private AlignmentContext(ActionPlan plan, EditionCatalog catalog, ImmutableSet<LanguageTag> requiredLanguages) {
    this.plan = requireNonNull(plan, "plan");
    this.catalog = requireNonNull(catalog, "catalog");
    this.requiredLanguages = requiredLanguages;
    this.edition = plan.edition().flatMap(catalog::edition);
  }

  /** Every part of the plan with its location, listed once. */
  private static final class Parts {
    final ImmutableList<Located<PlanPart>> parts;
    final ImmutableList<Located<Activity>> activities;
    final ImmutableList<Located<Alignment>> alignments;
    final ImmutableList<Located<StatedTimeframe>> timeframes;
    final ImmutableList<Located<LocalizedText>> texts;

    Parts(ActionPlan plan) {
      PlanLocation root = PlanLocation.root();
      ImmutableList.Builder<Located<PlanPart>> partList = ImmutableList.builder();
      ImmutableList.Builder<Located<Activity>> acts = ImmutableList.builder();
      ImmutableList.Builder<Located<Alignment>> aligns = ImmutableList.builder();
      ImmutableList.Builder<Located<StatedTimeframe>> times = ImmutableList.builder();
      ImmutableList.Builder<Located<LocalizedText>> txts = ImmutableList.builder();

      txts.add(Located.of(root.child("unit").child("name"), plan.unit().name()));
      text(txts, root.child("title"), plan.title());
      plan.period().ifPresent(p -> times.add(Located.of(root.child("period"), p)));
      text(txts, root.child("mission"), plan.mission());
      alignments(aligns, txts, root, PlanPaths.ALIGNMENTS, plan.alignments());
      alignments(aligns, txts, root, PlanPaths.CONTEXT_ALIGNMENTS, plan.contextAlignments());
      for (int i = 0; i < plan.parts().size(); i++) {
        PlanPart part = plan.parts().get(i);
        PlanLocation at = PlanPaths.part(i);
        partList.add(Located.of(at, part));
        text(txts, at.child("title"), part.title());
        text(txts, at.child("description"), part.description());
        alignments(aligns, txts, at, PlanPaths.ALIGNMENTS, part.alignments());
        activities(acts, aligns, times, txts, at, part.activities());
        text(txts, at.child("communication"), part.communication());
        text(txts, at.child("impactMeasures"), part.impactMeasures());
        text(txts, at.child("collaboration"), part.collaboration());
        text(txts, at.child("notes"), part.notes());
      }
      activities(acts, aligns, times, txts, root, plan.activities());

      this.parts = partList.build();
      this.activities = acts.build();
      this.alignments = aligns.build();
      this.timeframes = times.build();
      this.texts = txts.build();
    }
  }

  /**
   * Holds what is made on first use: the {@link Parts}, and what titles stated alone name. Two threads may
   * both make them at first; either result is the same, and immutable once made, so the context stays
   * immutable to its users.
   */
  private static final class Lazy {
    private volatile Parts parts;
    /** What each title stated alone names in the plan's edition, found on first use (by level and title). */
    private final ConcurrentHashMap<String, TitleResolution> titles = new ConcurrentHashMap<>();
  }

  private Parts lists() {
    Parts p = lazy.parts;
    if (p == null) {
      p = new Parts(plan);
      lazy.parts = p;
    }
    return p;
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
      text(txts, at.child("scope"), activity.scope());
      activity.timeframe().ifPresent(t -> times.add(Located.of(at.child("timeframe"), t)));
      for (int k = 0; k < activity.tasks().size(); k++) {
        Task task = activity.tasks().get(k);
        PlanLocation taskAt = at.child("tasks").index(k);
        txts.add(Located.of(taskAt.child("text"), task.text()));
        task.timeframe().ifPresent(t -> times.add(Located.of(taskAt.child("timeframe"), t)));
      }
      alignments(aligns, txts, at, PlanPaths.ALIGNMENTS, activity.alignments());
    }
  }

  private static void alignments(ImmutableList.Builder<Located<Alignment>> aligns,
      ImmutableList.Builder<Located<LocalizedText>> txts, PlanLocation parent, String field, List<Alignment> list) {
    for (int i = 0; i < list.size(); i++) {
      PlanLocation at = parent.child(field).index(i);
      aligns.add(Located.of(at, list.get(i)));
      text(txts, at.child("rationale"), list.get(i).rationale());
    }
  }

  private static void text(ImmutableList.Builder<Located<LocalizedText>> txts, PlanLocation at,
      Optional<LocalizedText> text) {
    text.ifPresent(t -> txts.add(Located.of(at, t)));
  }

  // ---- the walk, for the standard rules: one visit of each part, a location only for what is reported -----

  @FunctionalInterface
  interface AlignmentVisitor {
    void visit(Alignment alignment, Site site);
  }

  @FunctionalInterface
  interface TimeframeVisitor {
    void visit(StatedTimeframe timeframe, Site site);
  }

  /**
   * What the rules of one check look at in each alignment and each stated timeframe of the plan. The rules
   * add their visitors, and {@link #walk(Visits)} then visits every alignment and timeframe once, with all of
   * them: a part of the plan is read once, while it is in the processor's caches, however many rules look at
   * it and however big the plan is. Not thread-safe: one per check.
   */
  static final class Visits {
    private final List<AlignmentVisitor> alignments = new ArrayList<>(8);
    private final List<TimeframeVisitor> timeframes = new ArrayList<>(4);

    void alignments(AlignmentVisitor visitor) {
      alignments.add(visitor);
    }

    void timeframes(TimeframeVisitor visitor) {
      timeframes.add(visitor);
    }
  }

  /**
   * Where the walk is: indices of the part, the activity, the task and the alignment, -1 for none, and whether
   * the alignment is one of the plan's context alignments.
   */
  static final class Site {
    private boolean context;
    private int part = -1;
    private int activity = -1;
    private int task = -1;
    private int alignment = -1;

    boolean isPeriod() {
      return activity < 0;
    }

    /** Whether the alignment visited only gives context to the plan ({@link ActionPlan#contextAlignments()}). */
    boolean isContext() {
      return context;
    }

    /** Whether the alignment visited is stated for the whole plan, to apply to every part. */
    boolean isAllParts() {
      return !context && part < 0 && activity < 0;
    }

    PlanLocation location() {
      PlanLocation at = PlanLocation.root();
      if (part >= 0) {
        at = PlanPaths.part(part);
      }
      if (activity >= 0) {
        at = at.child("activities").index(activity);
      }
      if (alignment >= 0) {
        return at.child(context ? PlanPaths.CONTEXT_ALIGNMENTS : PlanPaths.ALIGNMENTS).index(alignment);
      }
      if (task >= 0) {
        at = at.child("tasks").index(task);
      }
      return at.child(activity >= 0 ? "timeframe" : "period");
    }
  }

  /**
   * Visits every alignment and stated timeframe of the plan once, in the plan's order, with every visitor of
   * {@code visits}.
   */
  void walk(Visits visits) {
    if (visits.alignments.isEmpty() && visits.timeframes.isEmpty()) {
      return;
    }
    Site site = new Site();
    alignments(visits, site, plan.alignments(), -1, -1);
    site.context = true;
    alignments(visits, site, plan.contextAlignments(), -1, -1);
    site.context = false;
    Optional<StatedTimeframe> period = plan.period();
    if (period.isPresent()) {
      timeframe(visits, site, period.get(), -1, -1, -1);
    }
    List<PlanPart> parts = plan.parts();
    for (int i = 0; i < parts.size(); i++) {
      PlanPart part = parts.get(i);
      alignments(visits, site, part.alignments(), i, -1);
      activities(visits, site, part.activities(), i);
    }
    activities(visits, site, plan.activities(), -1);
  }

  private static void activities(Visits visits, Site site, List<Activity> activities, int part) {
    for (int j = 0; j < activities.size(); j++) {
      Activity activity = activities.get(j);
      alignments(visits, site, activity.alignments(), part, j);
      Optional<StatedTimeframe> own = activity.timeframe();
      if (own.isPresent()) {
        timeframe(visits, site, own.get(), part, j, -1);
      }
      List<Task> tasks = activity.tasks();
      for (int k = 0; k < tasks.size(); k++) {
        Optional<StatedTimeframe> time = tasks.get(k).timeframe();
        if (time.isPresent()) {
          timeframe(visits, site, time.get(), part, j, k);
        }
      }
    }
  }

  private static void alignments(Visits visits, Site site, List<Alignment> list, int part, int activity) {
    List<AlignmentVisitor> visitors = visits.alignments;
    if (visitors.isEmpty()) {
      return;
    }
    site.part = part;
    site.activity = activity;
    site.task = -1;
    for (int i = 0; i < list.size(); i++) {
      Alignment alignment = list.get(i);
      site.alignment = i;
      for (int v = 0; v < visitors.size(); v++) {
        visitors.get(v).visit(alignment, site);
      }
    }
  }

  private static void timeframe(Visits visits, Site site, StatedTimeframe timeframe, int part, int activity,
      int task) {
    List<TimeframeVisitor> visitors = visits.timeframes;
    site.part = part;
    site.activity = activity;
    site.task = task;
    site.alignment = -1;
    for (int v = 0; v < visitors.size(); v++) {
      visitors.get(v).visit(timeframe, site);
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
   * {@code missing-translation} rule reports texts without them (in the sense of
   * {@link LocalizedText#hasLanguage(LanguageTag)}: the same language and script).
   *
   * @param languages the wanted languages
   * @return the new context
   * @throws NullPointerException if a language is null
   */
  public AlignmentContext withRequiredLanguages(Iterable<LanguageTag> languages) {
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
  public ImmutableSet<LanguageTag> requiredLanguages() {
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
   * Returns what an alignment written by its title alone names in the plan's edition: an alignment with a
   * stated title and no element, neither external nor migrated, in a plan whose edition is known.
   *
   * @return the resolution, or empty where the alignment is not one by title alone
   */
  Optional<TitleResolution> byTitle(Alignment alignment) {
    if (edition.isEmpty() || !TitleResolution.isByTitleAlone(alignment)) {
      return Optional.empty();
    }
    Optional<String> stated = alignment.statedTitle();
    Optional<AlignmentLevel> level = alignment.level();
    String key = level.map(Enum::name).orElse("") + '\n' + stated.get();
    return Optional.of(lazy.titles.computeIfAbsent(key, k -> TitleResolution.of(edition.get(), stated.get(), level)));
  }

  /**
   * Returns the element an alignment refers to: the one its reference names (in its own edition if qualified,
   * otherwise in the plan's), or the one its title alone names in the plan's edition.
   *
   * @param alignment the alignment
   * @return the element, or empty when the alignment names none that is known
   * @throws NullPointerException if the alignment is null
   */
  public Optional<StrategyElement> resolve(Alignment alignment) {
    Optional<ElementReference> ref = alignment.element();
    if (ref.isPresent()) {
      return resolve(ref.get());
    }
    return byTitle(alignment).flatMap(TitleResolution::element);
  }

  /**
   * Returns the plan's parts, whatever its template calls them, with their locations ({@code /parts/i}).
   *
   * @return the parts
   */
  public ImmutableList<Located<PlanPart>> parts() {
    return lists().parts;
  }

  /**
   * Returns every activity of the plan, of its parts and of the whole plan, with its location.
   *
   * @return the activities
   */
  public ImmutableList<Located<Activity>> activities() {
    return lists().activities;
  }

  /**
   * Returns every alignment of the plan (of the whole plan, of its parts and of their activities) with its
   * location.
   *
   * @return the alignments
   */
  public ImmutableList<Located<Alignment>> alignments() {
    return lists().alignments;
  }

  /**
   * Returns every stated timeframe of the plan (its period, its activities' and tasks') with its location.
   *
   * @return the timeframes
   */
  public ImmutableList<Located<StatedTimeframe>> timeframes() {
    return lists().timeframes;
  }

  /**
   * Returns every text of the plan with its location.
   *
   * @return the texts
   */
  public ImmutableList<Located<LocalizedText>> texts() {
    return lists().texts;
  }
}
