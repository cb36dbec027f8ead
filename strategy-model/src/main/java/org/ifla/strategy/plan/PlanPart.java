package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A part of an action plan, whatever its template calls it: a focus area, an objective, a goal or a project
 * ({@link PartKind}). Every template's parts carry the same things, as written: a number, a title (or the
 * objective's text), a description, alignments, activities, how the unit measures impact and communicates, who
 * it works with, a status and notes. A part may lack any of them; it is held as written and the alignment
 * rules say what is missing.
 *
 * <p>{@link #extensions()} keeps what other tools add to a part in a document ({@code x-} keys), verbatim.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class PlanPart {
  PlanPart() {}

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
  public static PlanPart copyOf(PlanPart value) {
    // every PlanPart is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * Returns a numbered part with a title (or an objective with its text), and nothing else.
   *
   * @param number the number as written
   * @param title the title
   * @return the part
   * @throws NullPointerException if an argument is null
   */
  public static PlanPart of(String number, LocalizedText title) {
    return builder().number(number).title(title).build();
  }

  /**
   * Returns what the part is called where the plan calls it otherwise than its template does (an objective in
   * a plan of focus areas); {@link #kindIn(PlanTemplate)} gives the kind either way.
   *
   * @return the part's own kind, or empty where it is the template's
   */
  public abstract Optional<PartKind> kind();

  /**
   * Returns what the part is called in a plan of the given template: its own {@link #kind()}, else the
   * template's {@link PlanTemplate#partKind()}.
   *
   * @param template the plan's template
   * @return the kind
   * @throws NullPointerException if the template is null
   */
  public final PartKind kindIn(PlanTemplate template) {
    return kind().orElse(template.partKind());
  }

  /**
   * Returns the part's number as written ("1" for "Focus Area 1").
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns the title, or an objective's text.
   *
   * @return the title, or empty where the plan gives none
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns further text describing the part.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the alignments to the strategy stated for this part.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the activities in the plan's order.
   *
   * @return the activities, possibly empty
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * Returns how the unit will communicate its activities and results.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> communication();

  /**
   * Returns how the unit will measure the impact of its activities.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> impactMeasures();

  /**
   * Returns the other units that may be interested or collaborate, as written.
   *
   * @return the text, or empty
   */
  public abstract Optional<LocalizedText> collaboration();

  /**
   * Returns the part's status as written ("ongoing", "completed", "new in 2022").
   *
   * @return the status, or empty
   */
  public abstract Optional<String> status();

  /**
   * Returns the plan's notes on the part ("to be confirmed at the mid-term meeting").
   *
   * @return the notes, or empty
   */
  public abstract Optional<LocalizedText> notes();

  /**
   * Returns what other tools keep on this part, by key ({@code x-} and a name), each value the JSON text of
   * what the document held, written back as it was read.
   *
   * @return the extensions, in the document's order, possibly empty
   */
  public abstract ImmutableMap<String, String> extensions();

  @Value.Check
  void check() {
    Extensions.check(extensions());
  }

  /**
   * Builds a {@link PlanPart}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. No attribute is required: every one is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends PlanPartBuilder {
    Builder() {}

    /**
     * Builds the PlanPart from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if an extension's key is not {@code x-} and a name, or its value is blank
     */
    @Override
    public PlanPart build() {
      return super.build();
    }
  }
}
