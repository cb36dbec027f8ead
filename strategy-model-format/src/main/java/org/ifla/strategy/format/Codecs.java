package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The document format, as the Jackson modules use it: every model type's {@link Codec}, the formats' names and
 * versions, and the wording the modules share. Not for use outside this library's modules; use
 * {@code StrategyJson} and {@code StrategyModule} of {@code strategy-model-jackson} (Jackson 2) or
 * {@code strategy-model-jackson3} (Jackson 3).
 */
public final class Codecs {
  /** The {@code format} of a plan document. */
  public static final String PLAN_FORMAT = PlanCodecs.PLAN_FORMAT;

  /** The {@code format} of an edition document. */
  public static final String EDITION_FORMAT = FrameworkCodecs.EDITION_FORMAT;

  /** The {@code format} of a crosswalk document. */
  public static final String CROSSWALK_FORMAT = CrosswalkCodecs.CROSSWALK_FORMAT;

  private static final ImmutableList<Codec<?>> ALL = ImmutableList.<Codec<?>>builder()
      .add(TextCodecs.LOCALIZED_TEXT, TextCodecs.LABEL)
      .addAll(ScalarCodecs.ALL)
      .addAll(FrameworkCodecs.ALL)
      .addAll(CrosswalkCodecs.ALL)
      .addAll(PlanCodecs.ALL)
      .addAll(AlignmentCodecs.ALL)
      .addAll(MigrationCodecs.ALL)
      .build();

  private static final ImmutableMap<Class<?>, Codec<?>> BY_TYPE = ALL.stream()
      .collect(ImmutableMap.toImmutableMap(Codec::type, codec -> codec));

  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final ImmutableSet<String> CORE_TAGS = ImmutableSet.of("", CORE_TAG + "str", CORE_TAG + "int",
      CORE_TAG + "float", CORE_TAG + "bool", CORE_TAG + "null", CORE_TAG + "seq", CORE_TAG + "map");

  private Codecs() {}

  /**
   * Returns every model type's codec.
   *
   * @return the codecs, immutable
   */
  public static ImmutableList<Codec<?>> all() {
    return ALL;
  }

  /**
   * Returns the codec of exactly this type (as the modules' deserializers are found: by the exact class).
   *
   * @param type the type
   * @param <T> the type
   * @return the codec, or null when there is none
   */
  @SuppressWarnings("unchecked") // BY_TYPE maps each type to a codec of that type
  public static <T> Codec<T> codec(Class<T> type) {
    return (Codec<T>) BY_TYPE.get(type);
  }

