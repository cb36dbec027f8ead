/**
 * Strategy editions and their elements: {@link org.ifla.strategy.framework.StrategyEdition}, the areas of
 * work ({@link org.ifla.strategy.framework.StrategicDirection}, {@link org.ifla.strategy.framework.ImpactArea},
 * {@link org.ifla.strategy.framework.Enabler}), {@link org.ifla.strategy.framework.KeyInitiative},
 * {@link org.ifla.strategy.framework.MeasureOfSuccess} and {@link org.ifla.strategy.framework.Statement}, their
 * ids, and the bundled IFLA editions in {@link org.ifla.strategy.framework.IflaStrategies}; and
 * {@link org.ifla.strategy.framework.Crosswalk}s between editions, typed by
 * {@link org.ifla.strategy.framework.MappingKind}, with the bundled ones in
 * {@link org.ifla.strategy.framework.IflaStrategies#crosswalks()}.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null} unless its
 * documentation says so.
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
package org.ifla.strategy.framework;

import org.immutables.value.Value;
