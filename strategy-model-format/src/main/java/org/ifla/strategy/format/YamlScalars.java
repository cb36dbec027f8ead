package org.ifla.strategy.format;

import java.util.regex.Pattern;

/**
 * What a plain YAML scalar stands for, in YAML 1.1 as SnakeYAML reads it, which the document format follows
 * (FORMAT.md, "YAML"): {@code ~} and {@code null} are null, nothing is the empty text (as Jackson reads it), {@code 0x1F} and {@code 1_000} are whole
 * numbers, {@code .inf} is a number, {@code true} and {@code True} are booleans, and {@code yes}, {@code no},
 * {@code on}, {@code off} stay texts. Jackson 2's YAML module reads so through SnakeYAML; Jackson 3's reads YAML
 * 1.2's JSON schema through snakeyaml-engine, and its adapter asks this class instead, so that both read the same
 * documents alike. Thread-safe. Not for use outside this library's modules.
 */
public final class YamlScalars {
  /**
   * SnakeYAML's patterns. The numbers' are tried on scalars of up to 1,024 characters, as SnakeYAML
   * tries them; the words' need no such limit: a match fails by the sixth character of a longer scalar.
   */
  private static final Pattern BOOL = Pattern.compile(
      "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
  private static final Pattern INT = Pattern.compile("^(?:[-+]?0b_*[0-1][0-1_]*|[-+]?0_*[0-7][0-7_]*"
      + "|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
  private static final Pattern FLOAT = Pattern.compile("^([-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
      + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
      + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
  private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL| )$");
  private static final int LONG = 1024;

  /** YAML's core tags of what a plain scalar stands for. */
  public enum Kind {
    /** A text. */
    STRING,
    /** Null. */
    NULL,
    /** {@code true} or {@code false} in any of YAML 1.1's spellings but the boolean-like words. */
    BOOL,
    /** A whole number. */
    INT,
    /** A number with a fraction or an exponent, or an infinity or NaN. */
    FLOAT;

    /**
     * Returns the kind's core tag, such as {@code tag:yaml.org,2002:int}.
     *
     * @return the tag
     */
    public String tag() {
      return "tag:yaml.org,2002:" + (this == STRING ? "str" : name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private YamlScalars() {}

  /**
   * Returns what a plain (unquoted, untagged) scalar stands for.
   *
   * @param value the scalar as written
   * @return its kind
   */
  public static Kind resolve(String value) {
    if (value.isEmpty()) {
      return Kind.STRING; // YAML's null, but Jackson's YAML parsers read it as the empty text
    }
    int length = value.length();
    switch (value.charAt(0)) {
      case 'y': case 'Y': case 'n': case 'N': case 'o': case 'O':
        // the boolean-like words are texts (Jackson 2: YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        return NULL.matcher(value).matches() ? Kind.NULL : Kind.STRING;
      case 't': case 'T': case 'f': case 'F':
        return BOOL.matcher(value).matches() ? Kind.BOOL : Kind.STRING;
      case '~':
        return NULL.matcher(value).matches() ? Kind.NULL : Kind.STRING;
      case '-': case '+': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8':
      case '9':
        if (length <= LONG && INT.matcher(value).matches()) {
          return Kind.INT;
        }
        return length <= LONG && FLOAT.matcher(value).matches() ? Kind.FLOAT : Kind.STRING;
      case '.':
        return length <= LONG && FLOAT.matcher(value).matches() ? Kind.FLOAT : Kind.STRING;
      default:
        return Kind.STRING;
    }
  }
}
