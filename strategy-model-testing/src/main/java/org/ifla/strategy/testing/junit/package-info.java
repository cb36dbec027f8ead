/**
 * The kit's adapter for JUnit 5: {@code @ParameterizedTest} sources of generated values
 * ({@link org.ifla.strategy.testing.junit.ArbitrarySource}) and of valid plans
 * ({@link org.ifla.strategy.testing.junit.ValidPlanSource}). It needs {@code junit-jupiter-params} on the class
 * path, which the rest of the kit does not.
 */
package org.ifla.strategy.testing.junit;
