package org.ifla.strategy.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.ifla.strategy.format.Codec;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.ReadLimits;
import org.ifla.strategy.format.StrategyDocuments;
import org.ifla.strategy.format.Utf8Text;
import org.ifla.strategy.plan.ActionPlan;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes strategy-model documents in JSON or YAML: the common case in one call, on hardened mappers.
 *
 * <pre>{@code
 * ActionPlan plan = StrategyJson.forFile(path).readPlan(path);
 * String json = StrategyJson.json().write(plan);
 * }</pre>
 *
 * <p>Reading is hardened for untrusted input: the {@link ReadLimits} bound depth, document size and text and
 * name lengths; unknown fields, duplicate keys and content after the document are errors; YAML anchors,
 * aliases and tags are refused; no default typing is ever enabled; Jackson's global defaults are left
 * untouched. A document that cannot be read fails with a {@link StrategyFormatException} naming the source,
 * line, column and JSON Pointer, and with nothing else (reads from files and streams may also fail with the
 * file system's {@link IOException}s).
 *
 * <p>Writing is canonical: the same value always gives the same bytes (two-space indentation, {@code \n} line
 * ends, fields in the order of FORMAT.md, absent values left out), and reading what was written gives an equal
 * value, with every language of every label, its provenance and its source.
 *
 * <p>Immutable and thread-safe; share instances.
 */
public final class StrategyJson extends StrategyDocuments<StrategyJson, StrategyFormatException> {
  private static final StrategyJson JSON = new StrategyJson(false, ReadLimits.defaults());
  private static final StrategyJson YAML = new StrategyJson(true, ReadLimits.defaults());

  private final ObjectMapper mapper;

  private StrategyJson(boolean yaml, ReadLimits limits) {
    super(yaml, limits);
    this.mapper = yaml ? newYamlMapper(limits) : newJsonMapper(limits);
  }

  @Override
  protected StrategyJson withOtherLimits(ReadLimits newLimits) {
    return new StrategyJson(isYaml(), newLimits);
  }

  /**
   * Returns the JSON reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static StrategyJson json() {
    return JSON;
  }

  /**
   * Returns the YAML reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static StrategyJson yaml() {
    return YAML;
  }

  /**
   * Returns the reader and writer for a file, chosen by its extension: {@code .json} for JSON, {@code .yaml}
   * or {@code .yml} for YAML (in any case).
   *
   * @param file the file
   * @return {@link #json()} or {@link #yaml()}
   * @throws NullPointerException if the file is null
   * @throws IllegalArgumentException if the extension is neither
   */
  public static StrategyJson forFile(Path file) {
    return byExtension(file, JSON, YAML);
  }

  /**
   * Returns a copy of the mapper behind this instance, for reading and writing the model inside a caller's own
   * types. Changing the copy changes nothing here.
   *
   * @return a new hardened mapper with {@link StrategyModule} registered
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  // ---- mappers --------------------------------------------------------------------------------------

  /**
   * Returns a new hardened JSON mapper with {@link StrategyModule} registered and the default limits.
   *
   * @return a new mapper, the caller's to configure further
   */
  public static JsonMapper newJsonMapper() {
    return newJsonMapper(ReadLimits.defaults());
  }

  /**
   * Returns a new hardened JSON mapper with {@link StrategyModule} registered: the limits as stream-read
   * constraints, duplicate keys, unknown properties and trailing tokens rejected, error messages that quote
   * little of the input, canonical indented output.
   *
   * @param limits the limits
   * @return a new mapper, the caller's to configure further
   * @throws NullPointerException if the limits are null
   * @throws IllegalStateException if the Jackson on the class path is older than 2.19.0
   */
  public static JsonMapper newJsonMapper(ReadLimits limits) {
    JacksonVersions.check();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .errorReportConfiguration(errorReports())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(prettyPrinter())
        .addModule(new StrategyModule())
        .build();
  }

  /**
   * Returns a new hardened YAML mapper with {@link StrategyModule} registered and the default limits.
   *
   * @return a new mapper, the caller's to configure further
   */
  public static YAMLMapper newYamlMapper() {
    return newYamlMapper(ReadLimits.defaults());
  }

  /**
   * Returns a new hardened YAML mapper with {@link StrategyModule} registered: as {@link #newJsonMapper}, and
   * YAML anchors, aliases and tags other than YAML's core ones refused, words such as {@code no} and
   * {@code on} read as text, strings quoted where YAML would read them as something else.
   *
   * @param limits the limits
   * @return a new mapper, the caller's to configure further
   * @throws NullPointerException if the limits are null
   * @throws IllegalStateException if the Jackson on the class path is older than 2.19.0
   */
  public static YAMLMapper newYamlMapper(ReadLimits limits) {
    JacksonVersions.check();
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()));
    YAMLFactory factory = new HardenedYamlFactory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(constraints(limits))
        .errorReportConfiguration(errorReports())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));
    return YAMLMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .addModule(new StrategyModule())
        .build();
  }

  private static StreamReadConstraints constraints(ReadLimits limits) {
    checkNotNull(limits, "limits");
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxTokenCount(limits.maxTokenCount())
        .maxNumberLength(32)
        .build();
  }

  private static ErrorReportConfiguration errorReports() {
    return ErrorReportConfiguration.builder().maxErrorTokenLength(40).maxRawContentLength(0).build();
  }

  private static PrettyPrinter prettyPrinter() {
    return new CanonicalPrettyPrinter();
  }

  // ---- reading --------------------------------------------------------------------------------------

  @Override
  public <T> T read(String content, Class<T> type) throws StrategyFormatException {
    checkNotNull(content, "content");
    checkNotNull(type, "type");
    try {
      return read(mapper.createParser(content), STRING_SOURCE, type, false);
    } catch (StrategyFormatException e) {
      throw e;
    } catch (IOException e) {
      throw formatError(STRING_SOURCE, null, e);
    }
  }

  @Override
  public <T> T read(InputStream in, String source, Class<T> type) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    return read(parser(in, source), source, type, true);
  }

  /**
   * A parser of the bytes. Making one reads the first bytes to tell the encoding, and fails with a
   * {@link CharConversionException} on bytes that are no encoding JSON or YAML can be in (such as UCS-4 in an
   * unusual byte order): a format error too.
   */
  private JsonParser parser(InputStream in, String source) throws IOException {
    try {
      return mapper.createParser(in);
    } catch (JsonProcessingException | CharConversionException e) {
      throw formatError(source, "", e);
    }
  }

  @Override
  public <T> T read(Reader in, String source, Class<T> type) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    return read(mapper.createParser(in), source, type, true);
  }

  private <T> T read(JsonParser parser, String source, Class<T> type, boolean ioPossible) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    T value;
    try (parser) {
      Codec<T> codec = Codecs.codec(type);
      value = codec != null ? readDirectly(parser, type, codec) : mapper.readValue(parser, type);
    } catch (InvalidValueException e) {
      throw formatError(source, e.pointer(), e);
    } catch (JsonProcessingException | CharConversionException e) {
      throw formatError(source, pointer(parser), e);
    } catch (IOException e) {
      if (ioPossible) {
        throw e;
      }
      throw formatError(source, pointer(parser), e);
    } catch (RuntimeException e) {
      // Nothing but a format exception leaves a read: anything else here is a defect, reported where it struck.
      throw new StrategyFormatException(source, -1, -1, pointer(parser), Codecs.defect(e), e);
    }
    if (value == null) { // a document that is only null (JSON null, YAML ~ or null)
      throw new StrategyFormatException(source, 1, -1, "", "the document is null, not a value", null);
    }
    return value;
  }

  /**
   * Reads a value of a model type with its codec, as {@code mapper.readValue(parser, type)} does through the
   * module's deserializer, without databind's set-up per call: the same null for a null document, the same
   * errors for no content and for content after the value ({@code FAIL_ON_TRAILING_TOKENS}). In JSON the readers
   * refuse repeated fields themselves (with the parser's words), so the parser's own check, a hash set per
   * object, is turned off; YAML keeps it.
   */
  private <T> T readDirectly(JsonParser parser, Class<T> type, Codec<T> codec) throws IOException {
    // repeated keys are the readers' to find, in JSON and YAML alike (and alike under Jackson 3)
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
      if (token == null) {
        throw MismatchedInputException.from(parser, type, "No content to map due to end-of-input");
      }
    }
    T value = token == JsonToken.VALUE_NULL || token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT
        ? null : StrategyModule.read(codec, new ParserSource(parser), parser);
    parser.clearCurrentToken();
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw MismatchedInputException.from(parser, type, String.format("Trailing token (of type %s) found after "
          + "value (bound as %s): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", trailing,
          ClassUtil.nameOf(type)));
    }
    return value;
  }

  private static String pointer(JsonParser parser) {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static StrategyFormatException formatError(String source, String pointer, IOException e) {
    String badBytes = Utf8Text.encodingReason(e);
    if (badBytes != null) { // found ahead of the parse: no place is the document's
      return new StrategyFormatException(source, -1, -1, "", badBytes, e);
    }
    JsonLocation location = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation()
        : null;
    String reason = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return new StrategyFormatException(source, location == null ? -1 : location.getLineNr(),
        location == null ? -1 : location.getColumnNr(), pointer == null ? "" : pointer,
        reason == null ? e.getClass().getSimpleName() : Codecs.reason(reason), e);
  }

  // ---- writing --------------------------------------------------------------------------------------

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    checkModel(value);
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      finish(value, generator);
    }
  }

  @Override
  public void write(Object value, Writer out) throws IOException {
    checkNotNull(out, "out");
    checkModel(value);
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      finish(value, generator);
    }
  }

  private void finish(Object value, JsonGenerator generator) throws IOException {
    mapper.writeValue(generator, value);
    if (!isYaml()) {
      generator.writeRaw('\n');
    }
    generator.flush();
  }
}
