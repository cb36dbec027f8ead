package org.ifla.strategy.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strategy validate}: reads plans and reports what the standard rules find. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check action plans (JSON, or YAML by a .yaml/.yml name) with the standard alignment rules.",
        "Text output: one line per finding, FILE: SEVERITY rule-id at LOCATION: message, and for a file without "
            + "findings one line saying so; all of it in the language of --lang.",
        "JSON output: an array of objects with file, rule, severity, location and message.",
        "Exit status: 0 no ERROR, 1 an ERROR found, 2 a file could not be read or the usage is wrong."})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Option(names = "--edition", paramLabel = "ID",
      description = "Check against this bundled edition instead of the one each plan cites.")
  private String edition;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the messages, e.g. en or zh (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The plans to check.")
  private List<Path> files;

  @Override
  public Integer call() {
    StrategyEdition against = edition == null ? null : Editions.bundled(spec.commandLine(), edition);
    Locale locale = StrategyCli.locale(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode all = json.createArrayNode();
    boolean unreadable = false;
    boolean errors = false;
    for (Path file : files) {
      ActionPlan plan;
      try {
        plan = StrategyJson.forFile(file).readPlan(file);
      } catch (StrategyFormatException e) {
        err.println(e.getMessage());
        unreadable = true;
        continue;
      } catch (IOException | IllegalArgumentException e) {
        err.println(text.get("read.failed", file, e.getMessage()));
        unreadable = true;
        continue;
      }
      if (against != null) {
        plan = ActionPlan.builder().from(plan).edition(against.id()).build();
      }
      AlignmentReport report = RuleSet.standard().check(plan);
      errors |= report.hasErrors();
      if (format == Format.text && report.isEmpty()) {
        out.println(text.get("validate.clean", file));
      }
      for (Finding finding : report.findings()) {
        String location = finding.location().toString();
        if (format == Format.text) {
          out.println(text.get("validate.finding", file, finding.severity().displayName(locale), finding.ruleId(),
              location.isEmpty() ? text.get("validate.plan") : location, finding.message(locale)));
        } else {
          ObjectNode node = all.addObject();
          node.put("file", file.toString());
          node.put("rule", finding.ruleId());
          node.put("severity", finding.severity().toString());
          node.put("location", location);
          node.put("message", finding.message(locale));
        }
      }
    }
    if (format == Format.json) {
      try {
        out.println(json.writeValueAsString(all));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return unreadable ? StrategyCli.EXIT_USAGE : errors ? 1 : 0;
  }
}
