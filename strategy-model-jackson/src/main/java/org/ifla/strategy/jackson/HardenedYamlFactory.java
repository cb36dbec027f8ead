package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.google.common.collect.ImmutableSet;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
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
        new ScalarRunLimit(_createReader(in, null, ctxt), ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new ScalarRunLimit(r, ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new ScalarRunLimit(new CharArrayReader(data, offset, len), ctxt.streamReadConstraints()));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new ScalarRunLimit(_createReader(data, offset, len, null, ctxt), ctxt.streamReadConstraints()));
  }

  /** A YAML generator that quotes texts whose line breaks only YAML sees. */
  static final class Generator extends YAMLGenerator {
    Generator(IOContext ctxt, int jsonFeatures, int yamlFeatures, StringQuotingChecker quotingChecker,
        ObjectCodec codec, Writer out, DumperOptions.Version version) throws IOException {
      super(ctxt, jsonFeatures, yamlFeatures, quotingChecker, codec, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null && hasYamlOnlyLineBreak(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      } else {
        super.writeString(text);
      }
    }

    private static boolean hasYamlOnlyLineBreak(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return true;
        }
      }
      return false;
    }
  }

  /** A YAML parser that fails on anchors, aliases and tags, and on texts and names beyond the limits. */
  static final class Parser extends YAMLParser {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final ImmutableSet<String> CORE_TAGS = ImmutableSet.of("", CORE + "str", CORE + "int",
        CORE + "float", CORE + "bool", CORE + "null", CORE + "seq", CORE + "map");

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
      if (isCurrentAlias()) {
        _reportError("YAML aliases are not allowed (*" + Input.quote(getText()).replace("\"", "")
            + "): write the value out in full");
      }
      String anchor = getObjectId();
      if (anchor != null) {
        _reportError("YAML anchors are not allowed (&" + Input.quote(anchor).replace("\"", "")
            + "): write each value out in full");
      }
      String tag = getTypeId();
      if (tag != null && !CORE_TAGS.contains(tag)) {
        _reportError("YAML tags are not allowed (" + Input.quote(tag.startsWith(CORE) ? "!!"
            + tag.substring(CORE.length()) : "!" + tag) + ")");
      }
      return token;
    }
  }
}
