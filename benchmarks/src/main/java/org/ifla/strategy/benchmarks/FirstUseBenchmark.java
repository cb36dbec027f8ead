package org.ifla.strategy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Group 4: the whole-process wall time of a fresh JVM that prints the 2024-2029 vision from
 * {@code IflaStrategies} ({@link PrintVision}), against a fresh JVM that prints the same text from a constant
 * ({@link PrintConstant}). Both run the same {@code java} with the same class path and no options; each
 * invocation starts one process, waits for it, and checks what it printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
public class FirstUseBenchmark {
  /** Which program: {@code constant} or {@code vision}. */
  @Param({"constant", "vision"})
  public String program;

  private List<String> command;

  /** Builds the command line. */
  @Setup
  public void setUp() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String main = program.equals("vision") ? PrintVision.class.getName() : PrintConstant.class.getName();
    command = List.of(java, "-cp", System.getProperty("java.class.path"), main);
  }

  /**
   * Runs the program once.
   *
   * @return its output
   * @throws IOException if it cannot be started
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public String run() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int status = process.waitFor();
    if (status != 0 || !output.strip().equals(PrintConstant.VISION)) {
      throw new IllegalStateException(program + " exited with " + status + " and printed: " + output);
    }
    return output;
  }
}
