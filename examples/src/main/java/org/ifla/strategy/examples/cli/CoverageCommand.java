package org.ifla.strategy.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.AreaShare;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.alignment.ElementCoverage;
import org.ifla.strategy.alignment.PlanMigration;
import org.ifla.strategy.alignment.PlanPlace;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.text.LanguageTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strategy coverage}: who addresses each element of an edition across a set of plans. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = {"Count, across action plans (JSON, or YAML by a .yaml/.yml name), the parts (focus areas, "
        + "objectives, goals or projects, as each plan's template calls them) and activities that align to each area "
        + "and key initiative of an edition (alignments by title alone and alignments for the whole plan included), "
        + "the areas and key initiatives nobody addresses, and the share of parts per area.",
        "Plans citing another edition than --edition are skipped (and named on standard error), or with --migrate "
            + "migrated to it first along the crosswalks where one leads there.",
        "Text: the shares, the areas and key initiatives with who addresses them, the unaddressed ones, in the "
            + "language of --lang (titles in JSON too).",
        "JSON: an object with edition, plans, parts, skipped, areas, elements and unaddressed.",
        "CSV: one row per element: element,kind,parts,activities,plans,share,addressedBy.",
        "Exit status: 0 every area and key initiative is addressed, 1 some are not, 2 a file could not be read, "
            + "the plans cite several editions (or none) and --edition is not given, or the usage is wrong."})
