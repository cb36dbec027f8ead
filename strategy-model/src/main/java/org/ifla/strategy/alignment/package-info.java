/**
 * Alignment rules: they check an {@link org.ifla.strategy.plan.ActionPlan} against the strategy edition it
 * cites and report {@link org.ifla.strategy.alignment.Finding}s in an
 * {@link org.ifla.strategy.alignment.AlignmentReport}, with messages in English and Chinese.
 *
 * <p>{@link org.ifla.strategy.alignment.RuleSet#standard()} holds the standard rules; their ids are part of
 * the public contract. Users add their own {@link org.ifla.strategy.alignment.AlignmentRule}s or run a subset.
 *
 * <p>Across editions: {@link org.ifla.strategy.alignment.PlanMigration} carries a plan into another edition along
 * the crosswalks and reports each reference in a {@link org.ifla.strategy.alignment.MigrationReport};
 * {@link org.ifla.strategy.alignment.Coverage} counts, over a set of plans, who addresses each element of an
 * edition.
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
package org.ifla.strategy.alignment;

import org.immutables.value.Value;
