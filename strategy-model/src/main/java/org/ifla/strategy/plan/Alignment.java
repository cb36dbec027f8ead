package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A plan's statement that some part of it aligns with the strategy, kept as written: the element referenced
 * (when the plan names one), the number and the title the plan wrote beside it, the plan's own words on how
 * it aligns, and the level it was written under.
 *
 * <p>People write alignments in many ways, and all are held: a number with or without a title ("4.5",
 * "Strategic Direction 4 – Capacity Building"), a title with no number, a direction cited where a key
 * initiative is expected, or a reference to something that is no element of any edition (IFLA's Global
 * Vision, a regional council's priorities), marked {@link #isExternal()}. The {@link #element()} is resolved
 * against the edition the plan cites unless it is qualified ({@code EDITION:ID}).
 *
 * <p>An alignment carried into another edition by a migration keeps, in {@link #migratedFrom()}, the qualified
 * reference it made before; its stated number and title stay as the plan wrote them, beside that original.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. An alignment says something: at least one of
 * element, stated number, stated title, rationale or original reference is present.
 */
@Value.Immutable
public abstract class Alignment {
  Alignment() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of the value: the same value if it is already one this library made.
   *
   * @param value the value
   * @return an immutable copy, equal to the value
   * @throws NullPointerException if the value is null
   */
  public static Alignment copyOf(Alignment value) {
    // every Alignment is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the element the plan refers to.
   *
   * @return the reference, or empty when the plan gives no resolvable number (a title alone, an external
   *     reference)
   */
  public abstract Optional<ElementReference> element();

  /**
   * Returns the number the plan wrote, exactly as written ("4.5", "SD4", "2").
   *
   * @return the number, or empty
   */
  public abstract Optional<String> statedNumber();

  /**
   * Returns the title the plan wrote beside the reference, exactly as written.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> statedTitle();

  /**
   * Returns the plan's own words on how it aligns.
   *
   * @return the rationale, or empty
   */
  public abstract Optional<LocalizedText> rationale();

  /**
   * Returns the level the alignment was written under (the "IFLA Strategic Direction" or the "Key
   * Initiatives" slot).
   *
   * @return the level, or empty where the plan does not say
   */
  public abstract Optional<AlignmentLevel> level();

  /**
   * Returns the reference this alignment made before it was migrated to the plan's present edition: always
   * qualified ({@code EDITION:ID}), and always the reference as first written, however many migrations
   * followed. A migration that found no successor leaves {@link #element()} empty and keeps the original here.
   * The stated title was written beside this original, and the rule {@code stated-title-mismatch} checks it
   * against the original element.
   *
   * @return the original reference, or empty for an alignment that was not migrated
   */
  public abstract Optional<ElementReference> migratedFrom();

  /**
   * Returns whether the alignment refers to something outside every strategy edition, such as IFLA's Global
   * Vision or a regional council's priorities. An external alignment has no {@link #element()}.
   *
   * @return whether it is external
   */
  @Value.Default
  public boolean isExternal() {
    return false;
  }

  @Value.Check
  void check() {
    Extensions.check(extensions());
    // each attribute asked once, without mapping an Optional: this runs for every alignment a plan reads
    ElementReference element = element().orElse(null);
    ElementReference original = migratedFrom().orElse(null);
    checkState(element != null || original != null || statedNumber().isPresent() || statedTitle().isPresent()
        || rationale().isPresent(),
        "an alignment needs an element, a stated number, a stated title, a rationale or an original reference");
    checkState(original == null || original.isQualified(),
        "the original reference of a migrated alignment names its edition: %s", original);
    checkState(!(isExternal() && element != null), "an external alignment cannot also reference element %s",
        element);
  }

  /**
   * Returns what other tools keep on this alignment, by key ({@code x-} and a name), each value the JSON text of
   * what the document held, written back as it was read.
   *
   * @return the extensions, in the document's order, possibly empty
   */
  public abstract ImmutableMap<String, String> extensions();

  /**
   * Builds a {@link Alignment}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. No attribute is required: every one is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends AlignmentBuilder {
    Builder() {}

    /**
     * Builds the Alignment from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if it has no element, stated number, stated title, rationale or original reference; the original reference names no edition; it is external and also references an element; or an extension's key is not {@code x-} and a name, or its value is blank
     */
    @Override
    public Alignment build() {
      return super.build();
    }
  }
}
