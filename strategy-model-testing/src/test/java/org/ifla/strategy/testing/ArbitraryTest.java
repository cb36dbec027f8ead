package org.ifla.strategy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Arbitrary's factories and combinators. */
class ArbitraryTest {
  @Test
  void pickShrinksTowardTheFirstValue() {
    Arbitrary<String> abc = Arbitrary.pick(List.of("a", "b", "c"));
    assertEquals(List.of("a", "b"), abc.shrink("c").collect(Collectors.toList()));
    assertEquals(List.of(), abc.shrink("a").collect(Collectors.toList()));
    assertTrue(List.of("a", "b", "c").contains(abc.generate(Seeds.random(1), 0)));
  }

  @Test
  void filterKeepsOnlyPassingValuesAndShrinks() {
    Arbitrary<Integer> even = Arbitrary.of((random, size) -> random.nextInt(100),
        n -> java.util.stream.Stream.of(n / 2, n - 1)).filter(n -> n % 2 == 0);
    Property.forAll(even).check(n -> assertEquals(0, n % 2));
    assertEquals(List.of(6), even.shrink(12).collect(Collectors.toList()));
    assertThrows(IllegalStateException.class,
        () -> Arbitrary.of((random, size) -> 1).filter(n -> n > 1).generate(Seeds.random(0), 0));
  }

  @Test
  void withSizeFixesTheSizeAndMapDoesNotShrink() {
    Arbitrary<Integer> size = Arbitrary.of((random, s) -> s);
    assertEquals(3, size.withSize(3).generate(Seeds.random(0), 99));
    assertEquals("7", size.map(String::valueOf).generate(Seeds.random(0), 7));
    assertEquals(0, Generators.labelTexts().map(String::length).shrink(5).count());
    assertThrows(IllegalArgumentException.class, () -> size.withSize(-1));
  }

  @Test
  void nullAndIllegalArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> Arbitrary.of(null));
    assertThrows(NullPointerException.class, () -> Arbitrary.of((r, s) -> 1, null));
    assertThrows(IllegalArgumentException.class, () -> Arbitrary.pick(List.of()));
    assertThrows(NullPointerException.class, () -> Property.forAll(null));
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Generators.labelTexts()).examples(0));
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Generators.labelTexts()).size(-1));
    assertThrows(IllegalArgumentException.class, () -> RuleContract.of(
        org.ifla.strategy.alignment.RuleSet.standard().rules().get(0)).examples(0));
    assertThrows(NullPointerException.class, () -> Generators.timeframesWithin(null));
  }

  @Test
  void examplesHaveTheirOwnSeeds() {
    assertTrue(Seeds.exampleSeed(1, 0) != Seeds.exampleSeed(1, 1));
    assertTrue(Seeds.exampleSeed(1, 0) != Seeds.exampleSeed(2, 0));
    assertEquals(Seeds.random(5).nextLong(), Seeds.random(5).nextLong());
  }
}
