package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.Mapping;
import org.immutables.value.Value;

/**
 * One reference of a plan, as a {@link PlanMigration} carried it into the target edition: where it was in the
 * original plan, the qualified reference it made, the {@link MigrationOutcome}, the references it now makes,
 * and the crosswalk entries that decided it.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class MigratedReference {
  MigratedReference() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns where the alignment is in the original plan, such as {@code /parts/0/alignments/1}.
   *
   * @return the location
   */
  public abstract PlanLocation location();

  /**
   * Returns the reference the alignment made before this migration, qualified with its edition.
   *
   * @return the original reference
   */
  public abstract ElementReference original();

  /**
   * Returns what the migration did with the reference.
   *
   * @return the outcome
   */
  public abstract MigrationOutcome outcome();

  /**
   * Returns the references to the target edition that replace the original, qualified: one for
   * {@link MigrationOutcome#MAPPED}, several for {@link MigrationOutcome#AMBIGUOUS}, none otherwise.
   *
   * @return the new references, in the crosswalk's order
   */
  public abstract ImmutableList<ElementReference> targets();

  /**
   * Returns the crosswalk entries that decided the outcome: the correspondences followed (composed where the
   * migration crossed several editions), the retired entry, or none when the crosswalk has no entry (or the
   * reference already was an element of the target edition, shown as an {@code exact} mapping to itself).
   *
   * @return the entries, each with its kind and rationale
   */
  public abstract ImmutableList<Mapping> mappings();

  /**
   * Returns a short explanation: the rationales, or why there is no crosswalk entry.
   *
   * @return the explanation, not blank
   */
  public abstract String note();

  @Value.Check
  void check() {
    checkState(original().isQualified(), "the original reference %s names no edition", original());
    checkState(outcome() == MigrationOutcome.MAPPED ? targets().size() == 1
            : outcome() == MigrationOutcome.AMBIGUOUS ? targets().size() > 1 : targets().isEmpty(),
        "%s reference %s with %s targets", outcome(), original(), targets().size());
    checkState(targets().stream().allMatch(ElementReference::isQualified), "unqualified target in %s", targets());
    checkState(!note().isBlank(), "blank note for %s", original());
  }

  /**
   * Returns {@code LOCATION ORIGINAL OUTCOME -> TARGETS}, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return (location().isRoot() ? "(plan)" : location().toString()) + " " + original() + " " + outcome()
        + " -> " + targets();
  }

  /**
   * Builds a {@link MigratedReference}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link MigratedReference#location() location}, {@link MigratedReference#original() original}, {@link MigratedReference#outcome() outcome}, {@link MigratedReference#note() note}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends MigratedReferenceBuilder {
    Builder() {}

    /**
     * Builds the MigratedReference from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if the original reference names no edition, the number of targets does not fit the outcome (one when mapped, several when ambiguous, none otherwise), a target names no edition, or the note is blank
     */
    @Override
    public MigratedReference build() {
      return super.build();
    }
  }
}
