package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * A set of alignment rules, run together on a plan. {@link #standard()} holds every standard rule; a set
 * can be narrowed to some rules ({@link #only(String...)}, {@link #without(String...)}) or extended with a
 * user's own ({@link #with(AlignmentRule...)}).
 *
 * <p>Immutable and thread-safe: one set can check many plans at once.
 */
public final class RuleSet {
  private static final RuleSet STANDARD = new RuleSet(StandardRules.all());

  private final ImmutableList<AlignmentRule> rules;

  private RuleSet(List<AlignmentRule> rules) {
    Map<String, AlignmentRule> byId = new LinkedHashMap<>();
    for (AlignmentRule rule : rules) {
      requireNonNull(rule, "rule");
      String id = requireNonNull(rule.id(), "rule id");
      checkArgument(Finding.isRuleId(id), "the rule %s has id '%s', but a rule id is lowercase words of a-z and "
          + "0-9 joined by '-', such as 'unknown-element' or 'my-rule-2'", rule, id);
      AlignmentRule previous = byId.putIfAbsent(id, rule);
      checkArgument(previous == null, "two rules with id '%s'", id);
    }
    this.rules = ImmutableList.copyOf(byId.values());
  }

  /**
   * Returns the standard rules, the ones listed in the README. Built once and shared.
   *
   * <p>Every rule applies to every plan, whatever its {@linkplain org.ifla.strategy.plan.PlanTemplate template},
   * except these, which the template selects (a part is a focus area, objective, goal or project, as the
   * template calls it; alignments and activities stated for the whole plan count for every part):
   * <table>
   * <caption>Template-bound rules</caption>
   * <tr><th>rule</th><th>FOCUS_AREAS</th><th>OBJECTIVES</th><th>PROJECTS</th><th>GOALS</th><th>OTHER</th>
   * <th>why</th></tr>
   * <tr><td>{@code focus-area-count}</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td>
   * <td>only the focus-area template asks for one to four parts</td></tr>
   * <tr><td>{@code no-parts}</td><td>no</td><td>yes</td><td>yes</td><td>yes</td><td>no</td>
   * <td>a plan of parts with none has nothing to align; for focus areas {@code focus-area-count} says it; a
   * plan of another shape need not have parts</td></tr>
   * <tr><td>{@code no-aligned-part}</td><td>yes (to a key initiative)</td><td>yes</td><td>yes</td><td>yes</td>
   * <td>yes</td><td>a plan's parts are there to serve the strategy; the focus-area template has a key-initiative
   * slot, the others ask for any element</td></tr>
   * <tr><td>{@code unaligned-part}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td>
   * <td>every part should say what it serves (its own alignments, its activities', or the plan's)</td></tr>
   * <tr><td>{@code empty-part}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td>
   * <td>a part with nothing to do is a gap, unless the plan states its activities for the whole plan</td></tr>
   * <tr><td>{@code missing-impact-measure}</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td>
   * <td>only the focus-area template asks how impact will be measured</td></tr>
   * </table>
   *
   * @return the standard rule set
   */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * Returns a set of the given rules.
   *
   * @param rules the rules
   * @return the set
   * @throws NullPointerException if a rule or its id is null
   * @throws IllegalArgumentException if a rule's id is not lowercase words of {@code a-z} and {@code 0-9} joined
   *     by {@code -} (the message names the rule and its id), or two rules have the same id
   */
  public static RuleSet of(AlignmentRule... rules) {
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  /**
   * Returns the rules in order.
   *
   * @return the rules
   */
  public ImmutableList<AlignmentRule> rules() {
    return rules;
  }

  /**
   * Returns the rules' ids in order.
   *
   * @return the ids
   */
  public ImmutableSet<String> ids() {
    return rules.stream().map(AlignmentRule::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns this set with more rules.
   *
   * @param more the rules to add
   * @return the new set
   * @throws NullPointerException if a rule or its id is null
   * @throws IllegalArgumentException if a rule's id is not lowercase words of {@code a-z} and {@code 0-9} joined
   *     by {@code -}, such as {@code MyRule} (the message names the rule and its id), or is already in the set
   */
  public RuleSet with(AlignmentRule... more) {
    List<AlignmentRule> all = new ArrayList<>(rules);
    all.addAll(ImmutableList.copyOf(more));
    return new RuleSet(all);
  }

  /**
   * Returns the subset of rules with the given ids.
   *
   * @param ids the rule ids to keep
   * @return the new set
   * @throws NullPointerException if an id is null
   * @throws IllegalArgumentException if an id is not in this set
   */
  public RuleSet only(String... ids) {
    ImmutableSet<String> keep = ImmutableSet.copyOf(ids);
    for (String id : keep) {
      checkArgument(ids().contains(id), "no rule '%s' in this set; known: %s", id, ids());
    }
    return new RuleSet(rules.stream().filter(r -> keep.contains(r.id())).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns this set without the rules of the given ids.
   *
   * @param ids the rule ids to leave out
   * @return the new set
   * @throws NullPointerException if an id is null
   * @throws IllegalArgumentException if an id is not in this set
   */
  public RuleSet without(String... ids) {
    ImmutableSet<String> drop = ImmutableSet.copyOf(ids);
    for (String id : drop) {
      checkArgument(ids().contains(id), "no rule '%s' in this set; known: %s", id, ids());
    }
    return new RuleSet(rules.stream().filter(r -> !drop.contains(r.id())).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Checks a plan against the bundled IFLA editions.
   *
   * @param plan the plan
   * @return the report
   * @throws NullPointerException if the plan is null
   */
  public AlignmentReport check(ActionPlan plan) {
    return check(AlignmentContext.of(plan));
  }

  /**
   * Checks a plan against the editions of a catalog.
   *
   * @param plan the plan
   * @param catalog the known editions
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public AlignmentReport check(ActionPlan plan, EditionCatalog catalog) {
    return check(AlignmentContext.of(plan, catalog));
  }

  /**
   * Runs every rule of this set in the context. The standard rules among them read each alignment and
   * stated timeframe of the plan once, all together, so that a check costs the same per activity however big
   * the plan is.
   *
   * @param context the plan and what it is checked against
   * @return the report, sorted
   * @throws NullPointerException if the context is null
   * @throws RuleFailedException if a rule throws: it names the rule, the plan's unit and where the rule was
   */
  public AlignmentReport check(AlignmentContext context) {
    requireNonNull(context, "context");
    List<Finding> findings = new ArrayList<>();
    // the standard rules check each alignment and timeframe in one walk of the plan, made after them all
    AlignmentContext.Visits visits = new AlignmentContext.Visits();
    for (AlignmentRule rule : rules) {
      Sink sink = new Sink(rule, findings);
      try {
        if (rule instanceof StandardRules.Standard) {
          ((StandardRules.Standard) rule).start(context, sink, visits);
        } else {
          rule.check(context, sink);
        }
      } catch (Exception e) {
        throw new RuleFailedException(rule.id(), context.plan().unit().name().text(Locale.ENGLISH), sink.last, e);
      }
    }
    context.walk(visits);
    return AlignmentReport.of(findings);
  }

  /** The sink of one rule in one check: it makes the rule's findings and remembers where the last one was. */
  private static final class Sink implements FindingSink {
    private final AlignmentRule rule;
    private final List<Finding> findings;
    /** The location of the last finding reported, or null. */
    private PlanLocation last;

    Sink(AlignmentRule rule, List<Finding> findings) {
      this.rule = rule;
      this.findings = findings;
    }

    @Override
    public void report(PlanLocation location, LocalizedText template, Object... arguments) {
      last = location;
      Finding.Builder finding = Finding.builder()
          .ruleId(rule.id())
          .severity(rule.severity())
          .location(location)
          .messageTemplate(template);
      for (Object argument : arguments) {
        finding.addArguments(argument(argument));
      }
      findings.add(finding.build());
    }
  }

  private static LocalizedText argument(Object value) {
    if (value instanceof LocalizedText) {
      return (LocalizedText) value;
    }
    String text = requireNonNull(value, "argument").toString();
    return LocalizedText.of(Label.official(LanguageTag.UNDETERMINED, text.isBlank() ? "\"" + text + "\"" : text));
  }

  /**
   * Returns the ids of the rules, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "RuleSet" + ids();
  }
}
