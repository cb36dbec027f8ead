package org.ifla.strategy.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ifla.strategy.jackson.StrategyModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code strategy} command line: {@code demo}, {@code show}, {@code validate}, {@code editions},
 * {@code cite}, {@code migrate} and {@code coverage}.
 *
 * <p>Exit status: 0 when all went well, 1 when {@code validate} found an ERROR, {@code cite} found a citation it
 * could not resolve or whose stated title does not match, {@code migrate} left a reference ambiguous or unmapped,
 * or {@code coverage} found an area or key initiative nobody addresses, 2 when a file could not be read or the
 * command line was wrong, 3 when {@code cite} found no citation at all. Output is UTF-8, whatever the platform's default.
 */
@Command(name = "strategy", mixinStandardHelpOptions = true, versionProvider = StrategyCli.Version.class,
    description = "The IFLA strategy model: editions, action plans and the alignment rules.",
    subcommands = {DemoCommand.class, ShowCommand.class, ValidateCommand.class, EditionsCommand.class,
        CiteCommand.class, MigrateCommand.class, CoverageCommand.class, CommandLine.HelpCommand.class})
public final class StrategyCli implements Callable<Integer> {
  /** Exit status for a wrong command line or a file that cannot be read. */
  static final int EXIT_USAGE = 2;

  @Spec
  private CommandSpec spec;

  /** Creates the command; picocli fills it in. */
  public StrategyCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line in this process, writing to the given writers.
   *
   * @param out where results go
   * @param err where errors and usage help go
   * @param args the arguments
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new StrategyCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** With no command given: the usage help, and the usage status. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  /** Reads a {@code --lang} tag. */
  static Locale locale(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("not a language tag: " + tag);
    }
    return locale;
  }

  /** The library's version, as {@code strategy --version} prints it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"strategy " + new StrategyModule().version()};
    }
  }
}
