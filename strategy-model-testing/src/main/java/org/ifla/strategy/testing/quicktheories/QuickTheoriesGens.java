package org.ifla.strategy.testing.quicktheories;

import static java.util.Objects.requireNonNull;

import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Seeds;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapter: a kit {@link Arbitrary} as a QuickTheories {@link Gen}. Each value is generated from a
 * seed that QuickTheories draws, so QuickTheories' own seed reproduces a run; QuickTheories shrinks that seed, not
 * the value (for value shrinking toward simpler plans, run the property with
 * {@link org.ifla.strategy.testing.Property}).
 *
 * <p>This class is the only one of the kit that needs QuickTheories, an optional dependency: add
 * {@code org.quicktheories:quicktheories} to your test dependencies to use it.
 */
public final class QuickTheoriesGens {
  private QuickTheoriesGens() {}

  /**
   * Returns the arbitrary as a generator, at {@link Arbitrary#DEFAULT_SIZE}.
   *
   * @param <T> the type of the values
   * @param arbitrary the arbitrary
   * @return the generator
   */
  public static <T> Gen<T> of(Arbitrary<T> arbitrary) {
    return of(arbitrary, Arbitrary.DEFAULT_SIZE);
  }

  /**
   * Returns the arbitrary as a generator at the size.
   *
   * @param <T> the type of the values
   * @param arbitrary the arbitrary
   * @param size the size, 0 or more
   * @return the generator
   */
  public static <T> Gen<T> of(Arbitrary<T> arbitrary, int size) {
    requireNonNull(arbitrary, "arbitrary");
    return in -> arbitrary.generate(Seeds.random(in.next(Constraint.none())), size);
  }
}
