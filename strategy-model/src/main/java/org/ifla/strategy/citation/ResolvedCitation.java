package org.ifla.strategy.citation;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.immutables.value.Value;

/**
 * A {@link Citation} resolved by a {@link CitationResolver}: the edition it was resolved against and why, the
 * element it names there, whether its stated title is that element's, and the element the title fits better,
 * if any.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResolvedCitation {
  ResolvedCitation() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the citation as found in the text.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Returns the edition the citation was resolved against.
   *
   * @return the edition: the element's when resolved; the given edition when unresolved against a given
   *     edition; empty when no edition was given and none numbers the citation so
   */
  public abstract Optional<EditionId> edition();

  /**
   * Returns what chose the edition.
   *
   * @return the basis, present exactly when {@link #edition()} is
   */
  public abstract Optional<EditionBasis> basis();

  /**
   * Returns the element the citation's number names, qualified with its edition.
   *
   * @return the element's reference, or empty when the citation could not be resolved
   */
  public abstract Optional<ElementReference> element();

  /**
   * Returns whether the citation resolved and its stated title, if it states one, matches the element's title
   * (see {@link org.ifla.strategy.framework.TitleMatcher}).
   *
   * @return true when resolved with no title or a matching one; false when unresolved or the title mismatches
   */
  public abstract boolean titleMatches();

  /**
   * Returns the element, other than {@link #element()}, whose title the stated title fits better: looked for
   * among the elements of the same sort (key initiatives, or areas) of the resolved (or given) edition first,
   * then of the other editions.
   *
   * @return the better fitting element, or empty when none fits better or no title is stated
   */
  public abstract Optional<ElementReference> betterMatch();

  /**
   * Returns whether the citation was resolved to an element.
   *
   * @return whether {@link #element()} is present
   */
  public boolean isResolved() {
    return element().isPresent();
  }

  @Value.Check
  void check() {
    checkState(edition().isPresent() == basis().isPresent(), "edition %s without basis %s or the reverse",
        edition(), basis());
    checkState(element().isEmpty() || element().get().edition().equals(edition()),
        "element %s is not in the edition %s", element(), edition());
    checkState(isResolved() || !titleMatches(), "an unresolved citation cannot have a matching title: %s",
        citation());
    checkState(betterMatch().isEmpty() || citation().statedTitle().isPresent(),
        "a better match without a stated title: %s", citation());
    checkState(betterMatch().isEmpty() || !betterMatch().equals(element()), "the better match %s is the element",
        betterMatch());
  }

  /**
   * Returns a short debugging form: the citation, the element or "unresolved", and the title verdict.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "ResolvedCitation{'" + citation() + "' -> " + element().map(Object::toString).orElse("unresolved")
        + (citation().statedTitle().isPresent() ? ", title " + (titleMatches() ? "matches" : "mismatches") : "")
        + betterMatch().map(b -> ", better " + b).orElse("") + "}";
  }

  static final class Builder extends ResolvedCitationBuilder {
    Builder() {}
  }
}
