package org.ifla.strategy.jackson;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The limits a hardened reader of {@link StrategyJson} holds a document to, so that no document can exhaust the
 * memory or stack of the program reading it. A document beyond a limit fails with a
 * {@link StrategyFormatException}.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it counts</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>objects and arrays inside each other (a plan needs
 *     about 10)</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB</td><td>bytes (or characters) in one document</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1 MiB</td><td>characters in one text</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256</td><td>characters in one field name or language tag</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(64, 64L << 20, 1 << 20, 256);

  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNameLength;

  private ReadLimits(int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNameLength) {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive: %s", maxNestingDepth);
    checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive: %s", maxStringLength);
    checkArgument(maxNameLength > 0, "maxNameLength must be positive: %s", maxNameLength);
    this.maxNestingDepth = maxNestingDepth;
    this.maxDocumentLength = maxDocumentLength;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
  }

  /**
   * Returns the default limits, those in the table above.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the deepest nesting of objects and arrays allowed.
   *
   * @return the depth, positive
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest document allowed, in bytes for byte input and characters for character input.
   *
   * @return the length, positive
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the longest text value allowed, in characters.
   *
   * @return the length, positive
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest field name allowed, in characters.
   *
   * @return the length, positive
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns these limits with another nesting depth.
   *
   * @param depth the deepest nesting allowed
   * @return the new limits
   * @throws IllegalArgumentException if the depth is not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(depth, maxDocumentLength, maxStringLength, maxNameLength);
  }

  /**
   * Returns these limits with another document length.
   *
   * @param length the longest document allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxDocumentLength(long length) {
    return new ReadLimits(maxNestingDepth, length, maxStringLength, maxNameLength);
  }

  /**
   * Returns these limits with another text length.
   *
   * @param length the longest text allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentLength, length, maxNameLength);
  }

  /**
   * Returns these limits with another field-name length.
   *
   * @param length the longest field name allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxNameLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentLength, maxStringLength, length);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) other;
    return maxNestingDepth == that.maxNestingDepth && maxDocumentLength == that.maxDocumentLength
        && maxStringLength == that.maxStringLength && maxNameLength == that.maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxDocumentLength=" + maxDocumentLength
        + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength + "}";
  }
}
