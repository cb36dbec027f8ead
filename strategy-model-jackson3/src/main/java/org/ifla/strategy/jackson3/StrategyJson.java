package org.ifla.strategy.jackson3;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.ifla.strategy.format.Codec;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.ReadLimits;
import org.ifla.strategy.format.StrategyDocuments;
import org.ifla.strategy.format.Utf8Text;
import org.ifla.strategy.plan.ActionPlan;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.ClassUtil;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes strategy-model documents in JSON or YAML with Jackson 3: the common case in one call, on
 * hardened mappers. The same methods, documents, limits and messages as {@code strategy-model-jackson}'s
 * {@code StrategyJson} for Jackson 2: both write the same bytes for the same value and refuse the same documents
 * with the same message, at the same place.
 *
 * <pre>{@code
 * ActionPlan plan = StrategyJson.forFile(path).readPlan(path);
 * String json = StrategyJson.json().write(plan);
 * }</pre>
 *
 * <p>Reading is hardened for untrusted input: the {@link ReadLimits} bound depth, document size and text and
 * name lengths; unknown fields, duplicate keys and content after the document are errors; YAML anchors,
 * aliases and tags are refused; no default typing is ever enabled; Jackson's global defaults are left
 * untouched. A document that cannot be read fails with a {@link StrategyFormatException} (unchecked) naming the
 * source, line, column and JSON Pointer, and with nothing else (reads from files and streams may also fail with
 * the file system's {@link IOException}s).
 *
 * <p>Writing is canonical: the same value always gives the same bytes (two-space indentation, {@code \n} line
 * ends, fields in the order of FORMAT.md, absent values left out), and reading what was written gives an equal
 * value, with every language of every label and its official mark.
 *
 * <p>Immutable and thread-safe; share instances.
 */
public final class StrategyJson extends StrategyDocuments<StrategyJson, StrategyFormatException> {
  /** JSON and YAML with the default limits, by {@link #isYaml()}. */
  private static final StrategyJson[] DEFAULTS = {new StrategyJson(false, ReadLimits.defaults()),
      new StrategyJson(true, ReadLimits.defaults())};

  /** The hardened mapper, as callers get it. */
  private final ObjectMapper mapper;
  /**
   * The mapper whose parsers the codecs read from: the same, but leaving repeated keys to the codecs, which
   * find them in the words of Jackson 2's check, so that both modules report them alike.
   */
  private final ObjectMapper direct;

  private StrategyJson(boolean yaml, ReadLimits limits) {
    super(yaml, limits);
    this.mapper = yaml ? newYamlMapper(limits) : newJsonMapper(limits);
    this.direct = yaml ? yamlBuilder(limits, false).build() : jsonBuilder(limits, false).build();
  }

  /**
   * Returns the JSON reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static StrategyJson json() {
    return DEFAULTS[0];
  }

  /**
   * Returns the YAML reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static StrategyJson yaml() {
    return DEFAULTS[1];
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
    return byExtension(file, DEFAULTS[0], DEFAULTS[1]);
  }

  /**
   * Returns the mapper behind this instance, for reading and writing the model inside a caller's own types.
   * Jackson 3 mappers are immutable: {@code mapper().rebuild()} makes one to configure further.
   *
   * @return the hardened mapper with {@link StrategyModule} registered
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  // ---- mappers --------------------------------------------------------------------------------------

  /**
   * Returns a new hardened JSON mapper with {@link StrategyModule} registered and the default limits.
   *
   * @return a new mapper
   */
  public static JsonMapper newJsonMapper() {
    return newJsonMapper(ReadLimits.defaults());
  }

  /**
   * Returns a new hardened JSON mapper with {@link StrategyModule} registered: the limits as stream-read
   * constraints, duplicate keys, unknown properties and trailing tokens rejected, error messages that quote
   * little of the input, canonical indented output (the escaping of Jackson 2's defaults, pinned: no {@code /}
   * escaped, upper-case hex escapes).
   *
   * @param limits the limits
   * @return a new mapper
   * @throws NullPointerException if the limits are null
   */
  public static JsonMapper newJsonMapper(ReadLimits limits) {
    return jsonBuilder(limits, true).build();
  }

  private static JsonMapper.Builder jsonBuilder(ReadLimits limits, boolean strictDuplicates) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .errorReportConfiguration(errorReports())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .build();
    return hardened(JsonMapper.builder(factory))
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new CanonicalPrettyPrinter());
  }

  /**
   * Returns a new hardened YAML mapper with {@link StrategyModule} registered and the default limits.
   *
   * @return a new mapper
   */
  public static YAMLMapper newYamlMapper() {
    return newYamlMapper(ReadLimits.defaults());
  }

  /**
   * Returns a new hardened YAML mapper with {@link StrategyModule} registered: the limits of
   * {@link #newJsonMapper(ReadLimits)}, and YAML anchors, aliases and tags refused; block style output without a
   * document start marker, the same bytes as the Jackson 2 module's.
   *
   * @param limits the limits
   * @return a new mapper
   * @throws NullPointerException if the limits are null
   */
  public static YAMLMapper newYamlMapper(ReadLimits limits) {
    return yamlBuilder(limits, true).build();
  }

  private static YAMLMapper.Builder yamlBuilder(ReadLimits limits, boolean strictDuplicates) {
    LoadSettings load = LoadSettings.builder()
        .setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(0)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
        .build();
    YAMLFactory factory = new HardenedYamlFactory(YAMLFactory.builder()
        .loadSettings(load)
        .streamReadConstraints(constraints(limits))
        .errorReportConfiguration(errorReports())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
        .disable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE));
    return hardened(YAMLMapper.builder(factory));
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B hardened(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .addModule(new StrategyModule());
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

  // ---- reading --------------------------------------------------------------------------------------

  @Override
  public <T> T read(String content, Class<T> type) {
    checkNotNull(content, "content");
    checkNotNull(type, "type");
    try {
      return read(p -> p.createParser(content), () -> null, STRING_SOURCE, type);
    } catch (IOException e) { // no I/O on a string
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(InputStream in, String source, Class<T> type) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    Source open = new Source(in);
    return read(p -> p.createParser(open), open, source, type);
  }

  @Override
  public <T> T read(Reader in, String source, Class<T> type) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    SourceReader open = new SourceReader(in);
    return read(p -> p.createParser(open), open::failure, source, type);
  }

  /** Makes a parser of a mapper. */
  @FunctionalInterface
  private interface Parsers {
    JsonParser of(ObjectMapper mapper);
  }

  /** The failure of the caller's stream or reader, or null: what Jackson 3 reports as a JacksonIOException. */
  @FunctionalInterface
  private interface Failures {
    IOException failure();
  }

  /** A read of the caller's stream or reader. */
  @FunctionalInterface
  private interface Read {
    int read() throws IOException;
  }

  /** Does the read, keeping its failure, so that the caller's I/O errors are told apart from bad content. */
  private static int kept(IOException[] failure, Read read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      failure[0] = e;
      throw e;
    }
  }

  /** The caller's stream, left open (Jackson reads in blocks). */
  private static final class Source extends FilterInputStream implements Failures {
    private final IOException[] failure = new IOException[1];

    Source(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return kept(failure, () -> super.read(b, off, len));
    }

    @Override
    public IOException failure() {
      return failure[0];
    }

    @Override
    public void close() {} // the caller's to close
  }

  /** The caller's reader, left open (Jackson reads in blocks). */
  private static final class SourceReader extends FilterReader {
    private final IOException[] failure = new IOException[1];

    SourceReader(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      return kept(failure, () -> super.read(b, off, len));
    }

    IOException failure() {
      return failure[0];
    }

    @Override
    public void close() {} // the caller's to close
  }

  private <T> T read(Parsers parsers, Failures failures, String source, Class<T> type) throws IOException {
    Codec<T> codec = Codecs.codec(type);
    JsonParser parser = null;
    T value;
    try {
      parser = parsers.of(codec != null ? direct : mapper);
      try (JsonParser p = parser) {
        value = codec != null ? readDirectly(p, type, codec) : mapper.readValue(p, type);
      }
    } catch (InvalidValueException e) {
      throw formatError(source, e.pointer(), e);
    } catch (JacksonIOException e) {
      if (e.getCause() != null && e.getCause() == failures.failure()) {
        throw e.getCause();
      }
      // not the stream's failure: bytes that are no text in the encoding, for the document as a whole
      throw new StrategyFormatException(source, -1, -1, "",
          Codecs.reason(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())), e);
    } catch (JacksonException e) {
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

  private static <T> T readDirectly(JsonParser parser, Class<T> type, Codec<T> codec) {
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
          + "value (bound as %s): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
          trailing, ClassUtil.nameOf(type)));
    }
    return value;
  }

  /** The pointer of where the parser is, or "" when it is not known (no parser, or one that failed). */
  private static String pointer(JsonParser parser) {
    TokenStreamContext context = null;
    try {
      context = parser == null ? null : parser.streamReadContext();
      return context == null ? "" : context.pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static StrategyFormatException formatError(String source, String pointer, JacksonException e) {
    String badBytes = Utf8Text.encodingReason(e);
    if (badBytes != null) { // found ahead of the parse: no place is the document's
      return new StrategyFormatException(source, -1, -1, "", badBytes, e);
    }
    TokenStreamLocation at = e.getLocation();
    int line = -1;
    int column = -1;
    if (at != null) {
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    String message = e.getOriginalMessage();
    String reason = message != null ? Codecs.reason(message) : e.getClass().getSimpleName();
    return new StrategyFormatException(source, line, column, pointer != null ? pointer : "", reason, e);
  }

  // ---- writing --------------------------------------------------------------------------------------

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    checkModel(value);
    OutputStream open = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's to close
      }
    };
    finish(value, () -> mapper.createGenerator(open));
  }

  @Override
  public void write(Object value, Writer out) throws IOException {
    checkNotNull(out, "out");
    checkModel(value);
    Writer open = new FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush(); // the caller's to close
      }
    };
    finish(value, () -> mapper.createGenerator(open));
  }

  /** Makes a generator. */
  @FunctionalInterface
  private interface Generators {
    JsonGenerator make();
  }

  private void finish(Object value, Generators generators) throws IOException {
    try (JsonGenerator generator = generators.make()) {
      mapper.writeValue(generator, value);
      if (!isYaml()) {
        generator.writeRaw('\n');
      }
      generator.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  protected StrategyJson withOtherLimits(ReadLimits newLimits) {
    return new StrategyJson(isYaml(), newLimits); // a mapper pair of its own: Jackson 3 mappers are immutable
  }
}
