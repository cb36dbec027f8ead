/**
 * A test kit for strategy-model, for test scope: {@link org.ifla.strategy.testing.Arbitrary} generators of every
 * model type (reproducible from a seed, bounded by a size, shrinking), {@link org.ifla.strategy.testing.Property}
 * to run a property with shrinking, {@link org.ifla.strategy.testing.PlantedDefects} (a valid plan with one known
 * problem and the finding it must cause), {@link org.ifla.strategy.testing.RuleContract} (what every alignment
 * rule must keep) and {@link org.ifla.strategy.testing.SeedPlans} (two real plans). It needs no test framework;
 * the adapters for JUnit 5 and QuickTheories are in their own packages.
 */
package org.ifla.strategy.testing;
