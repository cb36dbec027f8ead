package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
 * <p>Immutable and thread-safe.
 */
public final class AlignmentContext {
  private final ActionPlan plan;
  private final EditionCatalog catalog;
  private final ImmutableSet<Locale> requiredLanguages;
  private final Optional<StrategyEdition> edition;
  private final ImmutableList<Located<FocusArea>> focusAreas;
  private final ImmutableList<Located<Activity>> activities;
  private final ImmutableList<Located<Alignment>> alignments;
  private final ImmutableList<Located<StatedTimeframe>> timeframes;
  private final ImmutableList<Located<LocalizedText>> texts;

  private AlignmentContext(ActionPlan plan, EditionCatalog catalog, ImmutableSet<Locale> requiredLanguages) {
    this.plan = requireNonNull(plan, "plan");
    this.catalog = requireNonNull(catalog, "catalog");
    this.requiredLanguages = requiredLanguages;
    this.edition = plan.edition().flatMap(catalog::edition);

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
    return focusAreas;
  }

  /**
   * Returns every activity of the plan, of its parts and of the whole plan, with its location.
   *
   * @return the activities
   */
  public ImmutableList<Located<Activity>> activities() {
    return activities;
  }

  /**
   * Returns every alignment of the plan (of the whole plan, of its parts and of their activities) with its
   * location.
   *
   * @return the alignments
   */
  public ImmutableList<Located<Alignment>> alignments() {
    return alignments;
  }

  /**
   * Returns every stated timeframe of the plan (its period, its activities' and tasks') with its location.
   *
   * @return the timeframes
   */
  public ImmutableList<Located<StatedTimeframe>> timeframes() {
    return timeframes;
  }

  /**
   * Returns every text of the plan with its location.
   *
   * @return the texts
   */
  public ImmutableList<Located<LocalizedText>> texts() {
    return texts;
  }
}
