package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.MeasureOfSuccess;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strategy show}: an edition as an indented tree, in one language with fallback. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show an edition as a tree: areas, key initiatives and measures of success, in the chosen "
        + "language (falling back as LocalizedText does). Labels that are not IFLA's official wording are "
        + "marked *.")
final class ShowCommand implements Callable<Integer> {
  /** The marker after a label that is not official wording. */
  static final String NOT_OFFICIAL = " *";

  @Spec
  private CommandSpec spec;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "ifla-strategy-2024-2029",
      description = "The edition to show (default: ${DEFAULT-VALUE}).")
  private String edition;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language, a BCP 47 tag such as en, zh or zh-Hant (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() {
    StrategyEdition shown = Editions.bundled(spec.commandLine(), edition);
    Locale locale = StrategyCli.locale(lang);
    PrintWriter out = spec.commandLine().getOut();
    CliText words = CliText.of(locale);
    out.println(words.get("show.heading", text(shown.title(), locale), shown.id(), shown.firstYear(),
        shown.lastYear()));
    statement(out, words, "show.vision", shown.vision(), locale);
    statement(out, words, "show.mission", shown.mission(), locale);
    for (StrategyArea area : shown.areas()) {
      out.println("  " + head(area, locale));
      for (KeyInitiative ki : area.keyInitiatives()) {
        out.println("    " + head(ki, locale));
      }
      for (MeasureOfSuccess measure : area.measuresOfSuccess()) {
        out.println("    - " + text(measure.title(), locale));
      }
    }
    out.println(words.get("show.not-official"));
    return 0;
  }

  private static void statement(PrintWriter out, CliText words, String name, Optional<Statement> statement,
      Locale locale) {
    statement.ifPresent(s -> out.println("  " + words.get("show.statement", words.get(name),
        text(s.title(), locale))));
  }

  private static String head(StrategyElement element, Locale locale) {
    return element.number().map(n -> n + " ").orElse("") + text(element.title(), locale);
  }

  /** The text in the language, with the mark when it is not official wording. */
  static String text(LocalizedText text, Locale locale) {
    Label label = text.resolve(locale);
    return label.text() + (label.isOfficial() ? "" : NOT_OFFICIAL);
  }
}
