package org.ifla.strategy.examples.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.springframework.stereotype.Service;

/**
 * What the service does with plans, shared by the API and the page: the standard rules, and the edition a set of
 * plans is counted against. Stateless and thread-safe (the library's rule set and editions are).
 */
@Service
final class PlanChecks {
  private final RuleSet rules = RuleSet.standard();

  /** The findings of the standard rules on a plan. */
  AlignmentReport check(ActionPlan plan) {
    return rules.check(plan);
  }

  /**
   * A bundled edition by its id.
   *
   * @throws UnknownEditionException if the id names none
   */
  static StrategyEdition edition(String id) {
    return Optional.of(id).filter(EditionId::isValid).map(EditionId::parse).flatMap(IflaStrategies::edition)
        .orElseThrow(() -> new UnknownEditionException(id));
  }

  /**
   * The edition to count plans against: the one named, or else the one every plan cites.
   *
   * @param id the edition asked for, or null
   * @throws BadRequestException if {@code id} names no bundled edition, or none is named and the plans cite
   *     several editions, none, or one that is not bundled
   */
  static StrategyEdition editionFor(List<ActionPlan> plans, String id) {
    if (id != null) {
      try {
        return edition(id);
      } catch (UnknownEditionException e) {
        throw new BadRequestException("unknown-edition", "Unknown edition", e.getMessage());
      }
    }
    Set<Optional<EditionId>> cited = plans.stream().map(ActionPlan::edition)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (cited.size() == 1) {
      Optional<StrategyEdition> only = cited.iterator().next().flatMap(IflaStrategies::edition);
      if (only.isPresent()) {
        return only.get();
      }
    }
    throw new BadRequestException("no-single-edition", "No single edition",
        "The plans cite " + (plans.isEmpty() ? "nothing (no plan was sent)" : cited.stream()
            .map(e -> e.map(EditionId::toString).orElse("no edition")).collect(Collectors.joining(", ")))
            + "; name the edition to count with ?edition=ID");
  }
}
