package org.ifla.strategy.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentRule;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.FindingSink;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.RuleFailedException;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * The contract every {@link AlignmentRule} must keep, checked in one call over many generated plans (plans of
 * any shape, valid plans and plans with {@linkplain PlantedDefects planted defects}, citing bundled and
 * user-defined editions). A rule breaks the contract when, for some plan, it
 * <ul>
 * <li>throws;</li>
 * <li>is not deterministic: a second check of the same plan gives other findings;</li>
 * <li>reports a location that does not exist in the plan;</li>
 * <li>reports other findings (rule, severity, location) when an unrelated rule is checked with it;</li>
 * <li>reports other findings when the plan's labels change language (every label moved to another language);</li>
 * <li>gives a message missing in a language it claims: one of its findings has a message in a language (its
 *     messages in all claim it) that another lacks, or a message that cannot be rendered.</li>
 * </ul>
 *
 * <pre>{@code
 * RuleContract.check(myRule);                                  // 200 plans from the default seed
 * RuleContract.of(myRule).seed(42).examples(1000).check();
 * }</pre>
 *
 * <p>A broken contract fails with an {@link AssertionError} that says which clause broke, with the smallest
 * counterexample found by shrinking the plan and the seed that reproduces it. Immutable and thread-safe.
 */
public final class RuleContract {
  /** The number of plans checked when not told. */
  public static final int DEFAULT_EXAMPLES = 200;

  private static final LocalizedText NOISE_MESSAGE = LocalizedText.of(LanguageTag.ENGLISH,
      "A finding of an unrelated rule.");

  /** A rule that has nothing to do with the rule under check: one finding at the plan's root. */
  private static final AlignmentRule UNRELATED = new AlignmentRule() {
    @Override
    public String id() {
      return "rule-contract-unrelated-rule";
    }

    @Override
    public Severity severity() {
      return Severity.INFO;
    }

    @Override
    public void check(AlignmentContext context, FindingSink findings) {
      findings.report(PlanLocation.root(), NOISE_MESSAGE);
    }
  };

  private final AlignmentRule rule;
  private final long seed;
  private final int examples;
  private final int size;

  private RuleContract(AlignmentRule rule, long seed, int examples, int size) {
    this.rule = rule;
    this.seed = seed;
    this.examples = examples;
    this.size = size;
  }

  /**
   * Returns the contract check of the rule, with the default seed ({@link Property#DEFAULT_SEED}), examples and
   * size.
   *
   * @param rule the rule
   * @return the check, not yet run
   */
  public static RuleContract of(AlignmentRule rule) {
    return new RuleContract(requireNonNull(rule, "rule"), Property.DEFAULT_SEED, DEFAULT_EXAMPLES,
        Arbitrary.DEFAULT_SIZE);
  }

  /**
   * Checks the rule's contract with the defaults.
   *
   * @param rule the rule
   * @throws AssertionError if the rule breaks its contract
   */
  public static void check(AlignmentRule rule) {
    of(rule).check();
  }

  /**
   * Returns this check with another seed.
   *
   * @param newSeed the seed
   * @return the check
   */
  public RuleContract seed(long newSeed) {
    return new RuleContract(rule, newSeed, examples, size);
  }

  /**
   * Returns this check with another number of plans.
   *
   * @param count the number of plans, 1 or more
   * @return the check
   * @throws IllegalArgumentException if the count is less than 1
   */
  public RuleContract examples(int count) {
    checkArgument(count > 0, "examples must be 1 or more: %s", count);
    return new RuleContract(rule, seed, count, size);
  }

  /**
   * Returns this check with another size of plans.
   *
   * @param newSize the size, 0 or more
   * @return the check
   * @throws IllegalArgumentException if the size is negative
   */
  public RuleContract size(int newSize) {
    checkArgument(newSize >= 0, "size must be 0 or more: %s", newSize);
    return new RuleContract(rule, seed, examples, newSize);
  }

  /**
   * Runs the check.
   *
   * @throws AssertionError if the rule breaks its contract on a plan: the message names the clause, the smallest
   *     plan found that breaks it, and the seed
   */
  public void check() {
    Property.forAll(cases()).seed(seed).examples(examples).size(size)
        .describedBy(c -> c.plan().toString()).check(this::checkCase);
  }

  /** A plan and the editions it is checked against. */
  record Case(ActionPlan plan, EditionCatalog catalog) {}

  /** Plans of any shape, valid plans and plans with a planted defect, citing bundled or generated editions. */
  static Arbitrary<Case> cases() {
    return Arbitrary.of((random, size) -> {
      StrategyEdition edition = random.nextInt(4) == 0 ? Generators.alignableEditions().generate(random, size)
          : Generators.bundledEditions().generate(random, size);
      EditionCatalog catalog = Generators.catalogWith(edition);
      int shape = random.nextInt(3);
      if (shape == 0) {
        return new Case(Generators.actionPlans(edition).generate(random, size), catalog);
      }
      PlanTemplate template = PlanTemplate.values()[random.nextInt(PlanTemplate.values().length)];
      ActionPlan valid = Generators.validPlans(edition, template).generate(random, size);
      if (shape == 1) {
        return new Case(valid, catalog);
      }
      List<PlantedDefect> defects = PlantedDefects.plant(valid, edition);
      PlantedDefect defect = defects.get(random.nextInt(defects.size()));
      return new Case(defect.plan(), defect.catalog());
    }, c -> PlanShrinker.simplerPlans(c.plan(), 0, 0, false).map(p -> new Case(p, c.catalog())));
  }

