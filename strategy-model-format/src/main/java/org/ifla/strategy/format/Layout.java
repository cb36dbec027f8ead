package org.ifla.strategy.format;

import java.util.function.Function;

/**
 * The canonical layout of the documents this library writes, as one adapter's pre-encoded runs of text: two
 * spaces per level, {@code \n} line ends, {@code ": "} between a name and its value, {@code { }} and
 * {@code [ ]} when empty, one space between root values. Each separator with its line end and indentation is one
 * run, encoded once for the first {@link #LEVELS} levels and when written for deeper ones. Immutable and
 * thread-safe. Not for use outside this library's modules.
 *
 * @param <S> the adapter's pre-encoded string type
 */
public final class Layout<S> {
  /** Levels with pre-encoded indentation; deeper ones are encoded when written. */
  public static final int LEVELS = 64;

  private final Function<String, S> encoder;
  private final S rootSeparator;
  private final S nameSeparator;
  private final S emptyObject;
  private final S emptyArray;
  private final Object[] indent;
  private final Object[] commaIndent;
  private final Object[] endObject;
  private final Object[] endArray;

  /**
   * Creates the layout's runs.
   *
   * @param encoder makes the pre-encoded form of a text
   */
  public Layout(Function<String, S> encoder) {
    this.encoder = encoder;
    this.rootSeparator = encoder.apply(" ");
    this.nameSeparator = encoder.apply(": ");
    this.emptyObject = encoder.apply(" }");
    this.emptyArray = encoder.apply(" ]");
    this.indent = runs("", "");
    this.commaIndent = runs(",", "");
    this.endObject = runs("", "}");
    this.endArray = runs("", "]");
  }

  private Object[] runs(String before, String after) {
    Object[] runs = new Object[LEVELS];
    for (int level = 0; level < LEVELS; level++) {
      runs[level] = encoder.apply(run(before, level, after));
    }
    return runs;
  }

  private static String run(String before, int level, String after) {
    return before + "\n" + "  ".repeat(level) + after;
  }

  @SuppressWarnings("unchecked") // the arrays hold the encoder's values
  private S run(Object[] runs, String before, int level, String after) {
    return level < LEVELS ? (S) runs[level] : encoder.apply(run(before, level, after));
  }

  /**
   * Returns what separates root values.
   *
   * @return the run
   */
  public S rootSeparator() {
    return rootSeparator;
  }

  /**
   * Returns what separates a name from its value.
   *
   * @return the run
   */
  public S nameSeparator() {
    return nameSeparator;
  }

  /**
   * Returns the line end and indentation before the first entry or value at a level.
   *
   * @param level the nesting level of the entry
   * @return the run
   */
  public S indent(int level) {
    return run(indent, "", level, "");
  }

  /**
   * Returns the comma, line end and indentation between entries or values at a level.
   *
   * @param level the nesting level of the entries
   * @return the run
   */
  public S separator(int level) {
    return run(commaIndent, ",", level, "");
  }

  /**
   * Returns the end of an object: {@code " }"} when empty, otherwise a line end, the indentation of the object's
   * level and the brace.
   *
   * @param level the nesting level of the object itself
   * @param entries how many entries it has
   * @return the run
   */
  public S endObject(int level, int entries) {
    return entries > 0 ? run(endObject, "", level, "}") : emptyObject;
  }

  /**
   * Returns the end of an array, as {@link #endObject} for objects.
   *
   * @param level the nesting level of the array itself
   * @param values how many values it has
   * @return the run
   */
  public S endArray(int level, int values) {
    return values > 0 ? run(endArray, "", level, "]") : emptyArray;
  }
}
