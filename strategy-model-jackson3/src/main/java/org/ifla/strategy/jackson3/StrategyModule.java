package org.ifla.strategy.jackson3;

import java.io.IOException;
import org.ifla.strategy.format.Codec;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for strategy-model: serializers and deserializers for every public model type, in the
 * document format of FORMAT.md, the same as {@code strategy-model-jackson}'s for Jackson 2, byte for byte.
 *
 * <p>Register it on a mapper builder with {@code JsonMapper.builder().addModule(new StrategyModule())}, or let
 * {@code findAndAddModules()} find it through {@code META-INF/services/tools.jackson.databind.JacksonModule}. The
 * module only adds (de)serializers for the model's types; it changes no setting of the mapper. To read untrusted
 * documents use the hardened mappers of {@link StrategyJson}, which also limit sizes and reject duplicate keys,
 * trailing content, and YAML anchors, aliases and tags. A value the model refuses is reported as a
 * {@code MismatchedInputException}, a read error, naming where in the document it is.
 *
 * <p>What it covers: editions and all their elements; action plans and all their parts; localized texts and
 * labels; ids, references, plan locations and timeframes as text; the model's enums in lower case with hyphens;
 * alignment reports and findings; crosswalks and migration reports. A {@code Coverage} is computed from plans,
 * not read; it has no document form.
 *
 * <p>Immutable and thread-safe; instances are interchangeable.
 */
public final class StrategyModule extends JacksonModule {
  /** The name this module registers under. */
  public static final String NAME = "StrategyModule";

  private static final Version VERSION = readVersion();

  /** Creates the module; instances are interchangeable. */
  public StrategyModule() {}

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Codecs.all().forEach(codec -> register(codec, serializers, deserializers));
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Codec<T> codec, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), new Serializer<>(codec));
    deserializers.addDeserializer(codec.type(), new Deserializer<>(codec));
  }

  /** A codec as Jackson 3 serializes with it. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;

    Serializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
      write(codec, value, gen);
    }
  }

  /** A codec as Jackson 3 deserializes with it. */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;

    Deserializer(Codec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(codec, new ParserSource(p, ctxt, this), p);
    }
  }

  /** Writes a value with the codec, an output error as Jackson 3's (unchecked). */
  static <T> void write(Codec<T> codec, T value, JsonGenerator gen) {
    try {
      codec.write(value, new GeneratorSink(gen));
    } catch (IOException e) {
      throw GeneratorSink.unchecked(gen, e);
    }
  }

  /** Reads a value with the codec, the format's errors as Jackson's ({@link InvalidValueException}). */
  static <T> T read(Codec<T> codec, ParserSource source, JsonParser parser) {
    try {
      return codec.read(source);
    } catch (InvalidInputException e) {
      throw new InvalidValueException(parser, e);
    } catch (JacksonException e) {
      throw e;
    } catch (IOException e) { // the reader's I/O, which Jackson 3 reports unchecked
      throw JacksonIOException.construct(e, parser);
    }
  }

  private static Version readVersion() {
    String[] module = Codecs.moduleCoordinates(StrategyModule.class);
    return module == null ? Version.unknownVersion() : VersionUtil.parseVersion(module[2], module[0], module[1]);
  }

}
