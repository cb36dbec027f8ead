package org.ifla.strategy.examples;

import java.util.Locale;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * Labels in several languages: look-up with fallback, the official mark, and what a language still lacks.
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
      Label label = first.title().resolve(Locale.forLanguageTag(tag));
      System.out.printf("%-10s -> %-7s %s%s%n", tag, label.languageTag(), label.text(),
          label.isOfficial() ? "" : "  (not IFLA's official wording)");
    }
    System.out.println("Fallback for zh-Hant-TW: " + LocalizedText.fallbackChain(Locale.forLanguageTag(
        "zh-Hant-TW")));
    System.out.println("Elements of " + strategy.id() + " without French: "
        + strategy.translationCompleteness("fr").missing().size() + " of " + strategy.elements().size());
    LocalizedText mine = LocalizedText.builder().add("en", "Reading for all").addUnofficial("fr",
        "La lecture pour tous").build();
    System.out.println(mine.text(Locale.FRENCH) + " / official in French: "
        + mine.label("fr").map(Label::isOfficial).orElse(false));
  }
}
