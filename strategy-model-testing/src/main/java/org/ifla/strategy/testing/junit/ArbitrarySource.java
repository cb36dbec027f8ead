package org.ifla.strategy.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Property;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A JUnit 5 {@code @ParameterizedTest} source of generated values: {@link #count()} values of the arbitrary that
 * {@link #value()} supplies, drawn at {@link #size()} from {@link #seed()}. Each invocation is named by the seed
 * of its example, which {@link Property#reproduce(long)} turns back into the value.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ArbitrarySource(value = ValidPlans.class, count = 50)
 * void myRuleFindsNothingInAValidPlan(ActionPlan plan) { ... }
 *
 * public static final class ValidPlans implements Supplier<Arbitrary<?>> {
 *   public Arbitrary<?> get() { return Generators.validPlans(); }
 * }
 * }</pre>
 *
 * <p>JUnit runs the test on each value as generated: there is no shrinking here (use {@link Property} for that).
 * Needs {@code junit-jupiter-params} 5.13 or later, an optional dependency of the kit.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ArbitraryArgumentsProvider.class)
public @interface ArbitrarySource {
  /**
   * Returns the class that supplies the arbitrary: public, with a public constructor of no argument.
   *
   * @return the supplier class
   */
  Class<? extends Supplier<? extends Arbitrary<?>>> value();

  /**
   * Returns the seed of the run.
   *
   * @return the seed
   */
  long seed() default Property.DEFAULT_SEED;

  /**
   * Returns how many values to generate.
   *
   * @return the count, 1 or more
   */
  int count() default 100;

  /**
   * Returns the size the values are drawn at.
   *
   * @return the size, 0 or more
   */
  int size() default Arbitrary.DEFAULT_SIZE;
}
