package org.ifla.strategy.benchmarks;

/** Group 4's baseline: prints the same text as {@link PrintVision}, from a constant. */
public final class PrintConstant {
  /** The English vision of the IFLA Strategy 2024-2029, as {@link PrintVision} prints it. */
  static final String VISION = "Sustainable futures for all through knowledge and information";

  private PrintConstant() {}

  /**
   * Prints the constant.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(VISION);
  }
}
