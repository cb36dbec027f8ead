package org.ifla.strategy.jackson3;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.ifla.strategy.format.Token;
import org.ifla.strategy.format.TokenSink;
import org.ifla.strategy.format.TokenSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The document format's view of a Jackson 3 parser. One per document; not thread-safe. As with Jackson 2, an
 * object's start is found late, from its parsing context, where Jackson's own JSON parsers are read.
 */
final class ParserSource implements TokenSource {
  /** The format's token for each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = Token.table(JsonToken.values());

  /** Makes the parsers and generators of extensions' JSON text; thread-safe. */
  static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonParser parser;
  private final boolean yaml;
  private final boolean lateStarts;
  /** Whether errors are reported as IOExceptions with Jackson's message (a text parsed for a sink). */
  private final boolean plainErrors;

  /** The caller's mapper's context, when its configuration leaves unknown fields to it; otherwise null. */
  private final DeserializationContext mapper;
  private final ValueDeserializer<?> deserializer;

  ParserSource(JsonParser parser) {
    this(parser, false, null, null);
  }

  ParserSource(JsonParser parser, boolean plainErrors) {
    this(parser, plainErrors, null, null);
  }

  /**
   * A source read through a caller's mapper, which is left unknown fields where its configuration says so
   * ({@code FAIL_ON_UNKNOWN_PROPERTIES} off, or a problem handler registered).
   */
  ParserSource(JsonParser parser, DeserializationContext context, ValueDeserializer<?> deserializer) {
    this(parser, false, context, deserializer);
  }

  private ParserSource(JsonParser parser, boolean plainErrors, DeserializationContext context,
      ValueDeserializer<?> deserializer) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser;
    this.lateStarts = !yaml && parser instanceof ParserBase;
    this.plainErrors = plainErrors;
    boolean leaves = context != null && (!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        || context.getConfig().getProblemHandlers() != null);
    this.mapper = leaves ? context : null;
    this.deserializer = deserializer;
  }

  @Override
  public boolean skipUnknownField(String name) {
    try {
      return mapper != null && mapper.handleUnknownProperty(parser, deserializer, deserializer.handledType(), name);
    } catch (UnrecognizedPropertyException e) {
      return false; // the mapper fails on unknown fields and no handler took it: the format's own error
    }
  }

  private static Token token(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token nextToken() throws IOException {
    if (plainErrors) {
      try {
        return token(parser.nextToken());
      } catch (JacksonException e) {
        throw new IOException(e.getOriginalMessage(), e);
      }
    }
    return token(parser.nextToken());
  }

  @Override
  public Token currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String getText() {
    return parser.getString();
  }

  @Override
  public char[] getTextCharacters() {
    return parser.getStringCharacters();
  }

  @Override
  public int getTextOffset() {
    return parser.getStringOffset();
  }

  @Override
  public int getTextLength() {
    return parser.getStringLength();
  }

  @Override
  public boolean isInt() {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int getIntValue() {
    return parser.getIntValue();
  }

  @Override
  public String decimalDigits() {
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (JacksonException e) { // .inf, .nan
      throw new NumberFormatException(e.getOriginalMessage());
    }
    return value.toString();
  }

  @Override
  public String integerDigits() {
    BigInteger value = parser.getBigIntegerValue();
    return value.toString();
  }

  @Override
  public boolean isYaml() {
    return yaml;
  }

  @Override
  public Object currentTokenLocation() {
    return parser.currentTokenLocation();
  }

  @Override
  public Object lateStart() {
    if (!lateStarts) {
      return null;
    }
    return parser.streamReadContext();
  }

  @Override
  public Object startOf(Object context) {
    return ((TokenStreamContext) context).startLocation(parser.currentTokenLocation().contentReference());
  }

  @Override
  public Object pointer() {
    return parser.streamReadContext().pathAsPointer();
  }

  @Override
  public TokenSink jsonText(Writer out) {
    return new GeneratorSink(JSON.createGenerator(ObjectWriteContext.empty(), out));
  }

  @Override
  public void close() {
    if (plainErrors) {
      parser.close();
    }
  }

  /** A source of JSON text, for {@link GeneratorSink#parseJsonText}. */
  static ParserSource ofJsonText(String json) {
    return new ParserSource(JSON.createParser(ObjectReadContext.empty(), json), true);
  }
}
