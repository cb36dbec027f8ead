package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.ScalarRunLimit;
import org.ifla.strategy.format.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML factory whose parsers refuse what YAML has and JSON has not: anchors, aliases and explicit tags
 * (other than YAML's own core tags such as {@code !!str}). A document is then a plain tree, so a plan read from
 * YAML is what it would be from JSON, and {@code !!java...} tags or alias bombs never reach the reader.
 *
 * <p>Its parsers also hold scalars and names to the string and name limits, and stop a run of characters longer
 * than the string limit before SnakeYAML spends quadratic time on it ({@link ScalarRunLimit}).
 *
 * <p>Its generators write a text holding a character that YAML 1.1 reads as a line break but JSON does not
 * (U+0085, U+2028, U+2029) double-quoted and escaped, where a plain or literal scalar would lose it.
 */
final class HardenedYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  HardenedYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private HardenedYamlFactory(HardenedYamlFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public YAMLFactory copy() {
    return new HardenedYamlFactory(this, null);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    return new Generator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec, out,
        _version);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new RunLimit(Utf8Text.of(in), ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new RunLimit(r, ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new RunLimit(new CharArrayReader(data, offset, len), ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new RunLimit(Utf8Text.of(new ByteArrayInputStream(data, offset, len)), ctxt.streamReadConstraints()));
  }

  /** A YAML generator that quotes texts whose line breaks only YAML sees. */
  static final class Generator extends YAMLGenerator {
    Generator(IOContext ctxt, int jsonFeatures, int yamlFeatures, StringQuotingChecker quotingChecker,
        ObjectCodec codec, Writer out, DumperOptions.Version version) throws IOException {
      super(ctxt, jsonFeatures, yamlFeatures, quotingChecker, codec, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null && Codecs.hasYamlOnlyLineBreak(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      } else {
        super.writeString(text);
      }
    }
  }

  /** A YAML parser that fails on anchors, aliases and tags, and on texts and names beyond the limits. */
  static final class Parser extends YAMLParser {
    Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions loaderOptions,
        ObjectCodec codec, Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        return token;
      }
      // SnakeYAML reads whole scalars; hold them to the same length limits as JSON's parser does.
      if (token == JsonToken.FIELD_NAME) {
        streamReadConstraints().validateNameLength(currentName().length());
      } else if (token.isScalarValue() && _textValue != null) {
        streamReadConstraints().validateStringLength(_textValue.length());
      }
      String refusal = Codecs.yamlRefusal(isCurrentAlias(), isCurrentAlias() ? getText() : null, getObjectId(),
          getTypeId());
      if (refusal != null) {
        _reportError(refusal);
      }
      return token;
    }
  }

  /** The run limit, failing as Jackson 2 fails a string beyond its limit. */
  static final class RunLimit extends ScalarRunLimit {
    RunLimit(Reader in, StreamReadConstraints constraints) {
      super(in, constraints.getMaxStringLength());
    }

    @Override
    protected void tooLong(String message) throws IOException {
      throw new StreamConstraintsException(message);
    }
  }
}
