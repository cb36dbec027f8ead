package org.ifla.strategy.examples;

import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.AlignmentRule;
import org.ifla.strategy.alignment.FindingSink;
import org.ifla.strategy.alignment.Located;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.examples.cli.SamplePlans;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * A user's own rule added to the standard set: every activity must say who is responsible for it. Its message
 * is given in English and Chinese, like the standard rules'.
 */
public final class CustomRule {
  /** The rule: an activity with no one responsible is a WARNING. */
  public static final AlignmentRule ACTIVITY_WITHOUT_RESPONSIBILITY = new AlignmentRule() {
    private final LocalizedText message = LocalizedText.of(
        Label.official(LanguageTag.ENGLISH, "Activity \u201c{0}\u201d names no one responsible for it."),
        Label.official(LanguageTag.CHINESE, "\u6d3b\u52a8\u201c{0}\u201d\u672a\u6307\u660e\u8d1f\u8d23\u4eba\u3002"));

    @Override
    public String id() {
      return "activity-without-responsibility";
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public void check(AlignmentContext context, FindingSink findings) {
      for (Located<Activity> activity : context.activities()) {
        boolean tasksSayWho = !activity.value().tasks().isEmpty()
            && activity.value().tasks().stream().allMatch(t -> t.responsibility().isPresent());
        if (activity.value().responsibility().isEmpty() && !tasksSayWho) {
          findings.report(activity.location(), message, activity.value().title());
        }
      }
    }
  };

  private CustomRule() {}

  /**
   * Runs the example on the sample plan of the Metropolitan Libraries Section.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.standard().with(ACTIVITY_WITHOUT_RESPONSIBILITY);
    ActionPlan plan = SamplePlans.all().get(SamplePlans.METROPOLITAN_LIBRARIES);
    AlignmentReport report = rules.check(plan);
    report.findings("activity-without-responsibility").forEach(f -> System.out.println(f.format(Locale.ENGLISH)));
    System.out.println(rules.only("activity-without-responsibility").check(plan).format(Locale.CHINESE));
  }
}
