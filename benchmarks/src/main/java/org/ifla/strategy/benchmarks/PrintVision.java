package org.ifla.strategy.benchmarks;

import java.util.Locale;
import org.ifla.strategy.framework.IflaStrategies;

/** Group 4's program: prints the vision of the 2024-2029 strategy, in English, from {@link IflaStrategies}. */
public final class PrintVision {
  private PrintVision() {}

  /**
   * Prints the vision.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(IflaStrategies.strategy2024to2029().vision().orElseThrow().title().text(Locale.ENGLISH));
  }
}
