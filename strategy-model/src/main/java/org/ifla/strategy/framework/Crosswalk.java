package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Typed mappings from the elements of one strategy edition ({@link #fromEdition()}) to those of a later one
 * ({@link #toEdition()}): for each older element, the newer elements it corresponds to and how
 * ({@link MappingKind}), or an explicit {@link MappingKind#RETIRED} entry; and for newer elements with no
 * predecessor, an explicit {@link MappingKind#NEW} entry. {@link IflaStrategies#crosswalks()} holds the
 * bundled crosswalks between consecutive IFLA editions.
 *
 * <p>Crosswalks compose: {@link #then(Crosswalk)} follows this one and then the next, composing kinds with
 * {@link MappingKind#then(MappingKind)}.
 *
 * <p>A crosswalk is consistent: at most one mapping per source and target pair, a retired source has no other
 * mapping, a new target no other mapping to it. It need not be complete; {@link #unmappedIn(StrategyEdition)}
 * and {@link #unaccountedIn(StrategyEdition)} say what it leaves out.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Crosswalk {
  Crosswalk() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the older edition, whose elements are the mappings' sources.
   *
   * @return the edition's id
   */
  public abstract EditionId fromEdition();

  /**
   * Returns the newer edition, whose elements are the mappings' targets.
   *
   * @return the edition's id
   */
  public abstract EditionId toEdition();

  /**
   * Returns the mappings in order.
   *
   * @return the mappings, possibly empty
   */
  public abstract ImmutableList<Mapping> mappings();

  @Value.Lazy
  ImmutableListMultimap<ElementId, Mapping> bySource() {
    ImmutableListMultimap.Builder<ElementId, Mapping> map = ImmutableListMultimap.builder();
    mappings().forEach(m -> m.source().ifPresent(s -> map.put(s, m)));
    return map.build();
  }

  @Value.Lazy
  ImmutableListMultimap<ElementId, Mapping> byTarget() {
    ImmutableListMultimap.Builder<ElementId, Mapping> map = ImmutableListMultimap.builder();
    mappings().forEach(m -> m.target().ifPresent(t -> map.put(t, m)));
    return map.build();
  }

  /**
   * Returns the mappings from an older element: its correspondences, or its {@link MappingKind#RETIRED}
   * entry.
   *
   * @param source an element id of the older edition
   * @return the mappings in order; empty if the crosswalk does not mention the element as a source
   * @throws NullPointerException if the id is null
   */
  public ImmutableList<Mapping> mappingsFrom(ElementId source) {
    return bySource().get(requireNonNull(source, "source"));
  }

  /**
   * Returns the mappings to a newer element: its correspondences, or its {@link MappingKind#NEW} entry.
   *
   * @param target an element id of the newer edition
   * @return the mappings in order; empty if the crosswalk does not mention the element as a target
   * @throws NullPointerException if the id is null
   */
  public ImmutableList<Mapping> mappingsTo(ElementId target) {
    return byTarget().get(requireNonNull(target, "target"));
  }

  /**
   * Returns the newer elements an older one corresponds to, with how, leaving out a retired entry.
   *
   * @param source an element id of the older edition
   * @return the correspondences in order; empty if the element is retired or not mentioned
   * @throws NullPointerException if the id is null
   */
  public ImmutableList<Mapping> correspondencesOf(ElementId source) {
    return mappingsFrom(source).stream().filter(m -> m.kind().isCorrespondence())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the crosswalk says the older element has no successor.
   *
   * @param source an element id of the older edition
   * @return whether it has a {@link MappingKind#RETIRED} entry
   * @throws NullPointerException if the id is null
   */
  public boolean isRetired(ElementId source) {
    return mappingsFrom(source).stream().anyMatch(m -> m.kind() == MappingKind.RETIRED);
  }

  /**
   * Returns the older elements this crosswalk has an entry for, in order of first mention.
   *
   * @return the source ids
   */
  public ImmutableSet<ElementId> sources() {
    return bySource().keySet();
  }

  /**
   * Returns the newer elements this crosswalk has an entry for, in order of first mention.
   *
   * @return the target ids
   */
  public ImmutableSet<ElementId> targets() {
    return byTarget().keySet();
  }

  /**
   * Returns the elements of the older edition that have neither a mapping nor a retired entry; empty for a
   * complete crosswalk.
   *
   * @param older the older edition, whose id is {@link #fromEdition()}
   * @return the ids in the edition's document order
   * @throws NullPointerException if the edition is null
   * @throws IllegalArgumentException if the edition is not {@link #fromEdition()}
   */
  public ImmutableList<ElementId> unmappedIn(StrategyEdition older) {
    checkArgument(older.id().equals(fromEdition()), "crosswalk %s: %s is not its older edition", this, older.id());
    return older.elements().stream().map(StrategyElement::id).filter(id -> !bySource().containsKey(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the elements of the newer edition that are neither a mapping's target nor marked new; empty for a
   * complete crosswalk.
   *
   * @param newer the newer edition, whose id is {@link #toEdition()}
   * @return the ids in the edition's document order
   * @throws NullPointerException if the edition is null
   * @throws IllegalArgumentException if the edition is not {@link #toEdition()}
   */
  public ImmutableList<ElementId> unaccountedIn(StrategyEdition newer) {
    checkArgument(newer.id().equals(toEdition()), "crosswalk %s: %s is not its newer edition", this, newer.id());
    return newer.elements().stream().map(StrategyElement::id).filter(id -> !byTarget().containsKey(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the ids this crosswalk mentions that the editions do not have: sources absent from the older
   * edition, targets absent from the newer one.
   *
   * @param older the older edition, whose id is {@link #fromEdition()}
   * @param newer the newer edition, whose id is {@link #toEdition()}
   * @return the unknown ids as qualified references, in order; empty when every id is known
   * @throws NullPointerException if an edition is null
   * @throws IllegalArgumentException if the editions are not {@link #fromEdition()} and {@link #toEdition()}
   */
  public ImmutableList<ElementReference> unknownElements(StrategyEdition older, StrategyEdition newer) {
    checkArgument(older.id().equals(fromEdition()) && newer.id().equals(toEdition()),
        "crosswalk %s: the editions given are %s and %s", this, older.id(), newer.id());
    Set<ElementReference> unknown = new LinkedHashSet<>();
    for (Mapping m : mappings()) {
      m.source().filter(s -> !older.contains(s)).ifPresent(s -> unknown.add(ElementReference.of(fromEdition(), s)));
      m.target().filter(t -> !newer.contains(t)).ifPresent(t -> unknown.add(ElementReference.of(toEdition(), t)));
    }
    return ImmutableList.copyOf(unknown);
  }

  /**
   * Composes this crosswalk with the next one, from this one's {@link #fromEdition()} to the next one's {@link #toEdition()}.
   *
   * <p>Each source A of this crosswalk maps to every C that some B leads to (A to B here, B to C there), with
   * the kinds composed by {@link MappingKind#then(MappingKind)}; where several paths lead to the same C the
   * strongest kind is kept, with the rationale of the first path of that kind. A that is retired here, or
   * whose every path ends in a retired (or unmentioned) B, is retired. A C that is new in the next crosswalk,
   * or that only elements new in this one lead to, is new. Rationales of composed entries name the path:
   * {@code "first rationale | via B: second rationale"}.
   *
   * @param next the crosswalk from this one's {@link #toEdition()}
   * @return the composed crosswalk
   * @throws NullPointerException if {@code next} is null
   * @throws IllegalArgumentException if {@code next} does not start where this one ends
   */
  public Crosswalk then(Crosswalk next) {
    requireNonNull(next, "next");
    checkArgument(next.fromEdition().equals(toEdition()), "cannot follow crosswalk %s with %s: it starts at %s, not at %s",
        this, next, next.fromEdition(), toEdition());
    Builder composed = builder().fromEdition(fromEdition()).toEdition(next.toEdition());
    Set<ElementId> reached = new HashSet<>();
    for (ElementId a : sources()) {
      Map<ElementId, Mapping> best = new LinkedHashMap<>();
      List<String> deadEnds = new ArrayList<>();
      for (Mapping ab : mappingsFrom(a)) {
        if (ab.kind() == MappingKind.RETIRED) {
          deadEnds.add(ab.rationale());
          continue;
        }
        ElementId b = ab.target().orElseThrow();
        ImmutableList<Mapping> onward = next.mappingsFrom(b);
        if (onward.isEmpty()) {
          deadEnds.add(ab.rationale() + " | via " + b + ": not mapped onward");
        }
        for (Mapping bc : onward) {
          String rationale = ab.rationale() + " | via " + b + ": " + bc.rationale();
          if (bc.kind() == MappingKind.RETIRED) {
            deadEnds.add(rationale);
            continue;
          }
          ElementId c = bc.target().orElseThrow();
          MappingKind kind = ab.kind().then(bc.kind());
          Mapping previous = best.get(c);
          if (previous == null || kind.isStrongerThan(previous.kind())) {
            best.put(c, Mapping.of(a, kind, c, rationale));
          }
        }
      }
      if (best.isEmpty()) {
        composed.addMappings(Mapping.retired(a, String.join("; ", deadEnds)));
      } else {
        composed.addAllMappings(best.values());
        reached.addAll(best.keySet());
      }
    }
    for (ElementId c : next.targets()) {
      if (reached.contains(c)) {
        continue;
      }
      List<String> why = new ArrayList<>();
      for (Mapping bc : next.mappingsTo(c)) {
        if (bc.kind() == MappingKind.NEW) {
          why.add(bc.rationale());
        } else {
          ElementId b = bc.source().orElseThrow();
          String before = mappingsTo(b).stream().filter(m -> m.kind() == MappingKind.NEW)
              .map(Mapping::rationale).findFirst().orElse("no predecessor");
          why.add(before + " | via " + b + ": " + bc.rationale());
        }
      }
      composed.addMappings(Mapping.newElement(c, String.join("; ", why)));
    }
    return composed.build();
  }

  @Value.Check
  void check() {
    checkState(!fromEdition().equals(toEdition()), "a crosswalk from %s to itself", fromEdition());
    Set<String> pairs = new HashSet<>();
    for (Mapping m : mappings()) {
      checkState(pairs.add(m.source() + " " + m.target()), "crosswalk %s: two mappings %s", this, m);
    }
    for (Mapping m : mappings()) {
      if (m.kind() == MappingKind.RETIRED) {
        checkState(mappingsFrom(m.source().orElseThrow()).size() == 1,
            "crosswalk %s: %s is retired but also mapped", this, m.source().orElseThrow());
      } else if (m.kind() == MappingKind.NEW) {
        checkState(mappingsTo(m.target().orElseThrow()).size() == 1,
            "crosswalk %s: %s is new but also mapped to", this, m.target().orElseThrow());
      }
    }
  }

  /**
   * Returns {@code FROM -> TO} and the number of mappings, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "Crosswalk{" + fromEdition() + " -> " + toEdition() + ", " + mappings().size() + " mappings}";
  }

  /**
   * Builds a {@link Crosswalk}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link Crosswalk#fromEdition() fromEdition}, {@link Crosswalk#toEdition() toEdition}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends CrosswalkBuilder {
    Builder() {}

    /**
     * Builds the Crosswalk from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if it maps an edition to itself, two mappings join the same source and target, or a retired source or new target has another mapping
     */
    @Override
    public Crosswalk build() {
      return super.build();
    }
  }
}
