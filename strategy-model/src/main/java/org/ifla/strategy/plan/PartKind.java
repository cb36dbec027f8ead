package org.ifla.strategy.plan;

/**
 * What a plan calls one of its {@linkplain PlanPart parts}. Focus areas, objectives, goals and projects are one
 * kind of thing under the names the templates give them; the name changes how findings speak of the part and
 * nothing else. A plan's {@linkplain PlanTemplate template} names its parts ({@link PlanTemplate#partKind()}); a
 * part states its own kind only where it differs (a plan mixing objectives and focus areas).
 */
public enum PartKind {
  /** A focus area (2019-2021 and 2024-2029 templates). */
  FOCUS_AREA,
  /** An objective (section plans, 2016-2018). */
  OBJECTIVE,
  /** A goal (regional division committees). */
  GOAL,
  /** A project (project pages, 2021-2023). */
  PROJECT,
  /** A part of a plan of any other shape. */
  PART
}
