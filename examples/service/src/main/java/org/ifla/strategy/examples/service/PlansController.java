package org.ifla.strategy.examples.service;

import java.util.List;
import java.util.Locale;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /plans/check} (one plan) and {@code POST /plans/coverage} (a JSON array or YAML sequence of plans),
 * each in JSON ({@code application/json}) or YAML ({@code application/yaml}). The plans are read by Spring's
 * Jackson 3 message converters with the model's module, which Boot found by service loading: no code here reads
 * a document.
 */
@RestController
final class PlansController {
  private final PlanChecks checks;

  PlansController(PlanChecks checks) {
    this.checks = checks;
  }

  @PostMapping(path = "/plans/check", consumes = {MediaType.APPLICATION_JSON_VALUE,
      MediaType.APPLICATION_YAML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
  CheckResponse check(@RequestBody ActionPlan plan, @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Locale locale = Languages.resolve(lang, acceptLanguage);
    return CheckResponse.of(plan, checks.check(plan), locale);
  }

  @PostMapping(path = "/plans/coverage", consumes = {MediaType.APPLICATION_JSON_VALUE,
      MediaType.APPLICATION_YAML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
  CoverageResponse coverage(@RequestBody List<ActionPlan> plans, @RequestParam(required = false) String edition,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Locale locale = Languages.resolve(lang, acceptLanguage);
    StrategyEdition counted = PlanChecks.editionFor(plans, edition);
    return CoverageResponse.of(counted, Coverage.of(counted, plans), locale);
  }
}
