package org.ifla.strategy.testing.junit;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Seeds;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The provider behind {@link ArbitrarySource}: one argument per example, named {@code "seed N"} by the example's
 * seed ({@link Seeds#exampleSeed(long, int)}).
 */
public final class ArbitraryArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<ArbitrarySource> {
  private ArbitrarySource source;

  /** Creates the provider; JUnit calls it. */
  public ArbitraryArgumentsProvider() {}

  @Override
  public void accept(ArbitrarySource annotation) {
    this.source = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    Arbitrary<?> arbitrary = instantiate(source.value()).get();
    return arguments(arbitrary, source.seed(), source.count(), source.size());
  }

  /** One argument per example of the arbitrary, each named by its seed. */
  static Stream<Arguments> arguments(Arbitrary<?> arbitrary, long seed, int count, int size) {
    checkArgument(count > 0, "count must be 1 or more: %s", count);
    checkArgument(size >= 0, "size must be 0 or more: %s", size);
    return IntStream.range(0, count).mapToObj(i -> {
      long exampleSeed = Seeds.exampleSeed(seed, i);
      Object value = arbitrary.generate(Seeds.random(exampleSeed), size);
      return Arguments.of(Named.of("seed " + exampleSeed, value));
    });
  }

  private static <T> T instantiate(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException
        | NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " needs a public constructor of no argument", e);
    }
  }
}
