package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.immutables.value.Value;

/**
 * A strategy edition: IFLA's Strategic Plan 2016-2021, Strategy 2019-2024 or Strategy 2024-2029 (see
 * {@link IflaStrategies}), or a user's own strategy of the same shape.
 *
 * <p>An edition has an id, a title, a period in years, its statements (vision, mission, theory of change,
 * preamble, outcomes for the field) and its areas of work, each with key initiatives, measures of success and
 * overview items. Every element's id is unique inside the edition; {@link #reference(StrategyElement)} gives
 * its qualified form {@code EDITION:ID}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. Look-ups by id are answered from an index built
 * once, on first use.
 */
@Value.Immutable
public abstract class StrategyEdition {
  StrategyEdition() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of this edition, such as {@code ifla-strategy-2024-2029}.
   *
   * @return the id
   */
  public abstract EditionId id();

  /**
   * Returns the title, such as "IFLA Strategy 2024-2029".
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the first year of the edition's period.
   *
   * @return the first year, such as 2024
   */
  public abstract int firstYear();

  /**
   * Returns the last year of the edition's period, inclusive.
   *
   * @return the last year, such as 2029; never before {@link #firstYear()}
   */
  public abstract int lastYear();

  /**
   * Returns the vision statement.
   *
   * @return the vision, or empty where the edition has none (or none is known)
   */
  public abstract Optional<Statement> vision();

  /**
   * Returns the mission statement.
   *
   * @return the mission, or empty where the edition has none
   */
  public abstract Optional<Statement> mission();

  /**
   * Returns how the edition means to get to its vision (2024-2029: "how we'll get there").
   *
   * @return the statement, or empty
   */
  public abstract Optional<Statement> theoryOfChange();

  /**
   * Returns the introductory statements, in the edition's order.
   *
   * @return the preamble, possibly empty
   */
  public abstract ImmutableList<Statement> preamble();

  /**
   * Returns the outcomes for the library field (2024-2029: "what this means for the global library field").
   *
   * @return the outcome statements, possibly empty
   */
  public abstract ImmutableList<Statement> fieldOutcomes();

  /**
   * Returns the areas of work in the edition's order: strategic directions, or impact areas and the enabler.
   *
   * @return the areas, possibly empty
   */
  public abstract ImmutableList<StrategyArea> areas();

  /**
   * Returns every element of this edition in document order: statements, then each area followed by its
   * overview items, key initiatives and measures.
   *
   * @return all elements
   */
  @Value.Lazy
  public ImmutableList<StrategyElement> elements() {
    // This runs when an edition is built (check()), so also at start-up for the bundled ones: no lambdas, and
    // indexed loops, which create no iterators (the first of those loads a dozen more Guava classes).
    List<StrategyElement> all = new ArrayList<>();
    addIfPresent(all, vision());
    addIfPresent(all, mission());
    addIfPresent(all, theoryOfChange());
    addAll(all, preamble());
    addAll(all, fieldOutcomes());
    ImmutableList<StrategyArea> areas = areas();
    for (int i = 0; i < areas.size(); i++) {
      StrategyArea area = areas.get(i);
      all.add(area);
      addAll(all, area.overviewItems());
      addAll(all, area.keyInitiatives());
      addAll(all, area.measuresOfSuccess());
    }
    return ImmutableList.copyOf(all);
  }

  private static void addAll(List<StrategyElement> all, List<? extends StrategyElement> elements) {
    for (int i = 0; i < elements.size(); i++) {
      all.add(elements.get(i));
    }
  }

  private static void addIfPresent(List<StrategyElement> all, Optional<Statement> statement) {
    if (statement.isPresent()) {
      all.add(statement.get());
    }
  }

  @Value.Lazy
  ImmutableMap<ElementId, StrategyElement> index() {
    ImmutableMap.Builder<ElementId, StrategyElement> index = ImmutableMap.builderWithExpectedSize(elements().size());
    for (StrategyElement e : elements()) {
      index.put(e.id(), e);
    }
    return index.buildOrThrow();
  }

  /**
   * Returns every key initiative of this edition, area by area.
   *
   * @return the key initiatives
   */
  @Value.Lazy
  public ImmutableList<KeyInitiative> keyInitiatives() {
    ImmutableList.Builder<KeyInitiative> all = ImmutableList.builder();
    for (StrategyArea a : areas()) {
      all.addAll(a.keyInitiatives());
    }
    return all.build();
  }