  private List<Finding> run(RuleSet rules, ActionPlan plan, EditionCatalog catalog) {
    return rules.check(AlignmentContext.of(plan, catalog)).findings(rule.id());
  }

  private static List<String> what(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " @ " + f.location())
        .collect(Collectors.toList());
  }

  private String fail(String clause) {
    return "Rule " + rule.id() + " breaks its contract: " + clause;
  }

  void checkCase(Case c) {
    RuleSet alone = RuleSet.of(rule);
    List<Finding> first;
    try {
      first = run(alone, c.plan(), c.catalog());
    } catch (RuntimeException e) {
      // the rule set wraps what a rule throws (RuleFailedException); name what the rule threw
      Throwable thrown = e instanceof RuleFailedException && e.getCause() != null ? e.getCause() : e;
      throw new AssertionError(fail("it threw " + thrown), e);
    }
    List<Finding> second = run(alone, c.plan(), c.catalog());
    if (!first.equals(second)) {
      throw new AssertionError(fail("it is not deterministic: " + first + " then " + second));
    }
    for (Finding finding : first) {
      if (!exists(c.plan(), finding.location())) {
        throw new AssertionError(fail("it reports location " + finding.location()
            + ", which does not exist in the plan"));
      }
    }
    if (!rule.id().equals(UNRELATED.id())) {
      List<String> withUnrelated = what(run(RuleSet.of(UNRELATED, rule), c.plan(), c.catalog()));
      if (!what(first).equals(withUnrelated)) {
        throw new AssertionError(fail("its findings change when an unrelated rule is added: " + what(first)
            + " alone, " + withUnrelated + " with it"));
      }
    }
    if (!RuleSet.standard().ids().contains(rule.id())) {
      List<String> withStandard = what(run(RuleSet.standard().with(rule), c.plan(), c.catalog()));
      if (!what(first).equals(withStandard)) {
        throw new AssertionError(fail("its findings change when the standard rules are added: " + what(first)
            + " alone, " + withStandard + " with them"));
      }
    }
    ActionPlan relabelled = PlanTexts.map(c.plan(), PlanTexts::otherLanguages);
    List<String> afterRelabelling = what(run(alone, relabelled, c.catalog()));
    if (!what(first).equals(afterRelabelling)) {
      throw new AssertionError(fail("its findings change when the plan's labels change language: " + what(first)
          + " before, " + afterRelabelling + " after"));
    }
    checkMessages(first);
  }

  private void checkMessages(List<Finding> findings) {
    Set<LanguageTag> claimed = new TreeSet<>();
    findings.forEach(f -> claimed.addAll(f.messageTemplate().languages()));
    for (Finding finding : findings) {
      for (LanguageTag tag : claimed) {
        if (finding.messageTemplate().label(tag).isEmpty()) {
          throw new AssertionError(fail("its message at " + finding.location() + " is missing in " + tag
              + ", a language its messages claim (" + claimed + ")"));
        }
        String message;
        try {
          message = finding.message(tag.toLocale());
        } catch (RuntimeException e) {
          throw new AssertionError(fail("its message at " + finding.location() + " in " + tag
              + " cannot be rendered: " + e), e);
        }
        if (message.isBlank()) {
          throw new AssertionError(fail("its message at " + finding.location() + " in " + tag + " is blank"));
        }
      }
    }
  }

  /**
   * Whether the location names something in the plan: each segment an accessor of the value before (a
   * present {@link Optional}), an index of a list or a key of a map.
   */
  static boolean exists(ActionPlan plan, PlanLocation location) {
    Object node = plan;
    String text = location.toString();
    if (text.isEmpty() || text.equals("/")) {
      return true;
    }
    for (String raw : text.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      Optional<Object> next = step(node, segment);
      if (next.isEmpty()) {
        return false;
      }
      node = next.get();
    }
    return true;
  }

  private static Optional<Object> step(Object node, String segment) {
    if (node instanceof List<?> list) {
      try {
        int index = Integer.parseInt(segment);
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (node instanceof Map<?, ?> map) {
      return Optional.ofNullable(map.get(segment));
    }
    Method accessor = null;
    for (Class<?> type = node.getClass(); type != null && accessor == null; type = type.getSuperclass()) {
      if (Modifier.isPublic(type.getModifiers())) {
        try {
          Method m = type.getMethod(segment);
          accessor = Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class ? null : m;
        } catch (NoSuchMethodException e) {
          // not here: the superclass may have it
        }
      }
    }
    if (accessor == null) {
      return Optional.empty();
    }
    try {
      Object value = accessor.invoke(node);
      if (value instanceof Optional<?> optional) {
        return optional.map(x -> x);
      }
      return Optional.ofNullable(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the rule under check, for debugging.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return "RuleContract{" + rule.id() + ", seed " + seed + ", " + examples + " examples, size " + size + "}";
  }
}
