package org.ifla.strategy.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.Property;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A JUnit 5 {@code @ParameterizedTest} source of valid plans ({@link Generators#validPlans(
 * org.ifla.strategy.framework.StrategyEdition, PlanTemplate)}) citing bundled editions: plans the standard rules
 * find nothing in. Each invocation is named by the seed of its example.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValidPlanSource(editions = "ifla-strategy-2024-2029", count = 50)
 * void myRuleFindsNothingInAValidPlan(ActionPlan plan) { ... }
 * }</pre>
 *
 * <p>No shrinking here (use {@link Property} for that). Needs {@code junit-jupiter-params}, an optional dependency
 * of the kit.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ValidPlanArgumentsProvider.class)
public @interface ValidPlanSource {
  /**
   * Returns the ids of the bundled editions the plans cite; all of them when empty.
   *
   * @return the edition ids
   */
  String[] editions() default {};

  /**
   * Returns the templates of the plans; all of them when empty.
   *
   * @return the templates
   */
  PlanTemplate[] templates() default {};

  /**
   * Returns the seed of the run.
   *
   * @return the seed
   */
  long seed() default Property.DEFAULT_SEED;

  /**
   * Returns how many plans to generate.
   *
   * @return the count, 1 or more
   */
  int count() default 100;

  /**
   * Returns the size the plans are drawn at.
   *
   * @return the size, 0 or more
   */
  int size() default Arbitrary.DEFAULT_SIZE;
}