  /**
   * Returns every measure of success of this edition, area by area.
   *
   * @return the measures
   */
  @Value.Lazy
  public ImmutableList<MeasureOfSuccess> measuresOfSuccess() {
    ImmutableList.Builder<MeasureOfSuccess> all = ImmutableList.builder();
    for (StrategyArea a : areas()) {
      all.addAll(a.measuresOfSuccess());
    }
    return all.build();
  }

  /**
   * Returns the element with the given id.
   *
   * @param id the id inside this edition
   * @return the element, or empty if this edition has none with that id
   * @throws NullPointerException if the id is null
   */
  public Optional<StrategyElement> element(ElementId id) {
    return Optional.ofNullable(index().get(requireNonNull(id, "id")));
  }

  /**
   * Returns the element with the given id, parsed with {@link ElementId#parse(CharSequence)}.
   *
   * @param id the id inside this edition, such as {@code SD1.KI2}
   * @return the element, or empty if this edition has none with that id
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the text is not an element id
   */
  public Optional<StrategyElement> element(String id) {
    return element(ElementId.parse(id));
  }

  /**
   * Returns whether this edition has an element with the id.
   *
   * @param id the id
   * @return whether the element exists
   * @throws NullPointerException if the id is null
   */
  public boolean contains(ElementId id) {
    return index().containsKey(requireNonNull(id, "id"));
  }

  /**
   * Returns the area or key initiative the edition numbers so: {@code 4} is an area, {@code 4.5} a key
   * initiative. Leading zeros are ignored ({@code 02} is {@code 2}).
   *
   * @param number the number as written, such as {@code 1.2}
   * @return the element, or empty if the edition numbers none so
   * @throws NullPointerException if the number is null
   */
  public Optional<StrategyElement> elementNumbered(String number) {
    String wanted = normalizeNumber(requireNonNull(number, "number"));
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    for (StrategyArea area : areas()) {
      if (area.number().map(StrategyEdition::normalizeNumber).filter(wanted::equals).isPresent()) {
        return Optional.of(area);
      }
      for (KeyInitiative ki : area.keyInitiatives()) {
        if (ki.number().map(StrategyEdition::normalizeNumber).filter(wanted::equals).isPresent()) {
          return Optional.of(ki);
        }
      }
    }
    return Optional.empty();
  }

