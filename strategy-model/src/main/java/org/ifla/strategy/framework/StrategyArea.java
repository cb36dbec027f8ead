package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;

/**
 * An area of work of an edition: a {@link StrategicDirection} (2016-2021, 2019-2024), an {@link ImpactArea}
 * or the {@link Enabler} (2024-2029). An area holds its key initiatives, its measures of success, its items
 * in the overview diagram, and the texts the edition gives about it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface StrategyArea extends StrategyElement {
  /**
   * Returns the area's description or introduction.
   *
   * @return the description, or empty
   */
  Optional<LocalizedText> description();

  /**
   * Returns the area's key initiatives in the edition's order.
   *
   * @return the key initiatives, possibly empty
   */
  ImmutableList<KeyInitiative> keyInitiatives();

  /**
   * Returns the area's measures of success in the edition's order.
   *
   * @return the measures, possibly empty
   */
  ImmutableList<MeasureOfSuccess> measuresOfSuccess();

  /**
   * Returns the area's items in the edition's overview diagram, as {@link ElementKind#OVERVIEW_ITEM}
   * statements.
   *
   * @return the items, possibly empty
   */
  ImmutableList<Statement> overviewItems();

  /**
   * Returns what the area means for the library field (2024-2029: "what this means for the global library
   * field").
   *
   * @return the text, or empty
   */
  Optional<LocalizedText> fieldOutcome();

  /**
   * Returns how the edition will know the area succeeded (2024-2029: "we will know we have succeeded if").
   *
   * @return the text, or empty
   */
  Optional<LocalizedText> successCriteria();

  /**
   * Returns other titles the edition uses for this area, such as the wording of the overview diagram where
   * it differs from the body.
   *
   * @return the alternative titles, possibly empty
   */
  ImmutableList<LocalizedText> alternativeTitles();

  /**
   * Checks that the area's key initiatives and measures name this area and that no id repeats; called by
   * the implementations on construction.
   *
   * @param area the area to check
   * @throws IllegalStateException if the area is inconsistent
   */
  static void checkConsistent(StrategyArea area) {
    // indexed loops: this runs at start-up for the bundled editions, and an iterator there loads a dozen more
    // Guava classes
    ImmutableList<KeyInitiative> keyInitiatives = area.keyInitiatives();
    for (int i = 0; i < keyInitiatives.size(); i++) {
      KeyInitiative ki = keyInitiatives.get(i);
      checkState(ki.area().equals(area.id()), "key initiative %s is listed in area %s but names area %s",
          ki.id(), area.id(), ki.area());
    }
    ImmutableList<MeasureOfSuccess> measures = area.measuresOfSuccess();
    for (int i = 0; i < measures.size(); i++) {
      MeasureOfSuccess m = measures.get(i);
      checkState(m.area().equals(area.id()), "measure %s is listed in area %s but names area %s",
          m.id(), area.id(), m.area());
    }
    ImmutableList<Statement> items = area.overviewItems();
    for (int i = 0; i < items.size(); i++) {
      Statement item = items.get(i);
      checkState(item.kind() == ElementKind.OVERVIEW_ITEM, "overview item %s of area %s has kind %s",
          item.id(), area.id(), item.kind());
    }
  }
}
