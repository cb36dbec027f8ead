package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.TranslationCompleteness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strategy editions}: the bundled editions, with their languages and how complete each is. */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "List the bundled editions: id, title, period, and each language with its completeness.")
final class EditionsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (StrategyEdition edition : IflaStrategies.all()) {
      out.printf("%s  %s  %d-%d%n", edition.id(), edition.title().text(Locale.ENGLISH), edition.firstYear(),
          edition.lastYear());
      for (String language : edition.languages()) {
        TranslationCompleteness completeness = edition.translationCompleteness(language);
        out.printf("    %-8s %5.1f %%  (%d of %d elements)%n", language, completeness.ratio() * 100,
            completeness.elementCount() - completeness.missing().size(), completeness.elementCount());
      }
    }
    return 0;
  }
}
