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
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;

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
        .alignments(m.alignments(root, plan.alignments()));
    List<PlanPart> parts = new ArrayList<>();
    for (int i = 0; i < plan.parts().size(); i++) {
      PlanPart part = plan.parts().get(i);
      PlanLocation at = root.child("parts").index(i);
      List<Alignment> alignments = m.alignments(at, part.alignments());
      parts.add(PlanPart.builder().from(part).alignments(alignments)
          .activities(m.activities(at, part.activities())).build());
    }
    migrated.parts(parts).activities(m.activities(root, plan.activities()));
    MigrationReport report = MigrationReport.builder().sourceEdition(plan.edition().get()).targetEdition(target)
        .references(m.references).build();
    return new PlanMigration(plan, migrated.build(), report);
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

    Migrator(EditionId source, EditionId target, CrosswalkCatalog crosswalks) {
      this.source = source;
      this.target = target;
      this.crosswalks = crosswalks;
    }

    List<Activity> activities(PlanLocation parent, List<Activity> activities) {
      List<Activity> out = new ArrayList<>();
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        out.add(Activity.builder().from(a)
            .alignments(alignments(parent.child("activities").index(i), a.alignments())).build());
      }
      return out;
    }

    List<Alignment> alignments(PlanLocation parent, List<Alignment> alignments) {
      List<Alignment> out = new ArrayList<>();
      for (int i = 0; i < alignments.size(); i++) {
        out.addAll(alignment(parent.child("alignments").index(i), alignments.get(i)));
      }
      return out;
    }

    private List<Alignment> alignment(PlanLocation at, Alignment a) {
      if (a.element().isEmpty()) {
        return List.of(a);
      }
      ElementReference written = a.element().get();
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
      ImmutableList<Mapping> mappings = crosswalk.get().mappingsFrom(written.element());
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
