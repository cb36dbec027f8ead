package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.MeasureOfSuccess;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.text.LanguageTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strategy show}: an edition as an indented tree, in one language with fallback, each label marked. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show an edition as a tree: areas, key initiatives and measures of success, in the chosen "
        + "language (falling back as LocalizedText does). Each label is marked by where its words come from "
        + "(official, quoted from a named source, or rendered for this library) and the source it names; a "
        + "legend in the same language follows.")
final class ShowCommand implements Callable<Integer> {
  /** The edition shown when none is named. */
  static final String DEFAULT_EDITION = IflaStrategies.STRATEGY_2024_2029.toString();

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "EDITION",
      description = "The edition to show, as with --edition (default: " + "ifla-strategy-2024-2029" + ").")
  private String editionArgument;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition to show (default: ifla-strategy-2024-2029).")
  private String edition;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language, a BCP 47 tag such as en, zh or zh-Hant (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() {
    if (edition != null && editionArgument != null && !edition.equals(editionArgument)) {
      throw new ParameterException(spec.commandLine(), "Two editions named: '" + editionArgument + "' and --edition '"
          + edition + "'; name one");
    }
    String id = editionArgument != null ? editionArgument : edition != null ? edition : DEFAULT_EDITION;
    StrategyEdition shown = Editions.bundled(spec.commandLine(), id);
    LanguageTag language = LanguageTag.of(StrategyCli.locale(lang));
    PrintWriter out = spec.commandLine().getOut();
    CliText words = CliText.of(language.toLocale());
    LabelMarks marks = new LabelMarks(words);
    out.println(words.get("show.heading", marks.text(shown.title(), language), shown.id(), shown.firstYear(),
        shown.lastYear()));
    statement(out, words, marks, "show.vision", shown.vision(), language);
    statement(out, words, marks, "show.mission", shown.mission(), language);
    for (StrategyArea area : shown.areas()) {
      out.println("  " + head(marks, area, language));
      for (KeyInitiative ki : area.keyInitiatives()) {
        out.println("    " + head(marks, ki, language));
      }
      for (MeasureOfSuccess measure : area.measuresOfSuccess()) {
        out.println("    - " + marks.text(measure.title(), language));
      }
    }
    out.println();
    marks.legend(out);
    return 0;
  }

  private static void statement(PrintWriter out, CliText words, LabelMarks marks, String name,
      Optional<Statement> statement, LanguageTag language) {
    statement.ifPresent(s -> out.println("  " + words.get("show.statement", words.get(name),
        marks.text(s.title(), language))));
  }

  private static String head(LabelMarks marks, StrategyElement element, LanguageTag language) {
    return element.number().map(n -> n + " ").orElse("") + marks.text(element.title(), language);
  }
}
