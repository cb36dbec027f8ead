package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.Mapping;
import org.immutables.value.Value;

/**
 * What a {@link PlanMigration} did with each reference of a plan: which were {@link #mapped()} to one
 * successor, which are {@link #ambiguous()} (several successors, all cited), and which are {@link #unmapped()}
 * (retired, unknown to the crosswalk, or with no crosswalk to follow), in the plan's order.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class MigrationReport {
  MigrationReport() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the edition the plan cited before the migration.
   *
   * @return the edition's id
   */
  public abstract EditionId sourceEdition();

  /**
   * Returns the edition the migrated plan cites.
   *
   * @return the edition's id
   */
  public abstract EditionId targetEdition();

  /**
   * Returns every reference of the plan, in the plan's order (the plan's alignments to every part, its context
   * alignments, then each part's alignments and its activities', then the plan-level activities'), including
   * alignments by title alone that name an element of the source edition.
   *
   * @return the references
   */
  public abstract ImmutableList<MigratedReference> references();

  /**
   * Returns the references with exactly one successor.
   *
   * @return the mapped references, in order
   */
  public ImmutableList<MigratedReference> mapped() {
    return with(MigrationOutcome.MAPPED);
  }

  /**
   * Returns the references with several successors.
   *
   * @return the ambiguous references, in order
   */
  public ImmutableList<MigratedReference> ambiguous() {
    return with(MigrationOutcome.AMBIGUOUS);
  }

  /**
   * Returns the references with no successor: retired, unknown to the crosswalk, or with no crosswalk.
   *
   * @return the unmapped references, in order
   */
  public ImmutableList<MigratedReference> unmapped() {
    return references().stream().filter(r -> !r.outcome().hasSuccessor()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the references with the outcome.
   *
   * @param outcome the outcome
   * @return the references, in order
   * @throws NullPointerException if the outcome is null
   */
  public ImmutableList<MigratedReference> with(MigrationOutcome outcome) {
    requireNonNull(outcome, "outcome");
    return references().stream().filter(r -> r.outcome() == outcome).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether every reference has exactly one successor.
   *
   * @return whether nothing is ambiguous or unmapped
   */
  public boolean isComplete() {
    return references().stream().allMatch(r -> r.outcome() == MigrationOutcome.MAPPED);
  }

  /**
   * Returns what the migration could not carry into the new plan, said once for the whole plan (such as a
   * period outside the target edition, which the migrated plan then does not state).
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /** The longest line {@link #format()} writes for one reference, in characters. */
  public static final int LINE_LIMIT = 200;

  /**
   * Returns the report as text: a summary line, the {@linkplain #notes() notes} (each on a line starting
   * {@code note: }), then one line per reference, {@code LOCATION ORIGINAL -> OUTCOME [KIND TARGET, ...]: note},
   * every element qualified by its edition. A line is cut to {@value #LINE_LIMIT} characters (ending in
   * "…"), and a note already given for an earlier reference is not repeated.
   *
   * @return the lines joined by {@code \n}
   */
  public String format() {
    StringBuilder s = new StringBuilder();
    s.append(sourceEdition()).append(" -> ").append(targetEdition()).append(": ")
        .append(mapped().size()).append(" mapped, ").append(ambiguous().size()).append(" ambiguous, ")
        .append(unmapped().size()).append(" unmapped");
    for (String note : notes()) {
      s.append("\nnote: ").append(note);
    }
    java.util.Set<String> given = new java.util.HashSet<>();
    for (MigratedReference r : references()) {
      StringBuilder line = new StringBuilder();
      line.append(r.location().isRoot() ? "(plan)" : r.location().toString()).append(' ')
          .append(r.original()).append(" -> ").append(r.outcome().name().toLowerCase(Locale.ROOT)
              .replace('_', '-'));
      if (!r.targets().isEmpty()) {
        line.append(' ').append(r.mappings().stream().map(m -> m.kind() + " " + target(m))
            .collect(Collectors.joining(", ")));
      }
      if (given.add(r.note())) {
        line.append(": ").append(r.note());
      }
      s.append('\n').append(line.length() <= LINE_LIMIT ? line : line.substring(0, LINE_LIMIT - 1) + "…");
    }
    return s.toString();
  }

  private String target(Mapping m) {
    Optional<ElementReference> t = m.target().map(id -> ElementReference.of(targetEdition(), id));
    return t.map(ElementReference::toString).orElse("-");
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return format();
  }

  /**
   * Builds a {@link MigrationReport}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link MigrationReport#sourceEdition() sourceEdition}, {@link MigrationReport#targetEdition() targetEdition}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends MigrationReportBuilder {
    Builder() {}

    /**
     * Builds the MigrationReport from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones)
     */
    @Override
    public MigrationReport build() {
      return super.build();
    }
  }
}
