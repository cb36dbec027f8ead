package org.ifla.strategy.testing.junit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Generators;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The provider behind {@link ValidPlanSource}: one valid plan per example, named by the example's seed. */
public final class ValidPlanArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<ValidPlanSource> {
  private ValidPlanSource source;

  /** Creates the provider; JUnit calls it. */
  public ValidPlanArgumentsProvider() {}

  @Override
  public void accept(ValidPlanSource annotation) {
    this.source = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    List<StrategyEdition> editions = source.editions().length == 0 ? IflaStrategies.all()
        : Stream.of(source.editions()).map(id -> IflaStrategies.edition(EditionId.parse(id)).orElseThrow(
            () -> new IllegalArgumentException("no bundled edition " + id))).collect(Collectors.toList());
    List<PlanTemplate> templates = source.templates().length == 0 ? List.of(PlanTemplate.values())
        : List.of(source.templates());
    List<Arbitrary<ActionPlan>> each = editions.stream()
        .flatMap(e -> templates.stream().map(t -> Generators.validPlans(e, t))).collect(Collectors.toList());
    Arbitrary<ActionPlan> plans = Arbitrary.of((random, size) ->
        each.get(random.nextInt(each.size())).generate(random, size));
    return ArbitraryArgumentsProvider.arguments(plans, source.seed(), source.count(), source.size());
  }
}
