package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.ifla.strategy.text.Label;
import org.immutables.value.Value;

/**
 * How complete one language is in one edition: the elements that lack a label in that language. Made by
 * {@link StrategyEdition#translationCompleteness(String)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TranslationCompleteness {
  TranslationCompleteness() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a report, as read back from a document; editions make theirs with
   * {@link StrategyEdition#translationCompleteness(String)}.
   *
   * @param edition the edition reported on
   * @param languageTag the language reported on, a BCP 47 tag (stored in canonical form)
   * @param elementCount the number of elements in the edition
   * @param missing the elements that lack the language, in document order
   * @return the report
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if the tag is not a well-formed language tag
   * @throws IllegalStateException if the count is negative, smaller than the missing ones, or an id repeats
   */
  public static TranslationCompleteness of(EditionId edition, String languageTag, int elementCount,
      Iterable<ElementId> missing) {
    return builder().edition(edition).languageTag(Label.of(languageTag, "-", true)
        .languageTag()).elementCount(elementCount).missing(missing).build();
  }

  /**
   * Returns the edition reported on.
   *
   * @return the edition's id
   */
  public abstract EditionId edition();

  /**
   * Returns the canonical language tag reported on.
   *
   * @return the tag
   */
  public abstract String languageTag();

  /**
   * Returns the number of elements in the edition.
   *
   * @return the count
   */
  public abstract int elementCount();

  /**
   * Returns the elements that lack a label in the language, in document order.
   *
   * @return the ids, possibly empty
   */
  public abstract ImmutableList<ElementId> missing();

  /**
   * Returns whether every element has the language.
   *
   * @return whether nothing is missing
   */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * Returns the share of elements that have the language, from 0 to 1.
   *
   * @return the share; 1 for an edition without elements
   */
  public double ratio() {
    return elementCount() == 0 ? 1.0 : (elementCount() - missing().size()) / (double) elementCount();
  }

  @Value.Check
  void check() {
    checkState(elementCount() >= 0 && elementCount() >= missing().size(),
        "%s of %s elements cannot be missing", missing().size(), elementCount());
    checkState(
        ImmutableSet.copyOf(missing()).size() == missing().size(),
        "an element is listed twice as missing: %s", missing());
  }

  static final class Builder extends TranslationCompletenessBuilder {
    Builder() {}
  }
}
