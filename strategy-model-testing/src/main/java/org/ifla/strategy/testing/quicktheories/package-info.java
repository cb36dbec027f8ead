/**
 * The kit's adapter for QuickTheories ({@link org.ifla.strategy.testing.quicktheories.QuickTheoriesGens}); it needs
 * QuickTheories on the class path, which the rest of the kit does not.
 */
package org.ifla.strategy.testing.quicktheories;