  /**
   * Returns the types there are codecs for, in the order the modules register them.
   *
   * @return the types, immutable
   */
  public static ImmutableList<Class<?>> types() {
    return ALL.stream().<Class<?>>map(Codec::type).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the modules write values of this class: whether one of the codecs' types is the class or a
   * supertype of it (the model's implementation classes are subclasses of the public types), {@code
   * StrategyElement} aside, which they write only as one of the model's own kinds of element.
   *
   * @param type the value's class
   * @return true if a codec writes it
   */
  public static boolean writes(Class<?> type) {
    for (Codec<?> codec : ALL) {
      // the element codec writes each element with its kind's codec: a caller's own implementation has none
      if (codec != FrameworkCodecs.ELEMENT && codec.type().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the newest version of a document format that this library writes.
   *
   * @param format {@link #PLAN_FORMAT}, {@link #EDITION_FORMAT} or {@link #CROSSWALK_FORMAT}
   * @return the version
   * @throws IllegalArgumentException if the format is none of this library's
   */
  public static int formatVersion(String format) {
    switch (format) {
      case PlanCodecs.PLAN_FORMAT:
        return PlanCodecs.VERSION;
      case FrameworkCodecs.EDITION_FORMAT:
        return FrameworkCodecs.VERSION;
      case CrosswalkCodecs.CROSSWALK_FORMAT:
        return CrosswalkCodecs.VERSION;
      default:
        throw new IllegalArgumentException("not a document format of this library: " + format);
    }
  }

  /**
   * Returns a module's group id, artifact id and version, from the {@code module.properties} beside its class
   * (written by the build).
   *
   * @param module the module's class
   * @return the three, or null when the file is missing
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static String[] moduleCoordinates(Class<?> module) {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = module.getResourceAsStream("module.properties")) {
      if (in == null) {
        return null;
      }
      properties.load(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new String[] {properties.getProperty("groupId"), properties.getProperty("artifactId"),
        properties.getProperty("version")};
  }

  /**
   * Returns a value for an error message: quoted, and cut short so that no message echoes a large input.
   *
   * @param text the value
   * @return the quoted value
   */
  public static String quote(String text) {
    return Input.quote(text);
  }

  /**
   * Returns the message of a format exception: {@code SOURCE:LINE:COLUMN: POINTER: reason}.
   *
   * @param source the source's name
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param pointer the JSON Pointer, {@code ""} for the document
   * @param reason what is wrong
   * @return the message
   */
  public static String errorMessage(String source, int line, int column, String pointer, String reason) {
    StringBuilder message = new StringBuilder(source);
    if (line > 0) {
      message.append(':').append(line);
      if (column > 0) {
        message.append(':').append(column);
      }
    }
    return message.append(": ").append(pointer.isEmpty() ? "(document)" : pointer).append(": ").append(reason)
        .toString();
  }

  /**
   * Returns the reason of a Jackson exception as a format exception gives it, the same under both Jackson
   * majors: Jackson 3 calls a field a property ("was expecting a colon to separate property name"), Jackson 2 a
   * field; SnakeYAML names the source {@code 'reader'}, snakeyaml-engine {@code reader}; the two UTF-8 readers
   * of the YAML modules give the byte position differently (the line and column say where). The wording kept is
   * Jackson 2's, the name snakeyaml-engine's.
   *
   * @param message the exception's message without Jackson's location
   * @return the reason
   */
  public static String reason(String message) {
    String reason = UTF8_POSITION.matcher(message).replaceAll("");
    reason = reason.replace(" in 'reader', line ", " in reader, line ");
    for (int i = 0; i < JACKSON3_WORDING.length; i += 2) {
      reason = reason.replace(JACKSON3_WORDING[i], JACKSON3_WORDING[i + 1]);
    }
    return reason;
  }

  /** Jackson 3's words for Jackson 2's: each followed by the one it stands for. */
  private static final String[] JACKSON3_WORDING = {
      "property name", "field name",
      "Object property", "field",
  };

  private static final Pattern UTF8_POSITION = Pattern.compile(
      " \\(at char #\\d+, byte #-?\\d+\\)(: check content encoding, does not look like UTF-8)?");

  /**
   * Returns the reason a read fails on an exception that no reader should throw: a defect, reported where it
   * struck.
   *
   * @param e the exception
   * @return the reason
   */
  public static String defect(RuntimeException e) {
    return "the document could not be read (" + e.getClass().getSimpleName() + ": "
        + Input.quote(String.valueOf(e.getMessage())) + ")";
  }

  /**
   * Returns why a YAML node is refused, or null when it is not: anchors, aliases and tags other than YAML's
   * core tags are refused, so that a YAML document is a plain tree, as a JSON one is.
   *
   * @param alias whether the node is an alias
   * @param text the node's text (an alias's name)
   * @param anchor the node's anchor, or null
   * @param tag the node's tag, or null
   * @return the reason, or null
   */
  public static String yamlRefusal(boolean alias, String text, String anchor, String tag) {
    if (alias) {
      return "YAML aliases are not allowed (*" + Input.quote(text).replace("\"", "")
          + "): write the value out in full";
    }
    if (anchor != null) {
      return "YAML anchors are not allowed (&" + Input.quote(anchor).replace("\"", "")
          + "): write each value out in full";
    }
    if (tag != null && !CORE_TAGS.contains(tag)) {
      return "YAML tags are not allowed (" + Input.quote(tag.startsWith(CORE_TAG) ? "!!"
          + tag.substring(CORE_TAG.length()) : "!" + tag) + ")";
    }
    return null;
  }

  /**
   * Returns whether a file's name says YAML (true: {@code .yaml}, {@code .yml}) or JSON (false: {@code .json}).
   *
   * @param fileName the file's name
   * @param file the file, as the error names it
   * @return whether it is YAML
   * @throws IllegalArgumentException if the name says neither
   */
  public static boolean isYamlFile(String fileName, Object file) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return false;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return true;
    }
    throw new IllegalArgumentException("cannot tell the format of " + file
        + " from its name: use .json, .yaml or .yml");
  }

  /**
   * Returns whether a text holds a character that YAML 1.1 reads as a line break but JSON does not (U+0085,
   * U+2028, U+2029): a YAML generator writes such a text double-quoted and escaped.
   *
   * @param text the text
   * @return true if it holds one
   */
  public static boolean hasYamlOnlyLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
