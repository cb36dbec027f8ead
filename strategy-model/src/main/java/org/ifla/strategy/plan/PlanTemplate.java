package org.ifla.strategy.plan;

/**
 * The template an action plan follows, which decides what its parts are called and which template-bound
 * alignment rules apply to it (such as the 1-to-4 focus-area rule, which applies to {@link #FOCUS_AREAS} only).
 */
public enum PlanTemplate {
  /** Objectives and actions planned (professional units, 2016-2018). */
  OBJECTIVES,
  /** One to four focus areas aligned to strategic directions and key initiatives (2019-2021). */
  FOCUS_AREAS,
  /** Project pages (2021-2023). */
  PROJECTS,
  /** Goals (regional division committees). */
  GOALS,
  /** Any other shape. */
  OTHER
}
