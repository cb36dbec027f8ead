package org.ifla.strategy.jackson3;

import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Optional;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.ScalarRunLimit;
import org.ifla.strategy.format.Utf8Text;
import org.ifla.strategy.format.YamlScalars;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * A Jackson 3 YAML factory whose parsers refuse what YAML has and JSON has not: anchors, aliases and explicit
 * tags (other than YAML's own core tags), as the Jackson 2 module's do ({@link Codecs#yamlRefusal}). Its parsers
 * also hold scalars and names to the string and name limits, and stop a run of characters longer than the string
 * limit in linear time ({@link ScalarRunLimit}). Its generators write a text holding a character that YAML 1.1
 * reads as a line break but JSON does not double-quoted and escaped. Immutable and thread-safe.
 */
final class HardenedYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  HardenedYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private HardenedYamlFactory(HardenedYamlFactory source) {
    super(source);
  }

  @Override
  public YAMLFactory copy() {
    return new HardenedYamlFactory(this);
  }

  @Override
  public TokenStreamFactory snapshot() {
    return this; // immutable
  }

  @Override
  protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ctxt, Writer out) {
    return new Generator(writeCtxt, ctxt, writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
        writeCtxt.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version, _dumpSettings);
  }

  @Override
  protected YAMLGenerator _createUTF8Generator(ObjectWriteContext writeCtxt, IOContext ctxt, OutputStream out) {
    return _createGenerator(writeCtxt, ctxt, _createWriter(ctxt, out, JsonEncoding.UTF8));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, InputStream in) {
    return parser(readCtxt, ctxt, Utf8Text.of(in));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, Reader r) {
    return parser(readCtxt, ctxt, r);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, char[] data, int offset,
      int len, boolean recyclable) {
    return parser(readCtxt, ctxt, new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, byte[] data, int offset,
      int len) {
    return parser(readCtxt, ctxt, Utf8Text.of(new ByteArrayInputStream(data, offset, len)));
  }

  private YAMLParser parser(ObjectReadContext readCtxt, IOContext ctxt, Reader reader) {
    return new Parser(readCtxt, ctxt, _getBufferRecycler(), readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
        new ScalarRunLimit(reader, ctxt.streamReadConstraints().getMaxStringLength()) {
          @Override
          protected void tooLong(String message) {
            throw new StreamConstraintsException(message); // as Jackson 3 fails a string beyond its limit
          }
        });
  }

  /** A YAML generator that quotes texts whose line breaks only YAML sees. */
  static final class Generator extends YAMLGenerator {
    Generator(ObjectWriteContext writeCtxt, IOContext ctxt, int streamWriteFeatures, int yamlFeatures,
        StringQuotingChecker quotingChecker, Writer out, SpecVersion version, DumpSettings dumpSettings) {
      super(writeCtxt, ctxt, streamWriteFeatures, yamlFeatures, quotingChecker, out, version, dumpSettings);
    }

    @Override
    public YAMLGenerator writeString(String text) {
      if (text != null && Codecs.hasYamlOnlyLineBreak(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
        return this;
      }
      super.writeString(text);
      return this;
    }
  }

  /** A YAML parser that fails on anchors, aliases and tags, and on texts and names beyond the limits. */
  static final class Parser extends YAMLParser {
    // the constructor of the floor, 3.1; 3.2 adds one that is told whether the reader is Jackson's UTF-8 reader
    @SuppressWarnings("deprecation")
    Parser(ObjectReadContext readCtxt, IOContext ctxt, BufferRecycler recycler, int streamReadFeatures,
        int formatReadFeatures, LoadSettings loadSettings, Reader reader) {
      super(readCtxt, ctxt, recycler, streamReadFeatures, formatReadFeatures, loadSettings, reader);
    }

    /**
     * Types a plain scalar as YAML 1.1 does, as the Jackson 2 module reads it ({@link YamlScalars}), through the
     * parser's own decoding of the core tag it stands for; other scalars as the parser does.
     */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
      Optional<String> tag = scalar.getTag();
      if (!scalar.isPlain() || !scalar.getImplicit().canOmitTagInPlainScalar()
          || tag.isPresent() && !tag.get().equals("!")) {
        return super._decodeScalar(scalar);
      }
      String value = scalar.getValue();
      YamlScalars.Kind kind = YamlScalars.resolve(value);
      if (kind == YamlScalars.Kind.STRING) {
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
      }
      return super._decodeScalar(new ScalarEvent(scalar.getAnchor(), Optional.of(kind.tag()),
          new ImplicitTuple(false, false), value, scalar.getScalarStyle(), scalar.getStartMark(),
          scalar.getEndMark()));
    }

    @Override
    public JsonToken nextToken() {
      JsonToken token = super.nextToken();
      if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        return token;
      }
      // SnakeYAML reads whole scalars; hold them to the same length limits as JSON's parser does
      int length = token == JsonToken.PROPERTY_NAME ? currentName().length()
          : token.isScalarValue() && _textValue != null ? _textValue.length() : -1;
      if (length >= 0 && token == JsonToken.PROPERTY_NAME) {
        streamReadConstraints().validateNameLength(length);
      } else if (length >= 0) {
        streamReadConstraints().validateStringLength(length);
      }
      refuse(Codecs.yamlRefusal(isCurrentAlias(), isCurrentAlias() ? getString() : null, getObjectId(),
          getTypeId()));
      return token;
    }

    private void refuse(String refusal) {
      if (refusal != null) {
        _reportError(refusal);
      }
    }
  }

}
