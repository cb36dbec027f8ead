package org.ifla.strategy.framework;

import com.google.common.collect.ImmutableList;
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

  static final class Builder extends ImmutableTranslationCompleteness.Builder {
    Builder() {}
  }
}
