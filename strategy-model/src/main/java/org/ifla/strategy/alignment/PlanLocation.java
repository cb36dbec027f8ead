package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where in a plan a finding is: a path of property names and list indexes, written as a JSON Pointer
 * (RFC 6901) into the plan's JSON form, such as {@code /parts/0/alignments/1}. The whole plan is the
 * empty pointer.
 *
 * <p>Locations order by their segments, indexes numerically ({@code /parts/2} before
 * {@code /parts/10}). {@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable and
 * thread-safe. A location is its parent and one segment, so that a child location costs one small object.
 */
public final class PlanLocation implements Comparable<PlanLocation> {
  private static final PlanLocation ROOT = new PlanLocation(null, null, 0);

  /** The location this one is below; null for the root. */
  private final PlanLocation parent;
  /** The property name of the last segment; null for an index (and for the root). */
  private final String name;
  /** The index of the last segment, if it is one. */
  private final int index;
  /** The number of segments. */
  private final int depth;
  /** The hash code of the list of segments, as {@link java.util.List#hashCode()} computes it. */
  private final int hash;

  private PlanLocation(PlanLocation parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.hash = parent == null ? 1 : 31 * parent.hash + (name != null ? name.hashCode() : index);
  }

  /**
   * Returns the location of the whole plan.
   *
   * @return the root location
   */
  public static PlanLocation root() {
    return ROOT;
  }

  /**
   * Parses a JSON Pointer (RFC 6901), strictly: {@code ""}, or {@code /} followed by segments separated by
   * {@code /}, in which {@code ~1} stands for {@code /} and {@code ~0} for {@code ~}.
   *
   * <ul>
   *   <li>A segment of one to nine digits without a leading zero ({@code 0}, {@code 7}, {@code 123456789}) is an
   *       index; a longer run of digits, or a segment with any other character, is a name.
   *   <li>A segment of digits with a leading zero ({@code 01}, {@code 007}) is refused: RFC 6901 writes array
   *       indexes without leading zeros, and this library's locations point into its own documents, whose
   *       property names are never digits, so it can only be a misspelt index.
   *   <li>A {@code ~} followed by anything but {@code 0} or {@code 1}, or at the end, is refused.
   * </ul>
   *
   * <p>So {@code parse(location.toString())} equals {@code location} for every location whose names are not
   * all digits.
   *
   * @param text the pointer, such as {@code /parts/0/alignments/1}
   * @return the location
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a pointer in that form; like
   *     {@link org.ifla.strategy.plan.Timeframe#parse(CharSequence)}, the message quotes the text, and it gives
   *     the index (from 0) of the first character in error, as in {@code at index 3}
   */
  public static PlanLocation parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    if (s.isEmpty()) {
      return ROOT;
    }
    if (s.charAt(0) != '/') {
      throw parseError(s, 0, "a plan location starts with '/'");
    }
    PlanLocation at = ROOT;
    StringBuilder name = new StringBuilder();
    int start = 1;
    for (int i = 1; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '/';
      if (c == '/') {
        at = segment(at, s, start, name);
        name.setLength(0);
        start = i + 1;
      } else if (c == '~') {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw parseError(s, i, "'~' is followed by '0' or '1' (for '~' or '/')");
        }
        name.append(next == '0' ? '~' : '/');
        i++;
      } else {
        name.append(c);
      }
    }
    return at;
  }

  /** The location below {@code at} of the segment read from {@code s} at {@code start}. */
  private static PlanLocation segment(PlanLocation at, String s, int start, CharSequence segment) {
    int digits = 0;
    while (digits < segment.length() && segment.charAt(digits) >= '0' && segment.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits < segment.length()) {
      return at.child(segment.toString());
    }
    if (digits > 1 && segment.charAt(0) == '0') {
      throw parseError(s, start, "an index has no leading zero");
    }
    return digits < 10 ? at.index(Integer.parseInt(segment.toString())) : at.child(segment.toString());
  }

  private static IllegalArgumentException parseError(String text, int index, String reason) {
    String quoted = text.length() <= 60 ? text : text.substring(0, 57) + "...";
    return new IllegalArgumentException("not a plan location (a JSON Pointer): '" + quoted + "' at index " + index
        + ": " + reason);
  }

  /**
   * Returns the location of a property below this one.
   *
   * @param name the property name
   * @return the child location
   * @throws NullPointerException if the name is null
   */
  public PlanLocation child(String name) {
    return new PlanLocation(this, requireNonNull(name, "name"), 0);
  }

  /**
   * Returns the location of a list element below this one.
   *
   * @param index the index, from 0
   * @return the child location
   * @throws IllegalArgumentException if the index is negative
   */
  public PlanLocation index(int index) {
    checkArgument(index >= 0, "negative index %s", index);
    return new PlanLocation(this, null, index);
  }

  /**
   * Returns whether this is the location of the whole plan.
   *
   * @return whether it is the root
   */
  public boolean isRoot() {
    return depth == 0;
  }

  /** Indexes before names, indexes numerically, names by {@link String#compareTo(String)}. */
  private static int compareSegments(PlanLocation a, PlanLocation b) {
    if (a.name == null) {
      return b.name == null ? Integer.compare(a.index, b.index) : -1;
    }
    return b.name == null ? 1 : a.name.compareTo(b.name);
  }

  private static boolean sameSegment(PlanLocation a, PlanLocation b) {
    return a.name == null ? b.name == null && a.index == b.index : a.name.equals(b.name);
  }

  private PlanLocation ancestor(int atDepth) {
    PlanLocation at = this;
    while (at.depth > atDepth) {
      at = at.parent;
    }
    return at;
  }

  @Override
  public int compareTo(PlanLocation other) {
    int n = Math.min(depth, other.depth);
    PlanLocation a = ancestor(n);
    PlanLocation b = other.ancestor(n);
    // walking up, the last differing segment seen is the first from the root
    int c = 0;
    while (a != b) {
      int s = compareSegments(a, b);
      if (s != 0) {
        c = s;
      }
      a = a.parent;
      b = b.parent;
    }
    return c != 0 ? c : Integer.compare(depth, other.depth);
  }

  /**
   * Two locations are equal when their segments are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PlanLocation)) {
      return false;
    }
    PlanLocation a = this;
    PlanLocation b = (PlanLocation) other;
    if (a.depth != b.depth || a.hash != b.hash) {
      return false;
    }
    while (a != b) {
      if (!sameSegment(a, b)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the JSON Pointer, such as {@code /parts/0/alignments/1}; empty for the root.
   *
   * @return the pointer
   */
  @Override
  public String toString() {
    PlanLocation[] path = new PlanLocation[depth];
    for (PlanLocation at = this; at.depth > 0; at = at.parent) {
      path[at.depth - 1] = at;
    }
    StringBuilder out = new StringBuilder();
    for (PlanLocation segment : path) {
      out.append('/');
      if (segment.name == null) {
        out.append(segment.index);
      } else {
        out.append(segment.name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }
}
