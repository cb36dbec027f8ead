package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.text.LanguageTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code strategy demo}: the main job on what the jar carries. The IFLA Strategy 2024-2029's vision and impact
 * areas in English and Chinese, then the sample plans checked, with their findings in both languages.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Show the IFLA Strategy 2024-2029 in English and Chinese, then check the sample plans and "
        + "print their findings in both languages. No files needed.")
final class DemoCommand implements Callable<Integer> {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    LabelMarks marks = new LabelMarks(CliText.of(Locale.ENGLISH));
    for (Locale language : LANGUAGES) {
      LanguageTag tag = LanguageTag.of(language);
      out.println("== " + marks.text(strategy.title(), tag) + " [" + tag + "]");
      strategy.vision().ifPresent(v -> out.println(marks.text(v.title(), tag)));
      for (StrategyArea area : strategy.areas()) {
        out.println("  " + area.number().map(n -> n + ". ").orElse("") + marks.text(area.title(), tag));
      }
      out.println();
    }
    for (Map.Entry<String, ActionPlan> sample : SamplePlans.all().entrySet()) {
      ActionPlan plan = sample.getValue();
      AlignmentReport report = RuleSet.standard().check(plan);
      out.println("== " + sample.getKey() + ": " + plan.unit().name().text(Locale.ENGLISH) + ", citing "
          + plan.edition().map(Object::toString).orElse("no edition") + ": " + report.findings().size()
          + " finding(s)");
      for (Finding finding : report.findings()) {
        for (Locale language : LANGUAGES) {
          out.println("  " + finding.format(language));
        }
      }
      out.println();
    }
    marks.legend(out);
    return 0;
  }
}
