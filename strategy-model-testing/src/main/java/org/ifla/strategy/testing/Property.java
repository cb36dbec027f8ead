package org.ifla.strategy.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated values and, when it fails, shrinks the failing value and fails with the
 * smallest counterexample found and the seed that reproduces it. Framework-neutral: a property is any
 * {@link Consumer} that throws (an {@link AssertionError} from any assertion library, or any exception) when
 * it does not hold.
 *
 * <pre>{@code
 * Property.forAll(Generators.validPlans()).examples(200).check(plan -> assertTrue(...));
 * }</pre>
 *
 * <p>Example {@code i} of a run with seed {@code s} is drawn from {@code Seeds.random(Seeds.exampleSeed(s, i))}
 * at the run's size, so the example seed that a failure message gives reproduces that value alone, through
 * {@link #reproduce(long)} at the same size.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
public final class Property<T> {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20_261_122L;
  /** The number of examples run when none is given. */
  public static final int DEFAULT_EXAMPLES = 100;
  /** The most shrinking steps tried before the smallest value so far is reported. */
  private static final int MAX_SHRINK_TRIES = 2_000;

  private final Arbitrary<T> arbitrary;
  private final long seed;
  private final int examples;
  private final int size;
  private final Function<? super T, String> describer;

  private Property(Arbitrary<T> arbitrary, long seed, int examples, int size, Function<? super T, String> describer) {
    this.arbitrary = arbitrary;
    this.seed = seed;
    this.examples = examples;
    this.size = size;
    this.describer = describer;
  }

  /**
   * Returns a property over the values of the arbitrary, with the default seed, examples and size.
   *
   * @param <T> the type of the values
   * @param arbitrary where the values come from
   * @return the property, not yet checked
   */
  public static <T> Property<T> forAll(Arbitrary<T> arbitrary) {
    return new Property<>(requireNonNull(arbitrary, "arbitrary"), DEFAULT_SEED, DEFAULT_EXAMPLES,
        Arbitrary.DEFAULT_SIZE, String::valueOf);
  }

  /**
   * Returns this property with another seed.
   *
   * @param newSeed the seed of the run
   * @return the property
   */
  public Property<T> seed(long newSeed) {
    return new Property<>(arbitrary, newSeed, examples, size, describer);
  }

  /**
   * Returns this property with another number of examples.
   *
   * @param count the number of examples, 1 or more
   * @return the property
   * @throws IllegalArgumentException if the count is less than 1
   */
  public Property<T> examples(int count) {
    checkArgument(count > 0, "examples must be 1 or more: %s", count);
    return new Property<>(arbitrary, seed, count, size, describer);
  }

  /**
   * Returns this property with another size.
   *
   * @param newSize the size, 0 or more
   * @return the property
   * @throws IllegalArgumentException if the size is negative
   */
  public Property<T> size(int newSize) {
    checkArgument(newSize >= 0, "size must be 0 or more: %s", newSize);
    return new Property<>(arbitrary, seed, examples, newSize, describer);
  }

  /**
   * Returns this property describing counterexamples with the function rather than {@code toString}.
   *
   * @param newDescriber the description of a value
   * @return the property
   */
  public Property<T> describedBy(Function<? super T, String> newDescriber) {
    return new Property<>(arbitrary, seed, examples, size, requireNonNull(newDescriber, "describer"));
  }

  /**
   * Generates the value of one example seed, at this property's size.
   *
   * @param exampleSeed the seed of the example, as a failure message gives it
   * @return the value
   */
  public T reproduce(long exampleSeed) {
    return arbitrary.generate(Seeds.random(exampleSeed), size);
  }

  /**
   * Checks the property on every example.
   *
   * @param property throws when it does not hold of a value
   * @throws AssertionError if it does not hold of a value: the message gives the run's seed, the example's
   *     seed, the smallest counterexample found by shrinking, the original one and the failure; the cause is
   *     the failure of the smallest counterexample
   */
  public void check(Consumer<? super T> property) {
    requireNonNull(property, "property");
    for (int i = 0; i < examples; i++) {
      long exampleSeed = Seeds.exampleSeed(seed, i);
      T value = reproduce(exampleSeed);
      Optional<Throwable> failure = failure(property, value);
      if (failure.isPresent()) {
        fail(property, i, exampleSeed, value, failure.get());
      }
    }
  }

  private static <T> Optional<Throwable> failure(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return Optional.empty();
    } catch (RuntimeException | AssertionError e) {
      return Optional.of(e);
    }
  }

  private void fail(Consumer<? super T> property, int index, long exampleSeed, T original, Throwable firstFailure) {
    T smallest = original;
    Throwable failure = firstFailure;
    int steps = 0;
    int tries = 0;
    boolean shrunk = true;
    while (shrunk && tries < MAX_SHRINK_TRIES) {
      shrunk = false;
      Iterator<T> candidates = arbitrary.shrink(smallest).iterator();
      while (candidates.hasNext() && tries < MAX_SHRINK_TRIES) {
        T candidate = candidates.next();
        tries++;
        Optional<Throwable> f = failure(property, candidate);
        if (f.isPresent()) {
          smallest = candidate;
          failure = f.get();
          steps++;
          shrunk = true;
          break;
        }
      }
    }
    String message = "Property failed on example " + (index + 1) + " of " + examples + " (seed " + seed
        + ", example seed " + exampleSeed + ", size " + size + ")\n"
        + "Smallest counterexample (after " + steps + " shrinking steps): " + describer.apply(smallest) + "\n"
        + "Failure: " + failure + "\n"
        + "Original counterexample: " + describer.apply(original) + "\n"
        + "Reproduce with Property.forAll(...).size(" + size + ").reproduce(" + exampleSeed + "L)";
    throw new AssertionError(message, failure);
  }
}
