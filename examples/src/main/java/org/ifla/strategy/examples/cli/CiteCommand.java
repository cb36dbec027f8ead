package org.ifla.strategy.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ifla.strategy.citation.CitationResolver;
import org.ifla.strategy.citation.ResolvedCitation;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strategy cite}: finds the strategy citations in texts and resolves them against the bundled editions. */
@Command(name = "cite", mixinStandardHelpOptions = true,
    description = {"Find citations of the strategy (1.2, KI 1.2, Key Initiative 2.1: Shape public opinion..., "
        + "Strategic Direction 1. Strengthen the Global Voice of Libraries, Strategic Direction 3, Key Initiative 2, "
        + "SD4, Impact Area 02, IA2, lists such as Key Initiatives 2.1, 2.3 and 2.4, titles alone such as "
        + "Strategic Direction: Optimise our Organisation, 关键举措 1.2, 战略方向 4, 影响领域 2) in each TEXT, resolve "
        + "them against the bundled editions and check their stated titles. A unit's own numbering (Action 3.1, "
        + "Objective 1, Goal 3, Task 1.2...) is not a citation.",
        "Without --edition, the edition is inferred from --date (the editions in force then) or from the stated "
            + "title; otherwise it is the newest edition that numbers the citation so.",
        "Text output: one line per citation, 'CITATION' -> EDITION:ID (edition by BASIS), then the title verdict "
            + "and the better match, if any; a citation by title alone says 'cited by title'.",
        "JSON output: an array of objects with text, edition, element, titleMatches, betterMatch (null where "
            + "there is none) and byTitle; titleMatches is true when the citation resolved and states no title or "
            + "a matching one.",
        "Exit status: 0 every citation resolved and no stated title mismatches, 1 a citation could not be resolved "
            + "or its stated title does not match, 2 the usage is wrong (an unknown edition, a bad date or format), "
            + "3 no TEXT holds any citation (nothing was checked)."})
final class CiteCommand implements Callable<Integer> {
  /** Exit status when no text holds a citation. */
  static final int EXIT_NO_CITATION = 3;

  /** The output formats. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Option(names = "--edition", paramLabel = "ID",
      description = "Resolve against this bundled edition, whatever the date.")
  private String edition;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The date the text was written: citations resolve against the editions in force then.")
  private String date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The texts to read citations from.")
  private List<String> texts;

  @Override
  public Integer call() {
    CitationResolver resolver = CitationResolver.bundled();
    if (edition != null) {
      resolver = resolver.withEdition(Editions.bundled(spec.commandLine(), edition).id());
    }
    if (date != null) {
      resolver = resolver.withDate(date(spec.commandLine(), date));
    }
    List<ResolvedCitation> all = new ArrayList<>();
    for (String text : texts) {
      all.addAll(resolver.resolveAll(text));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(all));
    } else {
      for (ResolvedCitation r : all) {
        out.println(line(r));
      }
    }
    if (all.isEmpty()) {
      spec.commandLine().getErr().println("No citation found: nothing was checked.");
      return EXIT_NO_CITATION;
    }
    return all.stream().allMatch(ResolvedCitation::titleMatches) ? 0 : 1;
  }

  /** The {@code --date} value, or a parameter error naming it. */
  private static LocalDate date(CommandLine commandLine, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(commandLine,
          "Invalid value for option '--date': '" + text + "' is not a date of the form YYYY-MM-DD");
    }
  }

  /** One citation as a line of text. */
  static String line(ResolvedCitation r) {
    StringBuilder line = new StringBuilder("'").append(r.citation().text()).append("' -> ");
    if (r.isResolved()) {
      line.append(r.element().orElseThrow()).append(" (edition by ")
          .append(r.basis().orElseThrow().name().toLowerCase(Locale.ROOT)).append(")");
      if (r.citation().isByTitle()) {
        line.append("; cited by title");
      } else if (r.citation().statedTitle().isPresent()) {
        line.append(r.titleMatches() ? "; title matches" : "; title does not match");
      }
    } else {
      line.append("unresolved").append(r.edition().map(e -> " in " + e).orElse(""));
      if (r.citation().isByTitle()) {
        line.append("; cited by title");
      }
    }
    r.betterMatch().ifPresent(b -> line.append("; better match ").append(b).append(' ')
        .append(IflaStrategies.catalog().resolve(b, java.util.Optional.empty()).orElseThrow().title()
            .text(Locale.ENGLISH)));
    return line.toString();
  }

  private static String json(List<ResolvedCitation> all) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (ResolvedCitation r : all) {
      ObjectNode node = array.addObject();
      node.put("text", r.citation().text());
      node.put("edition", r.edition().map(Object::toString).orElse(null));
      node.put("element", r.element().map(ElementReference::toString).orElse(null));
      node.put("titleMatches", r.titleMatches());
      node.put("betterMatch", r.betterMatch().map(ElementReference::toString).orElse(null));
      node.put("byTitle", r.citation().isByTitle());
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
