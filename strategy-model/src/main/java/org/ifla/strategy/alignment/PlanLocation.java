package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;

/**
 * Where in a plan a finding is: a path of property names and list indexes, written as a JSON Pointer
 * (RFC 6901) into the plan's JSON form, such as {@code /focusAreas/0/alignments/1}. The whole plan is the
 * empty pointer.
 *
 * <p>Locations order by their segments, indexes numerically ({@code /focusAreas/2} before
 * {@code /focusAreas/10}). {@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable and
 * thread-safe.
 */
public final class PlanLocation implements Comparable<PlanLocation> {
  private static final PlanLocation ROOT = new PlanLocation(ImmutableList.of());
  private static final Comparator<Object> SEGMENT_ORDER = (a, b) -> {
    if (a instanceof Integer && b instanceof Integer) {
      return Integer.compare((Integer) a, (Integer) b);
    }
    if (a instanceof Integer != b instanceof Integer) {
      return a instanceof Integer ? -1 : 1;
    }
    return ((String) a).compareTo((String) b);
  };

  /** Strings (property names) and Integers (indexes). */
  private final ImmutableList<Object> segments;

  private PlanLocation(ImmutableList<Object> segments) {
    this.segments = segments;
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
   * Parses a JSON Pointer: {@code ""} or {@code /name/0/...}; a segment of digits is an index.
   *
   * @param text the pointer
   * @return the location
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a pointer
   */
  public static PlanLocation parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    if (s.isEmpty()) {
      return ROOT;
    }
    checkArgument(s.startsWith("/"), "a plan location starts with '/': '%s'", s);
    ImmutableList.Builder<Object> segments = ImmutableList.builder();
    for (String raw : s.substring(1).split("/", -1)) {
      String name = raw.replace("~1", "/").replace("~0", "~");
      segments.add(!name.isEmpty() && name.length() < 10 && name.chars().allMatch(c -> c >= '0' && c <= '9')
          ? (Object) Integer.valueOf(name) : name);
    }
    return new PlanLocation(segments.build());
  }

  /**
   * Returns the location of a property below this one.
   *
   * @param name the property name
   * @return the child location
   * @throws NullPointerException if the name is null
   */
  public PlanLocation child(String name) {
    return new PlanLocation(ImmutableList.builder().addAll(segments).add(requireNonNull(name, "name")).build());
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
    return new PlanLocation(ImmutableList.builder().addAll(segments).add(index).build());
  }

  /**
   * Returns whether this is the location of the whole plan.
   *
   * @return whether it is the root
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public int compareTo(PlanLocation other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = SEGMENT_ORDER.compare(segments.get(i), other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  /**
   * Two locations are equal when their segments are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PlanLocation && ((PlanLocation) other).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * Returns the JSON Pointer, such as {@code /focusAreas/0/alignments/1}; empty for the root.
   *
   * @return the pointer
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
