package org.ifla.strategy.testing;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Where the kit's randomness comes from: {@code L64X128MixRandom}, an algorithm of {@code java.util.random}
 * whose output for a seed is specified, so that a seed gives the same values on JDK 17 and on every later JDK.
 */
public final class Seeds {
  /** The name of the algorithm, as {@link RandomGeneratorFactory#of(String)} knows it. */
  public static final String ALGORITHM = "L64X128MixRandom";

  private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

  private Seeds() {}

  /**
   * Returns a new random generator started from the seed.
   *
   * @param seed the seed
   * @return the generator, of {@link #ALGORITHM}
   */
  public static RandomGenerator random(long seed) {
    return FACTORY.create(seed);
  }

  /**
   * Returns the seed of the {@code index}th example of a run started from {@code seed}: each example can be
   * reproduced alone from its own seed.
   *
   * @param seed the run's seed
   * @param index the example's index, from 0
   * @return the example's seed
   */
  public static long exampleSeed(long seed, int index) {
    // SplitMix64's finalizer over the pair: well spread, and the same on every JDK.
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
