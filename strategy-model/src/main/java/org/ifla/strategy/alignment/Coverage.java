package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.LocalizedText;

/**
 * How a set of plans covers one strategy edition: for each element one can align to (the areas and key
 * initiatives, never the vision, a field outcome or another statement), the parts (focus areas, objectives,
 * goals, projects: every template's), activities and plans that align to it ({@link #elements()}); the areas
 * and key initiatives nobody addresses ({@link #unaddressed()}, an area counting as addressed through its key
 * initiatives); and the share of parts per area of work ({@link #areaShares()}).
 *
 * <p>Only plans citing the edition are counted ({@link #skippedPlans()} lists the others), and in them the
 * alignments whose element is one of the edition's (its own reference if qualified, else the plan's edition),
 * and the alignments written by title alone whose title names an element of the edition (found as the rules
 * find it, see {@code element-found-by-title}). Alignments stated for the whole plan are listed under
 * {@link ElementCoverage#plans()} and, since they apply to every part, count for every part's area share;
 * alignments that only give context, and external ones, are not counted. Every count is the sum of the counts
 * of the plans taken one by one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Coverage {
  private final EditionId edition;
  private final int planCount;
  private final ImmutableList<Integer> skippedPlans;
  private final int partCount;
  private final ImmutableMap<ElementId, ElementCoverage> elements;
  private final ImmutableList<ElementId> unaddressed;
  private final ImmutableList<AreaShare> areaShares;

  private Coverage(EditionId edition, int planCount, ImmutableList<Integer> skippedPlans, int partCount,
      ImmutableMap<ElementId, ElementCoverage> elements, ImmutableList<ElementId> unaddressed,
      ImmutableList<AreaShare> areaShares) {
    this.edition = edition;
    this.planCount = planCount;
    this.skippedPlans = skippedPlans;
    this.partCount = partCount;
    this.elements = elements;
    this.unaddressed = unaddressed;
    this.areaShares = areaShares;
  }

  /**
   * Computes the coverage of an edition by a set of plans.
   *
   * @param edition the edition
   * @param plans the plans, in order (their indexes name them in {@link PlanPlace#planIndex()})
   * @return the coverage
   * @throws NullPointerException if an argument or a plan is null
   */
  public static Coverage of(StrategyEdition edition, Iterable<ActionPlan> plans) {
    requireNonNull(edition, "edition");
    requireNonNull(plans, "plans");
    Map<ElementId, ElementId> areaOf = new HashMap<>();
    for (StrategyArea area : edition.areas()) {
      areaOf.put(area.id(), area.id());
      area.keyInitiatives().forEach(k -> areaOf.put(k.id(), area.id()));
      area.measuresOfSuccess().forEach(m -> areaOf.put(m.id(), area.id()));
      area.overviewItems().forEach(o -> areaOf.put(o.id(), area.id()));
    }
    Map<ElementId, Set<PlanPlace>> byPart = new LinkedHashMap<>();
    Map<ElementId, Set<PlanPlace>> byActivity = new LinkedHashMap<>();
    Map<ElementId, Set<PlanPlace>> byPlan = new LinkedHashMap<>();
    Map<ElementId, Integer> areaCounts = new HashMap<>();
    List<Integer> skipped = new ArrayList<>();
    int planCount = 0;
    int partCount = 0;
    int index = -1;
    for (ActionPlan plan : plans) {
      index++;
      requireNonNull(plan, "plan");
      if (!plan.edition().equals(Optional.of(edition.id()))) {
        skipped.add(index);
        continue;
      }
      planCount++;
      Scope scope = new Scope(edition, plan, index);
      PlanLocation root = PlanLocation.root();
      Set<ElementId> everyPart = scope.add(byPlan, root, Optional.empty(), plan.alignments());
      scope.activities(byActivity, root, plan.activities());
      for (int i = 0; i < plan.parts().size(); i++) {
        partCount++;
        PlanPart part = plan.parts().get(i);
        PlanLocation at = PlanPaths.part(i);
        Set<ElementId> cited = new LinkedHashSet<>(everyPart);
        cited.addAll(scope.add(byPart, at, part.title(), part.alignments()));
        cited.addAll(scope.activities(byActivity, at, part.activities()));
        cited.stream().map(areaOf::get).filter(a -> a != null).distinct()
            .forEach(a -> areaCounts.merge(a, 1, Integer::sum));
      }
    }
    Set<ElementId> areaAddressed = new HashSet<>();
    for (Map<ElementId, Set<PlanPlace>> by : List.of(byPart, byActivity, byPlan)) {
      by.keySet().stream().map(areaOf::get).filter(a -> a != null).forEach(areaAddressed::add);
    }
    ImmutableMap.Builder<ElementId, ElementCoverage> elements = ImmutableMap.builder();
    ImmutableList.Builder<ElementId> unaddressed = ImmutableList.builder();
    for (StrategyElement e : edition.elements()) {
      if (!TitleResolution.alignable(e.kind())) {
        continue; // no plan aligns to the vision, a field outcome or a measure: no row
      }
      ElementCoverage c = ElementCoverage.builder().element(e.id()).kind(e.kind())
          .parts(byPart.getOrDefault(e.id(), Set.of()))
          .activities(byActivity.getOrDefault(e.id(), Set.of()))
          .plans(byPlan.getOrDefault(e.id(), Set.of()))
          .build();
      elements.put(e.id(), c);
      boolean inside = e.kind().isArea() && areaAddressed.contains(e.id());
      if (!c.isAddressed() && !inside && (e.kind().isArea() || e.kind() == ElementKind.KEY_INITIATIVE)) {
        unaddressed.add(e.id());
      }
    }
    ImmutableList.Builder<AreaShare> shares = ImmutableList.builder();
    for (StrategyArea area : edition.areas()) {
      shares.add(AreaShare.of(area.id(), areaCounts.getOrDefault(area.id(), 0), partCount));
    }
    return new Coverage(edition.id(), planCount, ImmutableList.copyOf(skipped), partCount, elements.build(),
        unaddressed.build(), shares.build());
  }

  /** The plan being counted. */
  private static final class Scope {
    private final StrategyEdition edition;
    private final ActionPlan plan;
    private final int index;

    Scope(StrategyEdition edition, ActionPlan plan, int index) {
      this.edition = edition;
      this.plan = plan;
      this.index = index;
    }

    /** The element of the edition an alignment names, by reference or by its title alone. */
    private Optional<ElementId> element(Alignment a) {
      Optional<ElementReference> ref = a.element();
      if (ref.isPresent()) {
        return ref.filter(r -> r.editionOr(edition.id()).equals(edition.id())).map(ElementReference::element)
            .filter(edition::contains);
      }
      if (!TitleResolution.isByTitleAlone(a)) {
        return Optional.empty();
      }
      return TitleResolution.of(edition, a.statedTitle().get(), a.level()).element().map(StrategyElement::id);
    }

    /** Records the part for each element its alignments name; returns those elements. */
    Set<ElementId> add(Map<ElementId, Set<PlanPlace>> into, PlanLocation at,
        Optional<LocalizedText> title, List<Alignment> alignments) {
      Set<ElementId> cited = new LinkedHashSet<>();
      for (Alignment a : alignments) {
        element(a).ifPresent(cited::add);
      }
      PlanPlace part = PlanPlace.builder().planIndex(index).unit(plan.unit().name()).location(at).title(title).build();
      cited.forEach(e -> into.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(part));
      return cited;
    }

    Set<ElementId> activities(Map<ElementId, Set<PlanPlace>> into, PlanLocation parent, List<Activity> list) {
      Set<ElementId> cited = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Activity a = list.get(i);
        cited.addAll(add(into, parent.child("activities").index(i), Optional.of(a.title()), a.alignments()));
      }
      return cited;
    }
  }

  /**
   * Returns the edition covered.
   *
   * @return the edition's id
   */
  public EditionId edition() {
    return edition;
  }

  /**
   * Returns the number of plans counted: those citing the edition.
   *
   * @return the count
   */
  public int planCount() {
    return planCount;
  }

  /**
   * Returns the indexes of the plans not counted because they cite another edition (or none).
   *
   * @return the indexes, in order
   */
  public ImmutableList<Integer> skippedPlans() {
    return skippedPlans;
  }

  /**
   * Returns the number of parts of the plans counted, whatever their templates call them.
   *
   * @return the count
   */
  public int partCount() {
    return partCount;
  }

  /**
   * Returns the coverage of every element of the edition one can align to (its areas and key initiatives), in
   * the edition's document order.
   *
   * @return the coverage per element
   */
  public ImmutableList<ElementCoverage> elements() {
    return elements.values().asList();
  }

  /**
   * Returns the coverage of one element.
   *
   * @param element an element id of the edition
   * @return its coverage
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the edition has no such element, or none one can align to
   */
  public ElementCoverage element(ElementId element) {
    ElementCoverage c = elements.get(requireNonNull(element, "element"));
    checkArgument(c != null, "%s has no element %s", edition, element);
    return c;
  }

  /**
   * Returns the areas and key initiatives nobody addresses: key initiatives that no part, activity or
   * plan aligns to, and areas to which nothing aligns, neither to them nor to any element inside them.
   *
   * @return their ids, in the edition's document order
   */
  public ImmutableList<ElementId> unaddressed() {
    return unaddressed;
  }

  /**
   * Returns, for each area of the edition in order, the share of parts that address it (through their own
   * alignments, their activities' or the plan's alignments to every part).
   *
   * @return the shares
   */
  public ImmutableList<AreaShare> areaShares() {
    return areaShares;
  }

  /**
   * Two coverages are equal when they count the same edition, plans and parts alike.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Coverage)) {
      return false;
    }
    Coverage o = (Coverage) other;
    return o.edition.equals(edition) && o.planCount == planCount && o.skippedPlans.equals(skippedPlans)
        && o.partCount == partCount && o.elements.equals(elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(edition, planCount, skippedPlans, partCount, elements);
  }

  /**
   * Returns the edition and the counts, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "Coverage{" + edition + ", " + planCount + " plans, " + partCount + " parts, "
        + unaddressed.size() + " unaddressed}";
  }
}
