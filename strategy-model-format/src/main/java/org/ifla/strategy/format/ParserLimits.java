package org.ifla.strategy.format;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The limits every Jackson adapter's parsers are built with, decided here once: the caller's {@link ReadLimits},
 * a number's digits (a document has no use for more than {@value #MAX_NUMBER_LENGTH}), and how much of the input
 * an error message may quote ({@value #MAX_ERROR_TOKEN_LENGTH} characters of a token, none of the raw content).
 * Each adapter hands the numbers to its Jackson's builders. Not for use outside this library's modules.
 */
public final class ParserLimits {
  /** The most digits a number may have. */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** The most characters of a token an error message quotes. */
  public static final int MAX_ERROR_TOKEN_LENGTH = 40;
  /** The most characters of the raw content an error message quotes: none. */
  public static final int MAX_RAW_CONTENT_LENGTH = 0;

  private ParserLimits() {}

  /**
   * An adapter's builder of its Jackson's stream read constraints.
   *
   * @param <C> the constraints' type
   */
  @FunctionalInterface
  public interface Constraints<C> {
    /**
     * Builds the constraints.
     *
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @param maxDocumentLength the most characters or bytes of a document
     * @param maxStringLength the most characters of a text
     * @param maxNameLength the most characters of a field's name
     * @param maxTokenCount the most tokens of a document
     * @param maxNumberLength the most digits of a number
     * @return the constraints
     */
    C build(int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNameLength,
        long maxTokenCount, int maxNumberLength);
  }

  /**
   * Builds an adapter's stream read constraints for the limits.
   *
   * @param limits the caller's limits
   * @param constraints the adapter's builder
   * @param <C> the constraints' type
   * @return the constraints
   * @throws NullPointerException if the limits are null
   */
  public static <C> C constraints(ReadLimits limits, Constraints<C> constraints) {
    checkNotNull(limits, "limits");
    return constraints.build(limits.maxNestingDepth(), limits.maxDocumentLength(), limits.maxStringLength(),
        limits.maxNameLength(), limits.maxTokenCount(), MAX_NUMBER_LENGTH);
  }
}
