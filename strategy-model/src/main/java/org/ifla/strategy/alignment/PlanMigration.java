package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;

/**
 * A plan carried into another strategy edition along the crosswalks: {@link #of(ActionPlan, EditionId)} makes
 * a new plan citing the target edition, and a {@link MigrationReport} of what happened to each reference.
 *
 * <p>Each alignment that names an element is resolved in its edition (its own if qualified, else the plan's)
 * and followed along {@link CrosswalkCatalog#between(EditionId, EditionId)}:
 *
 * <ul>
 *   <li>one successor ({@link MigrationOutcome#MAPPED}): the alignment now names it;
 *   <li>several ({@link MigrationOutcome#AMBIGUOUS}): the alignment is written once per successor, in the
 *       crosswalk's order, for the user to choose;
 *   <li>none ({@link MigrationOutcome#RETIRED}, {@link MigrationOutcome#UNKNOWN_ELEMENT},
 *       {@link MigrationOutcome#NO_CROSSWALK}): the alignment is kept without an element.
 * </ul>
 *
 * <p>Nothing else changes: the plan's words (stated numbers and titles, rationales, levels) stay as written,
 * and every migrated alignment keeps its original qualified reference in {@link Alignment#migratedFrom()} (an
 * alignment migrated before keeps the first original). A new reference is qualified where the original was,
 * unqualified otherwise. A reference that already is an element of the target edition is left alone and
 * reported mapped, {@code exact} to itself. Alignments that name no element (a title alone, an external one)
 * are copied unchanged.
 *
 * <p>Migrating step by step (2016-2021 to 2019-2024, then to 2024-2029) cites the same elements, with the same
 * originals, as migrating at once along the composed crosswalk. Step by step, a split that merges again is cited
 * once per branch, and a branch that ends in a retired element leaves an alignment without element; at once,
 * neither happens.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanMigration {
  private final ActionPlan original;
  private final ActionPlan plan;
  private final MigrationReport report;

  private PlanMigration(ActionPlan original, ActionPlan plan, MigrationReport report) {
    this.original = original;
    this.plan = plan;
    this.report = report;
  }

  /**
   * Migrates a plan to a bundled edition along the bundled crosswalks ({@link IflaStrategies#crosswalks()}).
   *
   * @param plan the plan, citing an edition
   * @param target the edition the new plan is to cite
   * @return the migration
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan names no edition
   */
  public static PlanMigration of(ActionPlan plan, EditionId target) {
    return of(plan, target, IflaStrategies.crosswalks());
  }

  /**
   * Migrates a plan to an edition along the given crosswalks.
   *
   * @param plan the plan, citing an edition
   * @param target the edition the new plan is to cite
   * @param crosswalks the crosswalks to follow
   * @return the migration
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan names no edition
   */
  public static PlanMigration of(ActionPlan plan, EditionId target, CrosswalkCatalog crosswalks) {
    requireNonNull(plan, "plan");
    requireNonNull(target, "target");
    requireNonNull(crosswalks, "crosswalks");
    checkArgument(plan.edition().isPresent(), "the plan of %s names no edition to migrate from",
        plan.unit().name());
    Migrator m = new Migrator(plan.edition().get(), target, crosswalks);
    PlanLocation root = PlanLocation.root();
    ActionPlan.Builder migrated = ActionPlan.builder().from(plan).edition(target)
        .alignments(m.alignments(root, PlanPaths.ALIGNMENTS, plan.alignments()))
        .contextAlignments(m.alignments(root, PlanPaths.CONTEXT_ALIGNMENTS, plan.contextAlignments()));
    List<String> notes = new ArrayList<>();
    Optional<StrategyEdition> targetEdition = IflaStrategies.catalog().edition(target);
    if (plan.period().isPresent() && targetEdition.isPresent() && outside(plan.period().get(), targetEdition.get())) {
      StrategyEdition e = targetEdition.get();
      notes.add("the plan's period \"" + plan.period().get().text() + "\" lies outside " + target + " ("
          + e.firstYear() + "-" + e.lastYear() + "): the migrated plan states no period");
      migrated.period(Optional.empty());
    }
    List<PlanPart> parts = new ArrayList<>();
    for (int i = 0; i < plan.parts().size(); i++) {
      PlanPart part = plan.parts().get(i);
      PlanLocation at = PlanPaths.part(i);
      List<Alignment> alignments = m.alignments(at, PlanPaths.ALIGNMENTS, part.alignments());
      parts.add(PlanPart.builder().from(part).alignments(alignments)
          .activities(m.activities(at, part.activities())).build());
    }
    migrated.parts(parts).activities(m.activities(root, plan.activities()));
    MigrationReport report = MigrationReport.builder().sourceEdition(plan.edition().get()).targetEdition(target)
        .references(m.references).notes(notes).build();
    return new PlanMigration(plan, migrated.build(), report);
  }

  /** Whether a period that has readable intervals has none overlapping the edition's years. */
  private static boolean outside(StatedTimeframe period, StrategyEdition edition) {
    List<Timeframe> intervals = period.intervals();
    Timeframe years = Timeframe.ofYears(edition.firstYear(), edition.lastYear());
    return !intervals.isEmpty() && intervals.stream().noneMatch(years::overlaps);
  }

  /**
   * Returns the plan as it was.
   *
   * @return the original plan
   */
  public ActionPlan original() {
    return original;
  }

  /**
   * Returns the migrated plan, citing the target edition.
   *
   * @return the new plan
   */
  public ActionPlan plan() {
    return plan;
  }

  /**
   * Returns what happened to each reference.
   *
   * @return the report
   */
  public MigrationReport report() {
    return report;
  }

  /** The state of one migration: the editions, the crosswalks and the references seen so far. */
  private static final class Migrator {
    private final EditionId source;
    private final EditionId target;
    private final CrosswalkCatalog crosswalks;
    private final List<MigratedReference> references = new ArrayList<>();
    /** The source edition, to find what alignments by title alone name; null if it is not bundled. */
    private final StrategyEdition sourceEdition;
    /** The target edition, to keep alignments off elements one cannot align to; null if it is not bundled. */
    private final StrategyEdition targetEdition;

    Migrator(EditionId source, EditionId target, CrosswalkCatalog crosswalks) {
      this.source = source;
      this.target = target;
      this.crosswalks = crosswalks;
      this.sourceEdition = IflaStrategies.catalog().edition(source).orElse(null);
      this.targetEdition = IflaStrategies.catalog().edition(target).orElse(null);
    }

    List<Activity> activities(PlanLocation parent, List<Activity> activities) {
      List<Activity> out = new ArrayList<>();
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        out.add(Activity.builder().from(a)
            .alignments(alignments(parent.child("activities").index(i), PlanPaths.ALIGNMENTS, a.alignments()))
            .build());
      }
      return out;
    }

    List<Alignment> alignments(PlanLocation parent, String field, List<Alignment> alignments) {
      List<Alignment> out = new ArrayList<>();
      for (int i = 0; i < alignments.size(); i++) {
        out.addAll(alignment(parent.child(field).index(i), alignments.get(i)));
      }
      return out;
    }

    /**
     * The element an alignment written by its title alone names in the source edition: the migration carries
     * it as if it had been cited by number, keeping the title as written.
     */
    private Optional<ElementReference> byTitle(Alignment a) {
      if (sourceEdition == null || !TitleResolution.isByTitleAlone(a)) {
        return Optional.empty();
      }
      return TitleResolution.of(sourceEdition, a.statedTitle().get(), a.level()).element()
          .map(e -> ElementReference.of(e.id()));
    }

    /** Whether the target edition lets a plan align to the element: an area or a key initiative. */
    private boolean alignable(ElementId id) {
      return targetEdition == null
          || targetEdition.element(id).map(e -> TitleResolution.alignable(e.kind())).orElse(true);
    }

    private List<Alignment> alignment(PlanLocation at, Alignment a) {
      Optional<ElementReference> cited = a.element().isPresent() ? a.element() : byTitle(a);
      if (cited.isEmpty()) {
        return List.of(a);
      }
      ElementReference written = cited.get();
      EditionId from = written.editionOr(source);
      ElementReference original = ElementReference.of(from, written.element());
      ElementReference provenance = a.migratedFrom().orElse(original);
      MigratedReference.Builder entry = MigratedReference.builder().location(at).original(original);
      if (from.equals(target)) {
        references.add(entry.outcome(MigrationOutcome.MAPPED).addTargets(original)
            .addMappings(Mapping.of(written.element(), MappingKind.EXACT, written.element(),
                "already an element of " + target))
            .note("already an element of " + target).build());
        return List.of(a);
      }
      Optional<Crosswalk> crosswalk = crosswalks.between(from, target);
      if (crosswalk.isEmpty()) {
        references.add(entry.outcome(MigrationOutcome.NO_CROSSWALK)
            .note("no crosswalk leads from " + from + " to " + target).build());
        return List.of(unmapped(a, provenance));
      }
      ImmutableList<Mapping> all = crosswalk.get().mappingsFrom(written.element());
      ImmutableList<Mapping> mappings = all.stream()
          .filter(m -> m.target().map(this::alignable).orElse(true))
          .collect(ImmutableList.toImmutableList());
      if (mappings.isEmpty() && !all.isEmpty()) {
        references.add(entry.outcome(MigrationOutcome.RETIRED).addAllMappings(all)
            .note("maps only to " + all.stream().map(m -> target + ":" + m.target().orElseThrow())
                .collect(Collectors.joining(", ")) + ", which a plan cannot align to").build());
        return List.of(unmapped(a, provenance));
      }
      if (mappings.isEmpty()) {
        references.add(entry.outcome(MigrationOutcome.UNKNOWN_ELEMENT)
            .note("the crosswalk from " + from + " to " + target + " has no entry for " + written.element()
                + ": " + from + " has no such element")
            .build());
        return List.of(unmapped(a, provenance));
      }
      if (mappings.get(0).kind() == MappingKind.RETIRED) {
        references.add(entry.outcome(MigrationOutcome.RETIRED).addAllMappings(mappings)
            .note(mappings.get(0).rationale()).build());
        return List.of(unmapped(a, provenance));
      }
      List<Alignment> out = new ArrayList<>();
      for (Mapping m : mappings) {
        ElementReference next = ElementReference.of(target, m.target().orElseThrow());
        entry.addTargets(next);
        out.add(Alignment.builder().from(a).element(written.isQualified() ? next : ElementReference.of(next.element()))
            .migratedFrom(provenance).build());
      }
      references.add(entry.outcome(mappings.size() == 1 ? MigrationOutcome.MAPPED : MigrationOutcome.AMBIGUOUS)
          .addAllMappings(mappings)
          .note(mappings.stream().map(Mapping::rationale).collect(Collectors.joining("; "))).build());
      return out;
    }

    private static Alignment unmapped(Alignment a, ElementReference provenance) {
      return Alignment.builder().from(a).element(Optional.empty()).migratedFrom(provenance).build();
    }
  }

  /**
   * Returns the editions and the report's summary, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "PlanMigration{" + report.sourceEdition() + " -> " + report.targetEdition() + ", "
        + report.mapped().size() + " mapped, " + report.ambiguous().size() + " ambiguous, "
        + report.unmapped().size() + " unmapped}";
  }
}
