/**
 * Professional units' action plans as written: {@link org.ifla.strategy.plan.ActionPlan}, its
 * {@link org.ifla.strategy.plan.PlanPart}s (or objectives, projects, goals, as the template calls them),
 * {@link org.ifla.strategy.plan.Activity}, {@link org.ifla.strategy.plan.Task},
 * {@link org.ifla.strategy.plan.Timeframe} and {@link org.ifla.strategy.plan.Alignment}s to a strategy edition.
 *
 * <p>Real plans are messy; these types hold them without losing a word. Text is kept as written, references
 * keep the number and title the plan stated beside them, and a timeframe keeps its text even where no
 * interval can be read from it. Checking a plan is the job of {@code org.ifla.strategy.alignment}.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@Value.Style(
    // Generated code carries no annotation from the build classpath (such as @Generated), so that users
    // compiling against this library need no Immutables jar and see no warnings.
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PRIVATE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    strictBuilder = false,
    allParameters = false)
package org.ifla.strategy.plan;

import org.immutables.value.Value;
