package org.ifla.strategy.citation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.framework.TitleMatcher;

/**
 * Resolves {@link Citation}s against the editions of a catalog: against a given edition, or against the
 * edition inferred from the date of the text or from the stated title.
 *
 * <p>How a citation is resolved ({@link #resolve(Citation)}):
 * <ol>
 *   <li>The candidate editions: the {@linkplain #withEdition(EditionId) given} one; otherwise, with a
 *       {@linkplain #withDate(LocalDate) date}, the {@linkplain #editionsInForce(LocalDate) editions in force}
 *       at that date, the most recent first; otherwise every edition of the catalog, the most recent first.
 *   <li>In each candidate, the element numbered so ({@link StrategyEdition#elementNumbered(String)}) and of the
 *       kind cited: a key initiative for {@code KI 1.2}, a strategic direction for {@code SD4}, an impact area
 *       for {@code IA2}; a key initiative cited with its area ({@code Strategic Direction 3, Key Initiative 2})
 *       must be in an area of that kind. In an edition whose key initiatives are unnumbered (2024-2029),
 *       {@code Impact Area 1, Key Initiative 2} is the area's second key initiative.
 *       A citation by title alone ({@link Citation#isByTitle()}) names, in each candidate, the element of the
 *       kind cited whose title its title fits best ({@link TitleMatcher#bestMatch}), if any fits; its edition's
 *       basis is then {@link EditionBasis#TITLE} unless the edition was given.
 *   <li>Of the candidates that have it, the first, unless the citation states a title: then the one whose
 *       element's title it matches best ({@link TitleMatcher}), if any does.
 *   <li>The title check and the better match: the stated title is compared with the element's title; the
 *       element of the same sort whose title fits it best, in the resolved edition first and then in the
 *       others, is reported as the better match when it is not the element and fits strictly better.
 * </ol>
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return new resolvers.
 */
public final class CitationResolver {
  private final EditionCatalog catalog;
  private final EditionId edition;
  private final LocalDate date;

  private CitationResolver(EditionCatalog catalog, EditionId edition, LocalDate date) {
    this.catalog = catalog;
    this.edition = edition;
    this.date = date;
  }

  /**
   * Returns a resolver over the editions of a catalog, with no edition or date given.
   *
   * @param catalog the editions citations may cite
   * @return the resolver
   * @throws NullPointerException if the catalog is null
   */
  public static CitationResolver of(EditionCatalog catalog) {
    return new CitationResolver(requireNonNull(catalog, "catalog"), null, null);
  }

  /**
   * Returns a resolver over the bundled IFLA editions ({@link IflaStrategies#catalog()}).
   *
   * @return the resolver
   */
  public static CitationResolver bundled() {
    return of(IflaStrategies.catalog());
  }

  /**
   * Returns this resolver resolving against one edition, whatever the date.
   *
   * @param id the edition, one of the catalog's
   * @return the new resolver
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the catalog has no edition of that id
   */
  public CitationResolver withEdition(EditionId id) {
    requireNonNull(id, "id");
    checkArgument(catalog.edition(id).isPresent(), "edition %s is not in the catalog %s", id, catalog);
    return new CitationResolver(catalog, id, date);
  }

  /**
   * Returns this resolver inferring the edition from the date of the text, when no edition is given.
   *
   * @param textDate the date the text was written
   * @return the new resolver
   * @throws NullPointerException if the date is null
   */
  public CitationResolver withDate(LocalDate textDate) {
    return new CitationResolver(catalog, edition, requireNonNull(textDate, "textDate"));
  }

  /**
   * Returns the catalog citations are resolved against.
   *
   * @return the catalog
   */
  public EditionCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the edition given.
   *
   * @return the edition, or empty to infer it
   */
  public Optional<EditionId> edition() {
    return Optional.ofNullable(edition);
  }

