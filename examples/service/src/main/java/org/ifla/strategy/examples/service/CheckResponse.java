package org.ifla.strategy.examples.service;

import java.util.List;
import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.plan.ActionPlan;

/**
 * The answer of {@code POST /plans/check}: the findings of the standard rules, rendered in one language, and the
 * report itself in the document format (every language, for a client that renders it again).
 *
 * @param lang the language of the messages
 * @param unit the plan's unit, in that language
 * @param edition the edition the plan cites, or null
 * @param errors the number of findings of severity ERROR
 * @param warnings the number of WARNINGs
 * @param infos the number of INFOs
 * @param findings the findings, in the report's order
 * @param report the report, written by the model's Jackson module
 */
public record CheckResponse(String lang, String unit, String edition, int errors, int warnings, int infos,
    List<FindingView> findings, AlignmentReport report) {

  /**
   * One finding in one language.
   *
   * @param rule the rule's id
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param severityName the severity in the answer's language ({@code 错误})
   * @param location the JSON Pointer of the place in the plan
   * @param message the message in the answer's language
   */
  public record FindingView(String rule, String severity, String severityName, String location, String message) {
    static FindingView of(Finding f, Locale locale) {
      return new FindingView(f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT),
          f.severity().displayName(locale), f.location().toString(), f.message(locale));
    }
  }

  static CheckResponse of(ActionPlan plan, AlignmentReport report, Locale locale) {
    return new CheckResponse(Languages.tag(locale), plan.unit().name().text(locale),
        plan.edition().map(EditionId::toString).orElse(null), report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO),
        report.findings().stream().map(f -> FindingView.of(f, locale)).toList(), report);
  }
}
