package org.ifla.strategy.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A generator of values of one type, independent of any test framework: it draws a value from a
 * {@link RandomGenerator} within a size bound, and proposes simpler values (shrinks) for a value that made a
 * property fail.
 *
 * <p>The contract every arbitrary of this kit keeps, and that a user's own should keep:
 * <ul>
 * <li><b>Reproducible</b>: the value is a function of the random generator's state and the size only, so the
 *     same seed ({@link Seeds#random(long)}) gives the same value on every JDK.</li>
 * <li><b>Bounded</b>: {@code size} (0 or more; {@link #DEFAULT_SIZE} unless told) bounds how many elements,
 *     how long a text, how far a date; size 0 gives the simplest values.</li>
 * <li><b>Shrinking</b>: {@link #shrink(Object)} gives values that are strictly simpler than the one given
 *     (fewer elements, shorter texts, earlier dates) and that this arbitrary could have generated, so that
 *     what holds of every generated value (validity for an edition, say) holds of every shrunk one. It is
 *     lazy and may be empty.</li>
 * </ul>
 *
 * <p>Run a property with shrinking through {@link Property}, or feed the values to JUnit 5
 * ({@link org.ifla.strategy.testing.junit.ArbitrarySource}) or QuickTheories
 * ({@link org.ifla.strategy.testing.quicktheories.QuickTheoriesGens}).
 *
 * @param <T> the type of the values
 */
public interface Arbitrary<T> {
  /** The size used when none is given: lists of a few elements, texts of up to about a dozen characters. */
  int DEFAULT_SIZE = 10;

  /**
   * Draws a value.
   *
   * @param random where the randomness comes from; its state advances
   * @param size the bound on the value's size, 0 or more
   * @return a value
   */
  T generate(RandomGenerator random, int size);

  /**
   * Proposes simpler values than the one given, simplest first. The default proposes none.
   *
   * @param value a value this arbitrary generated (or shrank to)
   * @return the candidates, each strictly simpler than the value
   */
  default Stream<T> shrink(T value) {
    return Stream.empty();
  }

  /**
   * Returns an arbitrary that generates with the given function and never shrinks.
   *
   * @param <T> the type of the values
   * @param generator the function of the randomness and the size
   * @return the arbitrary
   */
  static <T> Arbitrary<T> of(BiFunction<RandomGenerator, Integer, T> generator) {
    requireNonNull(generator, "generator");
    return generator::apply;
  }

  /**
   * Returns an arbitrary that generates with the given function and shrinks with the other.
   *
   * @param <T> the type of the values
   * @param generator the function of the randomness and the size
   * @param shrinker the simpler values of a value
   * @return the arbitrary
   */
  static <T> Arbitrary<T> of(BiFunction<RandomGenerator, Integer, T> generator,
      Function<? super T, Stream<T>> shrinker) {
    requireNonNull(generator, "generator");
    requireNonNull(shrinker, "shrinker");
    return new Arbitrary<>() {
      @Override
      public T generate(RandomGenerator random, int size) {
        return generator.apply(random, size);
      }

      @Override
      public Stream<T> shrink(T value) {
        return shrinker.apply(value);
      }
    };
  }

  /**
   * Returns an arbitrary that picks one of the values, shrinking toward the first.
   *
   * @param <T> the type of the values
   * @param values the values, at least one
   * @return the arbitrary
   * @throws IllegalArgumentException if there is no value
   */
  static <T> Arbitrary<T> pick(List<T> values) {
    List<T> copy = List.copyOf(values);
    checkArgument(!copy.isEmpty(), "no value to pick from: %s", values);
    return of((random, size) -> copy.get(random.nextInt(copy.size())),
        value -> copy.subList(0, Math.max(0, copy.indexOf(value))).stream());
  }

  /**
   * Returns an arbitrary of the values mapped by a function; it does not shrink.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function
   * @return the arbitrary
   */
  default <R> Arbitrary<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    Arbitrary<T> self = this;
    return of((random, size) -> mapper.apply(self.generate(random, size)));
  }

  /**
   * Returns an arbitrary of the values that pass the filter, drawing again (up to 1000 times) when a value
   * does not; it shrinks to the shrunk values that pass.
   *
   * @param filter the condition
   * @return the arbitrary
   */
  default Arbitrary<T> filter(Predicate<? super T> filter) {
    requireNonNull(filter, "filter");
    Arbitrary<T> self = this;
    return of((random, size) -> {
      for (int i = 0; i < 1000; i++) {
        T value = self.generate(random, size);
        if (filter.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("no value passed the filter in 1000 draws");
    }, value -> self.shrink(value).filter(filter));
  }

  /**
   * Returns this arbitrary with a fixed size, whatever size it is asked for.
   *
   * @param fixedSize the size, 0 or more
   * @return the arbitrary
   * @throws IllegalArgumentException if the size is negative
   */
  default Arbitrary<T> withSize(int fixedSize) {
    checkArgument(fixedSize >= 0, "size %s is negative", fixedSize);
    Arbitrary<T> self = this;
    return of((random, size) -> self.generate(random, fixedSize), self::shrink);
  }
}
