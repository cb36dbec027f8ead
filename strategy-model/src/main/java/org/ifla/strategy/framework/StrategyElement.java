package org.ifla.strategy.framework;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;

/**
 * An element of a strategy edition: an area of work, a key initiative, a measure of success or a statement.
 * Every element has an id that is stable inside its edition; with the edition's id it forms the qualified
 * reference {@code EDITION:ID} (see {@link StrategyEdition#reference(StrategyElement)}).
 *
 * <p>Implementations in this library are immutable and thread-safe.
 */
public interface StrategyElement {
  /**
   * Returns the id of this element inside its edition.
   *
   * @return the id
   */
  ElementId id();

  /**
   * Returns the kind of this element.
   *
   * @return the kind
   */
  ElementKind kind();

  /**
   * Returns the number the edition gives this element, such as {@code 2} for a strategic direction or
   * {@code 1.2} for a key initiative.
   *
   * @return the number, or empty where the edition numbers nothing (the 2024-2029 key initiatives)
   */
  Optional<String> number();

  /**
   * Returns the title, or for a statement its text.
   *
   * @return the title
   */
  LocalizedText title();
}
