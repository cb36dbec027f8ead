package org.ifla.strategy.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentRule;
import org.ifla.strategy.alignment.FindingSink;
import org.ifla.strategy.alignment.Located;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The rule contract check: every standard rule keeps it; each way of breaking it is caught and explained. */
class RuleContractTest {
  private static final LocalizedText MESSAGE = LocalizedText.of(Label.official(LanguageTag.ENGLISH, "Part {0}."),
      Label.official(LanguageTag.CHINESE, "\u90e8\u5206 {0}\u3002"));

  private static AlignmentRule rule(String id, BiConsumer<AlignmentContext, FindingSink> check) {
    return new AlignmentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return Severity.WARNING;
      }

      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        check.accept(context, findings);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  private static AssertionError broken(AlignmentRule rule, String clause) {
    AssertionError e = assertThrows(AssertionError.class, () -> RuleContract.of(rule).examples(100).check());
    String message = e.getMessage();
    assertTrue(message.contains("Rule " + rule.id() + " breaks its contract: " + clause), message);
    assertTrue(message.contains("seed " + Property.DEFAULT_SEED) && message.contains("example seed"), message);
    assertTrue(message.contains("Smallest counterexample"), message);
    return e;
  }

  @Test
  void everyStandardRuleKeepsTheContract() {
    for (AlignmentRule rule : RuleSet.standard().rules()) {
      RuleContract.of(rule).examples(60).check();
    }
  }

  @Test
  void aCorrectCustomRuleKeepsTheContract() {
    RuleContract.check(rule("part-without-title", (context, findings) -> {
      for (Located<PlanPart> part : context.parts()) {
        if (part.value().title().isEmpty()) {
          findings.report(part.location(), MESSAGE, part.value().number().orElse("?"));
        }
      }
    }));
  }

  @Test
  void aRuleThatThrowsIsCaught() {
    broken(rule("throws", (context, findings) -> {
      if (context.plan().parts().size() > 1) {
        throw new IllegalStateException("boom");
      }
    }), "it threw java.lang.IllegalStateException: boom");
  }

  @Test
  void aRuleThatIsNotDeterministicIsCaught() {
    AtomicInteger calls = new AtomicInteger();
    broken(rule("flaky", (context, findings) -> {
      if (calls.incrementAndGet() % 2 == 0) {
        findings.report(PlanLocation.root(), MESSAGE, "x");
      }
    }), "it is not deterministic");
  }

  @Test
  void aRuleThatReportsALocationNotInThePlanIsCaught() {
    AssertionError e = broken(rule("off-by-one", (context, findings) -> {
      for (Located<PlanPart> part : context.parts()) {
        findings.report(PlanLocation.root().child("parts").index(context.plan().parts().size()), MESSAGE, "x");
      }
    }), "it reports location /parts/");
    // shrunk: the smallest plan with a part has one part
    assertTrue(e.getMessage().contains("location /parts/1, which does not exist"), e.getMessage());
  }

  @Test
  void aRuleThatDependsOnTheLabelsLanguageIsCaught() {
    broken(rule("english-only", (context, findings) -> {
      for (Located<PlanPart> part : context.parts()) {
        if (part.value().title().map(t -> t.languages().contains(LanguageTag.ENGLISH)).orElse(false)) {
          findings.report(part.location(), MESSAGE, "x");
        }
      }
    }), "its findings change when the plan's labels change language");
  }

  @Test
  void aRuleWithAMessageMissingInALanguageItClaimsIsCaught() {
    LocalizedText englishOnly = LocalizedText.of(LanguageTag.ENGLISH, "Part {0}.");
    broken(rule("half-translated", (context, findings) -> {
      for (Located<PlanPart> part : context.parts()) {
        findings.report(part.location(), part.value().activities().size() % 2 == 0 ? MESSAGE : englishOnly, "x");
      }
    }), "its message at /parts/");
  }
}