  private static String normalizeNumber(String number) {
    StringBuilder out = new StringBuilder();
    for (String part : number.strip().split("\\.", -1)) {
      String digits = part.replaceFirst("^0+(?=\\d)", "");
      if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
        return "";
      }
      out.append(out.length() == 0 ? "" : ".").append(digits);
    }
    return out.toString();
  }

  /**
   * Returns the qualified reference {@code EDITION:ID} of an element of this edition.
   *
   * @param element an element of this edition
   * @return the qualified reference
   * @throws NullPointerException if the element is null
   * @throws IllegalArgumentException if the element is not one of this edition's
   */
  public ElementReference reference(StrategyElement element) {
    StrategyElement own = index().get(element.id());
    if (!element.equals(own)) {
      throw new IllegalArgumentException("element " + element.id() + " is not an element of " + id());
    }
    return ElementReference.of(id(), element.id());
  }

  /**
   * Returns whether the edition's period, {@link #firstYear()} to {@link #lastYear()}, includes the year.
   *
   * @param year the year
   * @return whether the year is inside the period
   */
  public boolean covers(int year) {
    return year >= firstYear() && year <= lastYear();
  }

  /**
   * Returns the language tags any label of this edition has.
   *
   * @return the tags
   */
  @Value.Lazy
  public ImmutableSortedSet<LanguageTag> languages() {
    ImmutableSortedSet.Builder<LanguageTag> tags = ImmutableSortedSet.naturalOrder();
    tags.addAll(title().languages());
    for (StrategyElement e : elements()) {
      forEachText(e, t -> tags.addAll(t.languages()));
    }
    return tags.build();
  }

  /**
   * Reports which elements lack a label in the given language, and whether the edition's own title does: an
   * element lacks it when its title or any of its other texts has no label of that exact language tag.
   *
   * @param languageTag the language, such as {@code zh}
   * @return the report
   * @throws NullPointerException if the tag is null
   */
  public TranslationCompleteness translationCompleteness(LanguageTag languageTag) {
    LanguageTag tag = requireNonNull(languageTag, "languageTag");
    List<ElementId> missing = new ArrayList<>();
    for (StrategyElement e : elements()) {
      boolean[] lacking = {false};
      forEachText(e, t -> lacking[0] |= t.label(tag).isEmpty());
      if (lacking[0]) {
        missing.add(e.id());
      }
    }
    return TranslationCompleteness.builder()
        .edition(id())
        .languageTag(tag)
        .titleMissing(title().label(tag).isEmpty())
        .elementCount(elements().size())
        .addAllMissing(missing)
        .build();
  }

  /**
   * Counts the labels of one language in this edition by where their words come from: the labels of exactly
   * that tag in the edition's title and in every text of every element. Shows, beside
   * {@link #translationCompleteness(LanguageTag)}, how much of a language is official wording.
   *
   * @param languageTag the language, such as {@code en}
   * @return the number of labels for each provenance, every provenance present (zero when none), in the
   *     enum's order
   * @throws NullPointerException if the tag is null
   */
  public ImmutableMap<Provenance, Integer> labelCounts(LanguageTag languageTag) {
    requireNonNull(languageTag, "languageTag");
    int[] counts = new int[Provenance.values().length];
    Consumer<LocalizedText> count = t -> t.label(languageTag).ifPresent(l -> counts[l.provenance().ordinal()]++);
    count.accept(title());
    for (StrategyElement e : elements()) {
      forEachText(e, count);
    }
    ImmutableMap.Builder<Provenance, Integer> out = ImmutableMap.builder();
    for (Provenance p : Provenance.values()) {
      out.put(p, counts[p.ordinal()]);
    }
    return out.build();
  }

  /**
   * Calls the action with every text of an element: its title and, where it has them, description, field
   * outcome, success criteria and alternative titles.
   */
  static void forEachText(StrategyElement e, Consumer<LocalizedText> action) {
    action.accept(e.title());
    if (e instanceof StrategyArea) {
      StrategyArea a = (StrategyArea) e;
      a.description().ifPresent(action);
      a.fieldOutcome().ifPresent(action);
      a.successCriteria().ifPresent(action);
      a.alternativeTitles().forEach(action);
    } else if (e instanceof KeyInitiative) {
      ((KeyInitiative) e).description().ifPresent(action);
    } else if (e instanceof Statement) {
      ((Statement) e).description().ifPresent(action);
    }
  }

  @Value.Check
  void check() {
    checkState(firstYear() <= lastYear(), "edition %s ends (%s) before it starts (%s)", id(), lastYear(),
        firstYear());
    // runs at start-up for the bundled editions: no lambdas, no iterators (see elements())
    checkKind(vision(), ElementKind.VISION);
    checkKind(mission(), ElementKind.MISSION);
    checkKind(theoryOfChange(), ElementKind.THEORY_OF_CHANGE);
    for (int i = 0; i < preamble().size(); i++) {
      checkKind(preamble().get(i), ElementKind.PREAMBLE);
    }
    for (int i = 0; i < fieldOutcomes().size(); i++) {
      checkKind(fieldOutcomes().get(i), ElementKind.FIELD_OUTCOME);
    }
    ImmutableList<StrategyElement> elements = elements();
    Set<ElementId> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      StrategyElement e = elements.get(i);
      checkState(seen.add(e.id()), "edition %s has two elements with id %s", id(), e.id());
    }
  }

  private void checkKind(Optional<Statement> s, ElementKind kind) {
    if (s.isPresent()) {
      checkKind(s.get(), kind);
    }
  }

  private void checkKind(Statement s, ElementKind kind) {
    checkState(s.kind() == kind, "edition %s: statement %s has kind %s where %s is expected", id(), s.id(),
        s.kind(), kind);
  }

  /**
   * Returns a short debugging form: the id and the period.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "StrategyEdition{" + id() + ", " + firstYear() + "-" + lastYear() + ", " + areas().size() + " areas}";
  }

  /**
   * Builds a {@link StrategyEdition}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link StrategyEdition#id() id}, {@link StrategyEdition#title() title}, {@link StrategyEdition#firstYear() firstYear}, {@link StrategyEdition#lastYear() lastYear}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends StrategyEditionBuilder {
    Builder() {}

    /**
     * Builds the StrategyEdition from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if the last year is before the first, a statement is not of the kind its place asks for, or two elements share an id
     */
    @Override
    public StrategyEdition build() {
      return super.build();
    }
  }
}
