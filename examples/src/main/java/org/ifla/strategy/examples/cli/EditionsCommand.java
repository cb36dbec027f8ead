package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.TranslationCompleteness;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strategy editions}: the bundled editions, with their languages and how complete each is. */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "List the bundled editions: id, title, period, and each language with its completeness and how "
        + "many of its labels are official, quoted from a named source or rendered for this library, in the "
        + "language of --lang.")
final class EditionsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the titles and text, e.g. en or zh (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Override
  public Integer call() {
    Locale locale = StrategyCli.locale(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    for (StrategyEdition edition : IflaStrategies.all()) {
      out.println(text.get("editions.edition", edition.id(), edition.title().text(locale),
          edition.firstYear(), edition.lastYear()));
      for (LanguageTag language : edition.languages()) {
        TranslationCompleteness completeness = edition.translationCompleteness(language);
        Map<Provenance, Integer> counts = edition.labelCounts(language);
        int texts = completeness.elementCount() + 1; // the edition's title counts
        out.println(text.get("editions.language", String.format(Locale.ROOT, "%-8s", language),
            String.format(Locale.ROOT, "%5.1f", completeness.ratio() * 100),
            texts - completeness.missing().size() - (completeness.titleMissing() ? 1 : 0), texts,
            counts.get(Provenance.OFFICIAL), counts.get(Provenance.QUOTED), counts.get(Provenance.RENDERED)));
      }
    }
    return 0;
  }
}