  /**
   * Returns the date of the text given.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the editions of the catalog in force at a date: those whose period ({@link StrategyEdition#covers(int)})
   * includes its year, the most recently begun first (the edition in force), then the older ones still
   * running. Editions are known by year only, so in a year two editions share, both are in force.
   *
   * @param at the date
   * @return the editions, possibly none
   * @throws NullPointerException if the date is null
   */
  public ImmutableList<StrategyEdition> editionsInForce(LocalDate at) {
    int year = requireNonNull(at, "at").getYear();
    return newestFirst().stream().filter(e -> e.covers(year)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the citations in a text and resolves each. Never fails on the text.
   *
   * @param text any text
   * @return the resolved citations in the order they appear, possibly none
   * @throws NullPointerException if the text is null
   */
  public ImmutableList<ResolvedCitation> resolveAll(CharSequence text) {
    return Citation.findAll(text).stream().map(this::resolve).collect(ImmutableList.toImmutableList());
  }

  /**
   * Resolves one citation, as the class documentation describes.
   *
   * @param citation the citation
   * @return the result; unresolved (no element) when no candidate edition numbers the citation so
   * @throws NullPointerException if the citation is null
   */
  public ResolvedCitation resolve(Citation citation) {
    requireNonNull(citation, "citation");
    List<StrategyEdition> candidates = candidates();
    List<StrategyEdition> found = new ArrayList<>();
    List<StrategyElement> hits = new ArrayList<>();
    for (StrategyEdition e : candidates) {
      Optional<StrategyElement> hit = find(citation, e);
      if (hit.isPresent()) {
        found.add(e);
        hits.add(hit.get());
      }
    }
    Optional<String> title = citation.statedTitle();
    // A title cited alone may name its kind wrongly: its better match is looked for among all elements cited.
    Predicate<StrategyElement> sameSort = citation.isByTitle()
        ? e -> e.kind() == ElementKind.KEY_INITIATIVE || e.kind().isArea()
        : citation.kind() == ElementKind.KEY_INITIATIVE
        ? e -> e.kind() == ElementKind.KEY_INITIATIVE : e -> e.kind().isArea();
    ResolvedCitation.Builder out = ResolvedCitation.builder().citation(citation);
    if (hits.isEmpty()) {
      if (edition != null) {
        out.edition(edition).basis(EditionBasis.GIVEN);
      }
      List<StrategyEdition> order = new ArrayList<>(candidates);
      newestFirst().stream().filter(e -> candidates.stream().noneMatch(c -> c.id().equals(e.id())))
          .forEach(order::add);
      title.flatMap(t -> TitleMatcher.bestMatch(t, order, sameSort)).ifPresent(out::betterMatch);
      return out.titleMatches(false).build();
    }
    int chosen = 0;
    boolean byTitle = false;
    if (title.isPresent()) {
      double best = TitleMatcher.THRESHOLD;
      for (int i = 0; i < hits.size(); i++) {
        double score = TitleMatcher.similarity(title.get(), hits.get(i).title());
        if (score >= best && (!byTitle || score > best)) {
          chosen = i;
          best = score;
          byTitle = true;
        }
      }
    }
    StrategyEdition in = found.get(chosen);
    StrategyElement element = hits.get(chosen);
    EditionBasis basis = edition != null ? EditionBasis.GIVEN
        : citation.isByTitle() ? EditionBasis.TITLE
        : byTitle && (chosen > 0 || (date == null && hits.size() > 1)) ? EditionBasis.TITLE
        : date != null ? EditionBasis.DATE : EditionBasis.NUMBER;
    ElementReference reference = ElementReference.of(in.id(), element.id());
    out.edition(in.id()).basis(basis).element(reference);
    if (title.isEmpty()) {
      return out.titleMatches(true).build();
    }
    double own = TitleMatcher.similarity(title.get(), element.title());
    out.titleMatches(own >= TitleMatcher.THRESHOLD);
    Optional<ElementReference> better = TitleMatcher.bestMatch(title.get(), List.of(in), sameSort);
    if (better.isEmpty()) {
      List<StrategyEdition> others = new ArrayList<>(newestFirst());
      others.removeIf(e -> e.id().equals(in.id()));
      better = TitleMatcher.bestMatch(title.get(), others, sameSort);
    }
    better.filter(b -> !b.equals(reference))
        .filter(b -> TitleMatcher.similarity(title.get(), catalog.resolve(b, Optional.empty()).orElseThrow()
            .title()) > own)
        .ifPresent(out::betterMatch);
    return out.build();
  }

  private List<StrategyEdition> candidates() {
    if (edition != null) {
      return List.of(catalog.edition(edition).orElseThrow());
    }
    return date != null ? editionsInForce(date) : newestFirst();
  }

  /** The catalog's editions, the most recently begun first; of editions begun the same year, the later listed. */
  private List<StrategyEdition> newestFirst() {
    List<StrategyEdition> all = new ArrayList<>(catalog.editions());
    java.util.Collections.reverse(all);
    all.sort(Comparator.comparingInt(StrategyEdition::firstYear).reversed());
    return all;
  }

  /** The element of the edition the citation names, if the edition has it. */
  private static Optional<StrategyElement> find(Citation citation, StrategyEdition edition) {
    if (citation.isByTitle()) {
      return TitleMatcher.bestMatch(citation.statedTitle().orElseThrow(), List.of(edition),
          e -> e.kind() == citation.kind()).flatMap(r -> edition.element(r.element()));
    }
    Optional<StrategyElement> numbered = edition.elementNumbered(citation.number())
        .filter(e -> e.kind() == citation.kind())
        .filter(e -> citation.kind() != ElementKind.KEY_INITIATIVE || citation.areaKind().isEmpty()
            || edition.element(((KeyInitiative) e).area()).map(StrategyElement::kind)
                .equals(citation.areaKind()));
    if (numbered.isPresent() || citation.kind() != ElementKind.KEY_INITIATIVE || citation.areaKind().isEmpty()) {
      return numbered;
    }
    // An area's n-th key initiative, where the edition does not number them.
    int dot = citation.number().indexOf('.');
    int place = Integer.parseInt(citation.number().substring(dot + 1));
    return edition.elementNumbered(citation.number().substring(0, dot))
        .filter(a -> citation.areaKind().get().equals(a.kind()))
        .map(a -> ((StrategyArea) a).keyInitiatives())
        .filter(kis -> kis.stream().allMatch(ki -> ki.number().isEmpty()))
        .filter(kis -> place >= 1 && place <= kis.size())
        .<StrategyElement>map(kis -> kis.get(place - 1));
  }

  /**
   * Two resolvers are equal when their catalogs, editions and dates are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CitationResolver && ((CitationResolver) other).catalog.equals(catalog)
        && Objects.equals(((CitationResolver) other).edition, edition)
        && Objects.equals(((CitationResolver) other).date, date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, edition, date);
  }

  /**
   * Returns a debugging form: the catalog, the edition and the date.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "CitationResolver{" + catalog + (edition != null ? ", edition " + edition : "")
        + (date != null ? ", date " + date : "") + "}";
  }
}
