package org.ifla.strategy.format;

/**
 * The kinds of token a {@link TokenSource} reads, named as Jackson names them (Jackson 3's {@code PROPERTY_NAME}
 * is {@link #FIELD_NAME} here). The end of the input is {@code null}, as in Jackson.
 */
public enum Token {
  /** A token a non-blocking parser has not read yet; never returned by the blocking parsers used here. */
  NOT_AVAILABLE(null),
  /** The start of an object. */
  START_OBJECT("{"),
  /** The end of an object. */
  END_OBJECT("}"),
  /** The start of an array. */
  START_ARRAY("["),
  /** The end of an array. */
  END_ARRAY("]"),
  /** A field's name. */
  FIELD_NAME(null),
  /** A value embedded by the format that is none of JSON's. */
  VALUE_EMBEDDED_OBJECT(null),
  /** A text. */
  VALUE_STRING(null),
  /** A whole number. */
  VALUE_NUMBER_INT(null),
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT(null),
  /** {@code true}. */
  VALUE_TRUE("true"),
  /** {@code false}. */
  VALUE_FALSE("false"),
  /** {@code null}. */
  VALUE_NULL("null");

  private final String text;

  Token(String text) {
    this.text = text;
  }

  /**
   * Returns the token's fixed text, as Jackson's {@code JsonToken.asString()}.
   *
   * @return the text, or null for tokens without a fixed one
   */
  public String asString() {
    return text;
  }

  /**
   * Returns whether the token is a scalar value (a text, number, boolean, null or embedded value).
   *
   * @return true for scalar values
   */
  public boolean isScalarValue() {
    return ordinal() >= VALUE_EMBEDDED_OBJECT.ordinal();
  }

  /**
   * Returns the token of that name, a Jackson token's name: {@code PROPERTY_NAME} is {@link #FIELD_NAME}. For
   * adapters building a table from their Jackson's tokens, once.
   *
   * @param name the name of a Jackson {@code JsonToken} constant, not null
   * @return the token
   * @throws IllegalArgumentException if no token has that name
   */
  public static Token named(String name) {
    return name.equals("PROPERTY_NAME") ? FIELD_NAME : valueOf(name);
  }

  /**
   * Returns the table from a Jackson's tokens, by ordinal, to these: what an adapter looks its parser's tokens up
   * in.
   *
   * @param jacksonTokens the {@code values()} of the adapter's {@code JsonToken}
   * @return the table, indexed by the Jackson token's ordinal
   */
  public static Token[] table(Enum<?>[] jacksonTokens) {
    Token[] tokens = new Token[jacksonTokens.length];
    for (Enum<?> token : jacksonTokens) {
      tokens[token.ordinal()] = named(token.name());
    }
    return tokens;
  }
}
