package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What a run of the command line, in this process, printed and returned. */
final class CliRun {
  final int status;
  final String out;
  final String err;

  CliRun(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    this.status = StrategyCli.run(new PrintWriter(out), new PrintWriter(err), args);
    this.out = out.toString();
    this.err = err.toString();
  }

  @Override
  public String toString() {
    return "status " + status + "\nout:\n" + out + "\nerr:\n" + err;
  }
}
