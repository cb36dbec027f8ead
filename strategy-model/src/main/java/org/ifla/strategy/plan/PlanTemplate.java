package org.ifla.strategy.plan;

/**
 * The template an action plan follows. It names the plan's parts ({@link #partKind()}) and selects the
 * template-bound alignment rules (such as the 1-to-4 focus-area count, which applies to {@link #FOCUS_AREAS}
 * only; the table is in {@code RuleSet.standard()}); nothing else differs between templates: every template's
 * parts are {@link PlanPart}s.
 */
public enum PlanTemplate {
  /**
   * Objectives of the unit, each with its own key-initiative tag, activities and measures, or with alignments
   * and actions stated once for the whole plan (section plans, 2016-2018).
   */
  OBJECTIVES(PartKind.OBJECTIVE),
  /**
   * One to four focus areas, each aligned to strategic directions (2019-2021) or impact areas (2024-2029) and
   * to their key initiatives, with activities, a way to communicate and a way to measure impact.
   */
  FOCUS_AREAS(PartKind.FOCUS_AREA),
  /** Project pages: projects with timeframes (2021-2023). */
  PROJECTS(PartKind.PROJECT),
  /** Goals, aligned to a regional priority as well as to the strategy (regional division committees). */
  GOALS(PartKind.GOAL),
  /** Any other shape. */
  OTHER(PartKind.PART);

  private final PartKind partKind;

  PlanTemplate(PartKind partKind) {
    this.partKind = partKind;
  }

  /**
   * Returns what this template calls a plan's parts.
   *
   * @return the kind of its parts
   */
  public PartKind partKind() {
    return partKind;
  }
}
