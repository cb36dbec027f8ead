package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of crosswalks, at most one per pair of editions, through which an older edition's elements are
 * followed to a later edition's: directly, or by composing crosswalks along a path
 * ({@link #between(EditionId, EditionId)}). {@link IflaStrategies#crosswalks()} holds the bundled IFLA
 * crosswalks (2016-2021 to 2019-2024 to 2024-2029).
 *
 * <p>Immutable and thread-safe.
 */
public final class CrosswalkCatalog {
  private final ImmutableList<Crosswalk> crosswalks;

  private CrosswalkCatalog(ImmutableList<Crosswalk> crosswalks) {
    this.crosswalks = crosswalks;
  }

  /**
   * Returns a catalog of the crosswalks, in that order.
   *
   * @param crosswalks the crosswalks
   * @return the catalog
   * @throws NullPointerException if the iterable or a crosswalk is null
   * @throws IllegalArgumentException if two crosswalks join the same pair of editions
   */
  public static CrosswalkCatalog of(Iterable<Crosswalk> crosswalks) {
    List<Crosswalk> list = new ArrayList<>();
    for (Crosswalk c : requireNonNull(crosswalks, "crosswalks")) {
      requireNonNull(c, "crosswalk");
      for (Crosswalk other : list) {
        checkArgument(!(other.fromEdition().equals(c.fromEdition()) && other.toEdition().equals(c.toEdition())),
            "two crosswalks from %s to %s", c.fromEdition(), c.toEdition());
      }
      list.add(c);
    }
    return new CrosswalkCatalog(ImmutableList.copyOf(list));
  }

  /**
   * Returns a catalog of the crosswalks, in that order.
   *
   * @param crosswalks the crosswalks
   * @return the catalog
   * @throws NullPointerException if a crosswalk is null
   * @throws IllegalArgumentException if two crosswalks join the same pair of editions
   */
  public static CrosswalkCatalog of(Crosswalk... crosswalks) {
    return of(ImmutableList.copyOf(crosswalks));
  }

  /**
   * Returns this catalog with a crosswalk added, or replacing the one between the same editions.
   *
   * @param crosswalk the crosswalk
   * @return the new catalog
   * @throws NullPointerException if the crosswalk is null
   */
  public CrosswalkCatalog with(Crosswalk crosswalk) {
    requireNonNull(crosswalk, "crosswalk");
    List<Crosswalk> list = new ArrayList<>();
    for (Crosswalk c : crosswalks) {
      if (!(c.fromEdition().equals(crosswalk.fromEdition()) && c.toEdition().equals(crosswalk.toEdition()))) {
        list.add(c);
      }
    }
    list.add(crosswalk);
    return new CrosswalkCatalog(ImmutableList.copyOf(list));
  }

  /**
   * Returns the crosswalks in order.
   *
   * @return the crosswalks
   */
  public ImmutableList<Crosswalk> crosswalks() {
    return crosswalks;
  }

  /**
   * Returns the path of crosswalks from one edition to another: the fewest steps, the earliest-listed
   * crosswalk first where paths are as short.
   *
   * @param from the older edition
   * @param to the newer edition
   * @return the crosswalks to follow in order; empty if {@code from} is {@code to}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no path leads from {@code from} to {@code to}
   */
  public ImmutableList<Crosswalk> path(EditionId from, EditionId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Map<EditionId, Crosswalk> arrivedBy = new HashMap<>();
    Deque<EditionId> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty() && !queue.peek().equals(to)) {
      EditionId at = queue.poll();
      for (Crosswalk c : crosswalks) {
        if (c.fromEdition().equals(at) && !c.toEdition().equals(from) && !arrivedBy.containsKey(c.toEdition())) {
          arrivedBy.put(c.toEdition(), c);
          queue.add(c.toEdition());
        }
      }
    }
    checkArgument(from.equals(to) || arrivedBy.containsKey(to), "no crosswalk leads from %s to %s; known: %s",
        from, to, this);
    List<Crosswalk> steps = new ArrayList<>();
    for (EditionId at = to; !at.equals(from); at = arrivedBy.get(at).fromEdition()) {
      steps.add(0, arrivedBy.get(at));
    }
    return ImmutableList.copyOf(steps);
  }

  /**
   * Returns the crosswalk from one edition to a later one: the one listed, or the composition
   * ({@link Crosswalk#then(Crosswalk)}) of the crosswalks along {@link #path(EditionId, EditionId)}.
   *
   * @param from the older edition
   * @param to the newer edition
   * @return the crosswalk, or empty if no path leads from {@code from} to {@code to} (or they are the same)
   * @throws NullPointerException if an argument is null
   */
  public Optional<Crosswalk> between(EditionId from, EditionId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.equals(to)) {
      return Optional.empty();
    }
    ImmutableList<Crosswalk> steps;
    try {
      steps = path(from, to);
    } catch (IllegalArgumentException noPath) {
      return Optional.empty();
    }
    return steps.stream().reduce(Crosswalk::then);
  }

  /**
   * Two catalogs are equal when they hold equal crosswalks in the same order.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CrosswalkCatalog && ((CrosswalkCatalog) other).crosswalks.equals(crosswalks);
  }

  @Override
  public int hashCode() {
    return crosswalks.hashCode();
  }

  /**
   * Returns the pairs of editions, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CrosswalkCatalog[");
    for (int i = 0; i < crosswalks.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(crosswalks.get(i).fromEdition()).append(" -> ").append(crosswalks.get(i).toEdition());
    }
    return s.append(']').toString();
  }
}
