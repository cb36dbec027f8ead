package org.ifla.strategy.format;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The limits a hardened reader of {@code StrategyJson} holds a document to, so that no document can exhaust the
 * memory or stack of the program reading it. A document beyond a limit fails with a
 * {@code StrategyFormatException}.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it counts</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>objects and arrays inside each other (a plan needs
 *     about 10)</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB</td><td>bytes (or characters) in one document</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1 MiB</td><td>characters in one text</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256</td><td>characters in one field name or language tag</td></tr>
 *   <tr><td>{@link #maxTokenCount()}</td><td>1 000 000</td><td>tokens in one document: every value, field name,
 *     and start and end of an object or array (a plan of ten focus areas has a few thousand); this bounds the
 *     number of elements, and so the memory a small-valued document of the maximum length could take</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(64, 64L << 20, 1 << 20, 256, 1_000_000L);

  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNameLength;
  private final long maxTokenCount;

  private ReadLimits(int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNameLength,
      long maxTokenCount) {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive: %s", maxNestingDepth);
    checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive: %s", maxStringLength);
    checkArgument(maxNameLength > 0, "maxNameLength must be positive: %s", maxNameLength);
    checkArgument(maxTokenCount > 0, "maxTokenCount must be positive: %s", maxTokenCount);
    this.maxNestingDepth = maxNestingDepth;
    this.maxDocumentLength = maxDocumentLength;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxTokenCount = maxTokenCount;
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
   * Returns the most tokens a document may have: values, field names, and starts and ends of objects and arrays.
   *
   * @return the count, positive
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * Returns these limits with another nesting depth.
   *
   * @param depth the deepest nesting allowed
   * @return the new limits
   * @throws IllegalArgumentException if the depth is not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(depth, maxDocumentLength, maxStringLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns these limits with another document length.
   *
   * @param length the longest document allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxDocumentLength(long length) {
    return new ReadLimits(maxNestingDepth, length, maxStringLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns these limits with another text length.
   *
   * @param length the longest text allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentLength, length, maxNameLength, maxTokenCount);
  }

  /**
   * Returns these limits with another field-name length.
   *
   * @param length the longest field name allowed
   * @return the new limits
   * @throws IllegalArgumentException if the length is not positive
   */
  public ReadLimits withMaxNameLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentLength, maxStringLength, length, maxTokenCount);
  }

  /**
   * Returns these limits with another token count.
   *
   * @param count the most tokens a document may have
   * @return the new limits
   * @throws IllegalArgumentException if the count is not positive
   */
  public ReadLimits withMaxTokenCount(long count) {
    return new ReadLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, count);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) other;
    return maxNestingDepth == that.maxNestingDepth && maxDocumentLength == that.maxDocumentLength
        && maxStringLength == that.maxStringLength && maxNameLength == that.maxNameLength
        && maxTokenCount == that.maxTokenCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, maxTokenCount);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxDocumentLength=" + maxDocumentLength
        + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength + ", maxTokenCount="
        + maxTokenCount + "}";
  }
}
