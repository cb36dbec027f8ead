package org.ifla.strategy.examples;

import java.util.Locale;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.ifla.strategy.text.ResolvedLabel;

/**
 * Labels in several languages: look-up with a visible fallback, where each label's words come from, and what a
 * language still lacks.
 */
public final class BilingualLabels {
  private BilingualLabels() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    StrategyEdition strategy = IflaStrategies.strategy2019to2024();
    KeyInitiative first = strategy.keyInitiatives().get(0);
    for (String tag : new String[] {"en", "zh", "zh-Hant-TW", "zh-TW", "fr"}) {
      ResolvedLabel resolved = first.title().resolve(LanguageTag.of(tag));
      Label label = resolved.label();
      System.out.printf("%-10s -> %-7s %s  (%s%s%s)%n", tag, resolved.served(), label.text(),
          label.provenance().name().toLowerCase(Locale.ROOT), label.source().map(s -> ": " + s).orElse(""),
          resolved.isFallback() ? "; a fallback" : "");
    }
    System.out.println("Fallback for zh-Hant-TW: " + LocalizedText.fallbackChain(LanguageTag.of("zh-Hant-TW")));
    LocalizedText vision = IflaStrategies.strategy2024to2029().vision().orElseThrow().title();
    System.out.println("2024-2029 vision in Traditional Chinese? " + vision.hasLanguage(LanguageTag.of("zh-Hant-TW"))
        + "; shown in " + vision.resolve(LanguageTag.of("zh-Hant-TW")).served());
    System.out.println("Elements of " + strategy.id() + " without French: "
        + strategy.translationCompleteness(LanguageTag.of("fr")).missing().size() + " of "
        + strategy.elements().size());
    System.out.println("English labels of " + strategy.id() + " by provenance: "
        + strategy.labelCounts(LanguageTag.ENGLISH));
    LocalizedText mine = LocalizedText.builder().add(LanguageTag.ENGLISH, "Reading for all")
        .add(LanguageTag.of("fr"), "La lecture pour tous", Provenance.RENDERED, "our volunteer translator").build();
    System.out.println(mine.text(Locale.FRENCH) + " / " + mine.label(LanguageTag.of("fr")).orElseThrow());
  }
}
