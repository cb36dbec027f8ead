package org.ifla.strategy.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The IFLA strategy editions bundled with this library, built once from the UTF-8 label files in the jar
 * and shared: every call returns the same instance.
 *
 * <ul>
 *   <li>{@link #STRATEGIC_PLAN_2016_2021}: four strategic directions with descriptions and fifteen key
 *       initiatives (4/3/3/5); English, with Chinese direction titles and descriptions.
 *   <li>{@link #STRATEGY_2019_2024}: vision, mission, four strategic directions and sixteen key initiatives
 *       (1.1 to 4.4); English, with Chinese in Traditional ({@code zh-Hant}) and Simplified ({@code zh}).
 *   <li>{@link #STRATEGY_2024_2029}: vision, theory of change, four outcomes for the field, three impact
 *       areas and the enabler with their overview items, fifteen key initiatives, eighteen measures of success
 *       and the per-area texts; Chinese as published in the Chinese text, English official where found.
 * </ul>
 *
 * <p>Every label says where its words come from ({@link org.ifla.strategy.text.Label#provenance()}) and names its
 * source ({@link org.ifla.strategy.text.Label#source()}): {@code OFFICIAL} for IFLA's own wording,
 * {@code QUOTED} for text taken word for word from another named source (the Chinese text of the 2024-2029
 * Strategy, a Traditional Chinese list published in Taiwan), {@code RENDERED} for text this library wrote where
 * no source was found (such as most of the 2024-2029 English and the editions' Chinese titles). Where no text is
 * known the label is absent, so that
 * {@link StrategyEdition#translationCompleteness(org.ifla.strategy.text.LanguageTag)} shows the gap.
 *
 * <p>Thread-safe. The editions are loaded on first use of this class's methods.
 */
public final class IflaStrategies {
  /** IFLA Strategic Plan 2016-2021. */
  public static final EditionId STRATEGIC_PLAN_2016_2021 = EditionId.parse("ifla-strategic-plan-2016-2021");
  /** IFLA Strategy 2019-2024. */
  public static final EditionId STRATEGY_2019_2024 = EditionId.parse("ifla-strategy-2019-2024");
  /** IFLA Strategy 2024-2029. */
  public static final EditionId STRATEGY_2024_2029 = EditionId.parse("ifla-strategy-2024-2029");

  private IflaStrategies() {}

  /*
   * Each edition is loaded on its first use (initialization-on-demand holders), so that a program that wants
   * one edition does not load all three: loading the others was most of a fresh JVM's time to print the
   * 2024-2029 vision (see benchmarks/README.md, group 4). The catalog holds the same instances.
   *
   * The editions are built by classes generated from the label files (editions/ID/*.properties, the source of
   * truth), which are also their holders (EDITION), so that start-up reads and parses no resource: reading the
   * label files took most of a fresh JVM's time to print the vision. PrebuiltEditionsTest checks that each class
   * is what BundledEditions, with all its checks of the bundled data, makes of today's label files, and that the
   * editions are equal.
   */
  private static final class Holder {
    static final EditionCatalog CATALOG = EditionCatalog.of(BundledEdition2016to2021.EDITION,
        BundledEdition2019to2024.EDITION, BundledEdition2024to2029.EDITION);
  }

  private static final class Crosswalks {
    static final CrosswalkCatalog CROSSWALKS = CrosswalkCatalog.of(
        BundledCrosswalks.load(BundledEdition2016to2021.EDITION, BundledEdition2019to2024.EDITION),
        BundledCrosswalks.load(BundledEdition2019to2024.EDITION, BundledEdition2024to2029.EDITION));
  }

  /**
   * Returns the catalog of the three bundled editions, oldest first.
   *
   * @return the shared catalog
   */
  public static EditionCatalog catalog() {
    return Holder.CATALOG;
  }

  /**
   * Returns the bundled crosswalks between consecutive editions: 2016-2021 to 2019-2024, and 2019-2024 to
   * 2024-2029. Each maps every element of its older edition (or marks it retired) and accounts for every
   * element of its newer edition (as a target, or marked new), with a short rationale per entry; see
   * {@link Crosswalk}. {@link CrosswalkCatalog#between(EditionId, EditionId)} composes them from 2016-2021 to
   * 2024-2029.
   *
   * @return the shared catalog of crosswalks
   */
  public static CrosswalkCatalog crosswalks() {
    return Crosswalks.CROSSWALKS;
  }

  /**
   * Returns the three bundled editions, oldest first.
   *
   * @return the editions
   */
  public static ImmutableList<StrategyEdition> all() {
    return Holder.CATALOG.editions();
  }

  /**
   * Returns the bundled edition with the id.
   *
   * @param id the id
   * @return the edition, or empty if no bundled edition has that id
   * @throws NullPointerException if the id is null
   */
  public static Optional<StrategyEdition> edition(EditionId id) {
    return Holder.CATALOG.edition(requireNonNull(id, "id"));
  }

  /**
   * Returns the IFLA Strategic Plan 2016-2021.
   *
   * @return the shared edition
   */
  public static StrategyEdition strategicPlan2016to2021() {
    return BundledEdition2016to2021.EDITION;
  }

  /**
   * Returns the IFLA Strategy 2019-2024.
   *
   * @return the shared edition
   */
  public static StrategyEdition strategy2019to2024() {
    return BundledEdition2019to2024.EDITION;
  }

  /**
   * Returns the IFLA Strategy 2024-2029.
   *
   * @return the shared edition
   */
  public static StrategyEdition strategy2024to2029() {
    return BundledEdition2024to2029.EDITION;
  }
}
