package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableSet;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML factory whose parsers refuse what YAML has and JSON has not: anchors, aliases and explicit tags
 * (other than YAML's own core tags such as {@code !!str}). A document is then a plain tree, so a plan read from
 * YAML is what it would be from JSON, and {@code !!java...} tags or alias bombs never reach the reader.
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
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(in, null, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(data, offset, len, null, ctxt));
  }

  /** A YAML parser that fails on anchors, aliases and tags. */
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
