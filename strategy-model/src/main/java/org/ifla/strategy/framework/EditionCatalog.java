package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A set of strategy editions known by id: the editions a plan's references are resolved and checked against.
 * {@link IflaStrategies#catalog()} holds the bundled IFLA editions; {@link #with(StrategyEdition)} adds a
 * user's own.
 *
 * <p>Immutable and thread-safe.
 */
public final class EditionCatalog {
  private final ImmutableMap<EditionId, StrategyEdition> editions;
  private final ImmutableList<StrategyEdition> list;

  private EditionCatalog(ImmutableMap<EditionId, StrategyEdition> editions) {
    this.editions = editions;
    this.list = ImmutableList.copyOf(editions.values());
  }

  /**
   * Returns a catalog of the given editions, in that order.
   *
   * @param editions the editions
   * @return the catalog
   * @throws NullPointerException if the iterable or an edition is null
   * @throws IllegalArgumentException if two editions have the same id
   */
  public static EditionCatalog of(Iterable<StrategyEdition> editions) {
    Map<EditionId, StrategyEdition> map = new LinkedHashMap<>();
    for (StrategyEdition e : requireNonNull(editions, "editions")) {
      StrategyEdition previous = map.putIfAbsent(e.id(), e);
      checkArgument(previous == null, "two editions with id %s", e.id());
    }
    return new EditionCatalog(ImmutableMap.copyOf(map));
  }

  /**
   * Returns a catalog of the given editions, in that order.
   *
   * @param editions the editions
   * @return the catalog
   * @throws NullPointerException if an edition is null
   * @throws IllegalArgumentException if two editions have the same id
   */
  public static EditionCatalog of(StrategyEdition... editions) {
    return of(ImmutableList.copyOf(editions));
  }

  /**
   * Returns this catalog with an edition added, or replacing the edition of the same id.
   *
   * @param edition the edition
   * @return the new catalog
   * @throws NullPointerException if the edition is null
   */
  public EditionCatalog with(StrategyEdition edition) {
    Map<EditionId, StrategyEdition> map = new LinkedHashMap<>(editions);
    map.put(edition.id(), edition);
    return new EditionCatalog(ImmutableMap.copyOf(map));
  }

  /**
   * Returns the editions in this catalog's order.
   *
   * @return the editions
   */
  public ImmutableList<StrategyEdition> editions() {
    return list;
  }

  /**
   * Returns the edition with the id.
   *
   * @param id the id
   * @return the edition, or empty if the catalog has none with that id
   * @throws NullPointerException if the id is null
   */
  public Optional<StrategyEdition> edition(EditionId id) {
    return Optional.ofNullable(editions.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the element a reference points to, resolving an unqualified reference against the context
   * edition.
   *
   * @param reference the reference
   * @param context the edition in context (a plan's), or empty
   * @return the element, or empty if the edition or element is unknown
   * @throws NullPointerException if an argument is null
   */
  public Optional<StrategyElement> resolve(ElementReference reference, Optional<EditionId> context) {
    Optional<EditionId> editionId = reference.edition().or(() -> context);
    return editionId.flatMap(this::edition).flatMap(e -> e.element(reference.element()));
  }

  /**
   * Returns the editions, other than the excluded one, that have an element with the id.
   *
   * @param id the element id
   * @param excluded an edition to leave out, or empty
   * @return the editions that have the id, in catalog order
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<StrategyEdition> editionsContaining(ElementId id, Optional<EditionId> excluded) {
    requireNonNull(id, "id");
    return editions.values().stream()
        .filter(e -> excluded.map(x -> !x.equals(e.id())).orElse(true))
        .filter(e -> e.contains(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Two catalogs are equal when they hold equal editions in the same order.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof EditionCatalog
        && ImmutableList.copyOf(((EditionCatalog) other).editions.entrySet())
            .equals(ImmutableList.copyOf(editions.entrySet()));
  }

  @Override
  public int hashCode() {
    return editions.hashCode();
  }

  /**
   * Returns the ids of the editions, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "EditionCatalog" + editions.keySet();
  }
}
