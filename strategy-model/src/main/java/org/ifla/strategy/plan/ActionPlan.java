package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A professional unit's action plan, as written: the unit, the strategy edition it cites, its period, its
 * status ("Draft", "Final", "updated for the Professional Committee"), its mission, its {@linkplain #parts()
 * parts} (focus areas, objectives, goals or projects, as its {@linkplain #template() template} calls them), and
 * what it states for the whole plan rather than for one part: alignments that apply to every part
 * ({@link #alignments()}, "these objectives support Key Initiatives 2.1 and 2.3"), alignments that only give
 * context ({@link #contextAlignments()}, a direction's description quoted) and activities ("Actions planned").
 *
 * <p>Nothing beyond the unit and the template is required: a plan with no period, an unknown edition or no
 * parts is held, and the alignment rules report what it lacks. A plan held only in part says so
 * ({@link #isTruncated()}, {@link #fullPlan()}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ActionPlan {
  ActionPlan() {}

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
  public static ActionPlan copyOf(ActionPlan value) {
    // every ActionPlan is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the unit that wrote the plan.
   *
   * @return the unit
   */
  public abstract ProfessionalUnit unit();

  /**
   * Returns the plan's title as written ("Action plan 2019 – 2020").
   *
   * @return the title, or empty
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the template the plan follows.
   *
   * @return the template
   */
  public abstract PlanTemplate template();

  /**
   * Returns the strategy edition the plan cites.
   *
   * @return the edition's id, or empty when the plan names none
   */
  public abstract Optional<EditionId> edition();

  /**
   * Returns the plan's period, as written.
   *
   * @return the period, or empty
   */
  public abstract Optional<StatedTimeframe> period();

  /**
   * Returns the plan's status as written ("DRAFT").
   *
   * @return the status, or empty
   */
  public abstract Optional<String> status();

  /**
   * Returns the unit's mission or aim as the plan states it.
   *
   * @return the mission, or empty
   */
  public abstract Optional<LocalizedText> mission();

  /**
   * Returns the alignments stated for the whole plan that apply to every part ("these objectives support Key
   * Initiatives 2.1 and 2.3"): each part counts as aligned through them.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the alignments stated for the whole plan that only give context (a strategic direction's
   * description quoted at the head of the plan): their references are checked, but they align no part and are
   * not counted as coverage.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> contextAlignments();

  /**
   * Returns the parts of the plan: focus areas, objectives, goals or projects, as the template calls them.
   *
   * @return the parts, possibly empty
   */
  public abstract ImmutableList<PlanPart> parts();

  /**
   * Returns the activities stated for the whole plan rather than for one part ("Actions planned").
   *
   * @return the activities, possibly empty
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * Returns whether the plan as held is cut short: its source text ends before the plan does (a page cut off,
   * an excerpt).
   *
   * @return whether it is cut short; false by default
   */
  @Value.Default
  public boolean isTruncated() {
    return false;
  }

  /**
   * Returns where the full plan is, as the plan or its transcriber wrote it (a document's title or address).
   *
   * @return where the full plan is, or empty
   */
  public abstract Optional<String> fullPlan();

  /**
   * Returns what other tools keep on the plan, by key ({@code x-} and a name), each value the JSON text of what
   * the document held, written back as it was read.
   *
   * @return the extensions, in the document's order, possibly empty
   */
  public abstract ImmutableMap<String, String> extensions();

  @Value.Check
  void check() {
    Extensions.check(extensions());
  }

  /**
   * Builds a {@link ActionPlan}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link ActionPlan#unit() unit}, {@link ActionPlan#template() template}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends ActionPlanBuilder {
    Builder() {}

    /**
     * Builds the ActionPlan from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if an extension's key is not {@code x-} and a name, or its value is blank
     */
    @Override
    public ActionPlan build() {
      return super.build();
    }
  }
}
