package org.ifla.strategy.testing;

import java.util.List;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.text.LanguageTag;

/** What "valid" means in this kit: the standard rules find nothing, against a catalog, with English required. */
final class Validity {
  /** The languages a valid plan's texts all have. */
  static final List<LanguageTag> REQUIRED = List.of(LanguageTag.ENGLISH);

  private final EditionCatalog catalog;

  Validity(EditionCatalog catalog) {
    this.catalog = catalog;
  }

  static AlignmentContext context(ActionPlan plan, EditionCatalog catalog) {
    return AlignmentContext.of(plan, catalog).withRequiredLanguages(REQUIRED);
  }

  List<Finding> findings(ActionPlan plan) {
    return RuleSet.standard().check(context(plan, catalog)).findings();
  }

  boolean isValid(ActionPlan plan) {
    return findings(plan).isEmpty();
  }
}