final class CoverageCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json, csv }

  @Spec
  private CommandSpec spec;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The bundled edition to count (default: the one every plan cites).")
  private String edition;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the text output and of titles, e.g. en or zh (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--migrate",
      description = "Migrate plans citing an older edition to --edition before counting them.")
  private boolean migrate;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The plans.")
  private List<Path> files;

  @Override
  public Integer call() {
    StrategyEdition chosen = edition == null ? null : Editions.bundled(spec.commandLine(), edition);
    Locale locale = StrategyCli.locale(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ActionPlan> plans = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        plans.add(StrategyJson.forFile(file).readPlan(file));
      } catch (StrategyFormatException e) {
        err.println(e.getMessage());
        unreadable = true;
      } catch (IOException | IllegalArgumentException e) {
        err.println(text.get("read.failed", file, e.getMessage()));
        unreadable = true;
      }
    }
    if (unreadable) {
      return StrategyCli.EXIT_USAGE;
    }
    if (chosen == null) {
      Set<Optional<EditionId>> cited = plans.stream().map(ActionPlan::edition)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      Optional<StrategyEdition> only = cited.size() == 1
          ? cited.iterator().next().flatMap(IflaStrategies::edition) : Optional.empty();
      if (only.isEmpty()) {
        err.println(text.get("coverage.several-editions", cited.stream()
            .map(e -> e.map(EditionId::toString).orElse(text.get("coverage.no-edition")))
            .collect(Collectors.joining(text.get("coverage.list-separator")))));
        return StrategyCli.EXIT_USAGE;
      }
      chosen = only.get();
    }
    if (migrate) {
      for (int i = 0; i < plans.size(); i++) {
        ActionPlan plan = plans.get(i);
        EditionId target = chosen.id();
        if (plan.edition().filter(e -> !e.equals(target)
            && IflaStrategies.crosswalks().between(e, target).isPresent()).isPresent()) {
          plans.set(i, PlanMigration.of(plan, target).plan());
          err.println(text.get("coverage.migrated", files.get(i), plan.edition().get(), target));
        }
      }
    }
    Coverage coverage = Coverage.of(chosen, plans);
    for (int i : coverage.skippedPlans()) {
      err.println(text.get("coverage.skipped", files.get(i), plans.get(i).edition().map(EditionId::toString)
          .orElse(text.get("coverage.no-edition")), chosen.id()));
    }
    switch (format) {
      case json:
        json(out, chosen, coverage, locale);
        break;
      case csv:
        csv(out, chosen, coverage);
        break;
      default:
        text(out, chosen, coverage, text, locale, text.get("coverage.parts." + partsKind(plans, chosen.id())));
        break;
    }
    return coverage.unaddressed().isEmpty() ? 0 : 1;
  }

  private String part(PlanPlace p) {
    return files.get(p.planIndex()) + (p.location().isRoot() ? "" : "#" + p.location());
  }

  private static String title(StrategyEdition edition, ElementCoverage e, Locale locale) {
    return edition.element(e.element()).map(x -> x.title().text(locale)).orElse("");
  }

  /**
   * What the counted plans call their parts, as a key's suffix: the kind their templates give them when they all
   * give the same one ("objective"), otherwise "part".
   */
  private static String partsKind(List<ActionPlan> plans, EditionId edition) {
    Set<PartKind> kinds = new TreeSet<>();
    for (ActionPlan plan : plans) {
      if (plan.edition().equals(Optional.of(edition))) {
        plan.parts().forEach(p -> kinds.add(p.kindIn(plan.template())));
        if (plan.parts().isEmpty()) {
          kinds.add(plan.template().partKind());
        }
      }
    }
    PartKind kind = kinds.size() == 1 ? kinds.iterator().next() : PartKind.PART;
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String percent(AreaShare s) {
    return String.format(Locale.ROOT, "%.0f%%", s.share() * 100);
  }

  private List<String> parts(ElementCoverage e) {
    List<String> all = new ArrayList<>();
    e.parts().forEach(p -> all.add(part(p)));
    e.activities().forEach(p -> all.add(part(p)));
    e.plans().forEach(p -> all.add(part(p)));
    return all;
  }

  private void text(PrintWriter out, StrategyEdition edition, Coverage c, CliText text, Locale locale,
      String parts) {
    out.println(text.get("coverage.heading", edition.id(), c.planCount(), c.partCount(), parts));
    out.println(text.get("coverage.shares", parts));
    LabelMarks marks = new LabelMarks(text);
    for (AreaShare s : c.areaShares()) {
      out.println(text.get("coverage.share", String.format(Locale.ROOT, "%-4s", s.area()),
          String.format(Locale.ROOT, "%4s", percent(s)), s.parts(), s.totalParts(),
          edition.element(s.area()).map(x -> marks.text(x.title(), LanguageTag.of(locale))).orElse("")));
    }
    out.println(text.get("coverage.elements"));
    for (ElementCoverage e : c.elements()) {
      out.println(text.get("coverage.element", String.format(Locale.ROOT, "%-8s", e.element()), e.parts().size(),
          parts, e.activities().size(), e.plans().size(),
          e.isAddressed() ? text.get("coverage.addressed-by", String.join(text.get("coverage.list-separator"),
              parts(e))) : ""));
    }
    out.println(text.get("coverage.unaddressed", c.unaddressed().size(), c.unaddressed().stream()
        .map(Object::toString).collect(Collectors.joining(text.get("coverage.list-separator")))));
    out.println();
    marks.legend(out);
  }

  private void json(PrintWriter out, StrategyEdition edition, Coverage c, Locale locale) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("edition", edition.id().toString());
    root.put("plans", c.planCount());
    root.put("parts", c.partCount());
    ArrayNode skipped = root.putArray("skipped");
    c.skippedPlans().forEach(i -> skipped.add(files.get(i).toString()));
    ArrayNode areas = root.putArray("areas");
    for (AreaShare s : c.areaShares()) {
      areas.addObject().put("area", s.area().toString()).put("parts", s.parts()).put("share", s.share());
    }
    ArrayNode elements = root.putArray("elements");
    for (ElementCoverage e : c.elements()) {
      ObjectNode node = elements.addObject();
      node.put("element", e.element().toString());
      node.put("kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      node.put("title", title(edition, e, locale));
      parts(node.putArray("parts"), e.parts(), locale);
      parts(node.putArray("activities"), e.activities(), locale);
      parts(node.putArray("plans"), e.plans(), locale);
    }
    ArrayNode unaddressed = root.putArray("unaddressed");
    c.unaddressed().forEach(id -> unaddressed.add(id.toString()));
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void parts(ArrayNode into, List<PlanPlace> parts, Locale locale) {
    for (PlanPlace p : parts) {
      ObjectNode node = into.addObject();
      node.put("file", files.get(p.planIndex()).toString());
      node.put("location", p.location().toString());
      p.title().ifPresent(t -> node.put("title", t.text(locale)));
    }
  }

  private void csv(PrintWriter out, StrategyEdition edition, Coverage c) {
    out.println("element,kind,parts,activities,plans,share,addressedBy");
    for (ElementCoverage e : c.elements()) {
      String share = c.areaShares().stream().filter(s -> s.area().equals(e.element())).findFirst()
          .map(s -> String.format(Locale.ROOT, "%.4f", s.share())).orElse("");
      out.println(String.join(",", e.element().toString(),
          e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), String.valueOf(e.parts().size()),
          String.valueOf(e.activities().size()), String.valueOf(e.plans().size()), share,
          csvField(String.join(" ", parts(e)))));
    }
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
