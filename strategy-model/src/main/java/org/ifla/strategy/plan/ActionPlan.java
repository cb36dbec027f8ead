package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A professional unit's action plan, as written: the unit, the strategy edition it cites, its period, its
 * status ("Draft", "Final", "updated for the Professional Committee"), its mission and objectives, its parts
 * ({@link #focusAreas()}), and the alignments and activities it states for the whole plan rather than for
 * one part.
 *
 * <p>Nothing beyond the unit and the template is required: a plan with no period, an unknown edition or no
 * parts is held, and the alignment rules report what it lacks.
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
    return value instanceof ImmutableActionPlan ? value : builder().from(value).build();
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
   * Returns the objectives (older template).
   *
   * @return the objectives, possibly empty
   */
  public abstract ImmutableList<Objective> objectives();

  /**
   * Returns the alignments stated for the whole plan.
   *
   * @return the alignments, possibly empty
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the parts of the plan: focus areas, projects or goals, as the template calls them.
   *
   * @return the parts, possibly empty
   */
  public abstract ImmutableList<FocusArea> focusAreas();

  /**
   * Returns the activities stated for the whole plan rather than for one part ("Actions planned").
   *
   * @return the activities, possibly empty
   */
  public abstract ImmutableList<Activity> activities();

  /** Builds a {@link ActionPlan}. Not thread-safe. */
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }
}
