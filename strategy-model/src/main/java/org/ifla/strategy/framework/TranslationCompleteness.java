package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.ifla.strategy.text.LanguageTag;
import org.immutables.value.Value;

/**
 * How complete one language is in one edition: the elements that lack a label in that language, and whether
 * the edition's own title does. Made by {@link StrategyEdition#translationCompleteness(LanguageTag)}.
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
   * {@link StrategyEdition#translationCompleteness(LanguageTag)}.
   *
   * @param edition the edition reported on
   * @param languageTag the language reported on
   * @param titleMissing whether the edition's own title lacks the language
   * @param elementCount the number of elements in the edition
   * @param missing the elements that lack the language, in document order
   * @return the report
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalStateException if the count is negative, smaller than the missing ones, or an id repeats
   */
  public static TranslationCompleteness of(EditionId edition, LanguageTag languageTag, boolean titleMissing,
      int elementCount, Iterable<ElementId> missing) {
    return builder().edition(edition).languageTag(languageTag).titleMissing(titleMissing)
        .elementCount(elementCount).missing(missing).build();
  }

  /**
   * Returns the edition reported on.
   *
   * @return the edition's id
   */
  public abstract EditionId edition();

  /**
   * Returns the language reported on.
   *
   * @return the tag
   */
  public abstract LanguageTag languageTag();

  /**
   * Returns whether the edition's own title lacks a label in the language.
   *
   * @return whether the title is missing
   */
  public abstract boolean titleMissing();

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
   * Returns whether the edition's title and every element have the language.
   *
   * @return whether nothing is missing
   */
  public boolean isComplete() {
    return !titleMissing() && missing().isEmpty();
  }

  /**
   * Returns the share of the edition's title and its elements that have the language, from 0 to 1: the title
   * counts as one more element.
   *
   * @return the share
   */
  public double ratio() {
    int total = elementCount() + 1;
    return (total - missing().size() - (titleMissing() ? 1 : 0)) / (double) total;
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
