package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Writer;
import org.ifla.strategy.format.Token;
import org.ifla.strategy.format.TokenSink;
import org.ifla.strategy.format.TokenSource;

/**
 * The document format's view of a Jackson 2 parser. One per document; not thread-safe.
 *
 * <p>The start of an object is found, when an error needs it, from the object's parsing context instead of being
 * taken as each object starts where Jackson's own JSON parsers are read: they give an object's context the line
 * and column of its START_OBJECT, the same as the token's location, and keep the context until the next object
 * at its level starts.
 */
final class ParserSource implements TokenSource {
  /** The format's token for each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = Token.table(JsonToken.values());

  /** Makes the generators of extensions' JSON text; thread-safe. */
  static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonParser parser;
  private final boolean yaml;
  private final boolean lateStarts;
  /** Whether errors are reported as plain IOExceptions with Jackson's message (a text parsed for a sink). */
  private final boolean plainErrors;

  /** The context of the caller's mapper, when unknown fields may be left to it; otherwise null. */
  private final DeserializationContext context;
  private final JsonDeserializer<?> deserializer;
  private final Class<?> type;

  /** A source that leaves no unknown field to a mapper, as the readers of {@link StrategyJson} read. */
  ParserSource(JsonParser parser) {
    this(parser, false, null, null, null);
  }

  ParserSource(JsonParser parser, boolean plainErrors) {
    this(parser, plainErrors, null, null, null);
  }

  /**
   * A source read through a caller's mapper: an unknown field goes to the context when the mapper's
   * configuration asks for that (no {@code FAIL_ON_UNKNOWN_PROPERTIES}, or a problem handler), with the
   * deserializer and type of the value being read.
   */
  ParserSource(JsonParser parser, DeserializationContext context, JsonDeserializer<?> deserializer,
      Class<?> type) {
    this(parser, false, context, deserializer, type);
  }

  private ParserSource(JsonParser parser, boolean plainErrors, DeserializationContext context,
      JsonDeserializer<?> deserializer, Class<?> type) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser;
    this.lateStarts = !yaml && parser instanceof ParserBase;
    this.plainErrors = plainErrors;
    this.context = context != null && (!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        || context.getConfig().getProblemHandlers() != null) ? context : null;
    this.deserializer = deserializer;
    this.type = type;
  }

  @Override
  public boolean skipUnknownField(String name) throws IOException {
    if (context == null) {
      return false;
    }
    try {
      context.handleUnknownProperty(parser, deserializer, type, name);
      return true;
    } catch (UnrecognizedPropertyException e) {
      return false; // no handler took it and the mapper fails on unknown fields: the format's own error
    }
  }

  static Token token(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token nextToken() throws IOException {
    if (plainErrors) {
      try {
        return token(parser.nextToken());
      } catch (JsonProcessingException e) {
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
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String getText() throws IOException {
    return parser.getText();
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  @Override
  public int getTextOffset() throws IOException {
    return parser.getTextOffset();
  }

  @Override
  public int getTextLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  public boolean isInt() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int getIntValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public String integerDigits() throws IOException {
    return parser.getBigIntegerValue().toString();
  }

  @Override
  public String decimalDigits() throws IOException {
    try {
      return parser.getDecimalValue().toString();
    } catch (JsonProcessingException e) {
      throw new NumberFormatException(e.getOriginalMessage());
    }
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
    return lateStarts ? parser.getParsingContext() : null;
  }

  @Override
  public Object startOf(Object context) {
    return ((JsonStreamContext) context).startLocation(parser.currentTokenLocation().contentReference());
  }

  @Override
  public Object pointer() {
    return parser.getParsingContext().pathAsPointer();
  }

  @Override
  public TokenSink jsonText(Writer out) throws IOException {
    return new GeneratorSink(JSON.createGenerator(out));
  }

  @Override
  public void close() throws IOException {
    if (plainErrors) {
      parser.close();
    }
  }
}
