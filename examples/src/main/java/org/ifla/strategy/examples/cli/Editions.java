package org.ifla.strategy.examples.cli;

import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import picocli.CommandLine;

/** The {@code --edition ID} option's value: a bundled edition. */
final class Editions {
  private Editions() {}

  /** The bundled edition of that id, or a parameter error naming the ids there are. */
  static StrategyEdition bundled(CommandLine commandLine, String id) {
    Optional<StrategyEdition> edition = EditionId.isValid(id)
        ? IflaStrategies.edition(EditionId.parse(id)) : Optional.empty();
    return edition.orElseThrow(() -> new CommandLine.ParameterException(commandLine,
        "Unknown edition '" + id + "'; the bundled editions are " + ids()));
  }

  private static String ids() {
    StringBuilder ids = new StringBuilder();
    for (StrategyEdition edition : IflaStrategies.all()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(edition.id());
    }
    return ids.toString();
  }
}
