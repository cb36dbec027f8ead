package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.ifla.strategy.format.Codec;
import org.ifla.strategy.format.Codecs;
import org.ifla.strategy.format.InvalidInputException;

/**
 * The Jackson module for strategy-model: serializers and deserializers for every public model type, in the
 * document format of FORMAT.md.
 *
 * <p>Register it on a mapper with {@code mapper.registerModule(new StrategyModule())}, or let
 * {@code findAndRegisterModules()} find it through {@code META-INF/services}. The module only adds
 * (de)serializers for the model's types; it changes no setting of the mapper. To read untrusted documents use
 * the hardened mappers of {@link StrategyJson}, which also limit sizes and reject duplicate keys, trailing
 * content, and YAML anchors, aliases and tags.
 *
 * <p>The mapper's configuration is honoured through the deserialization context where the format leaves room:
 * an unknown field is an error when {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is enabled (the
 * default, and always on the mappers of {@link StrategyJson}), and is skipped when it is disabled; a
 * {@code DeserializationProblemHandler} registered on the mapper is offered every unknown field first
 * ({@code DeserializationContext.handleUnknownProperty}, with the type being read as the bean class). Everything
 * else stays as FORMAT.md says, whatever the mapper: extensions ({@code x-} and a name) are kept where the format
 * allows them, repeated fields, a wrong format version and bad values are errors.
 *
 * <p>Whatever the module writes reads back whatever type it is declared as in the caller's own types, as a
 * field, a list element or a map value: interfaces and abstract types included ({@code StrategyElement},
 * {@code StrategyArea}, {@code ImpactArea}, {@code Enabler}, {@code StrategicDirection}). An element written on
 * its own names its {@code kind}, by which a {@code StrategyElement} is read.
 *
 * <p>What it covers: editions and all their elements ({@code StrategyEdition}, {@code StrategyArea} and its
 * kinds, {@code KeyInitiative}, {@code MeasureOfSuccess}, {@code Statement}, any {@code StrategyElement},
 * {@code EditionCatalog},
 * {@code TranslationCompleteness}); action plans and all their parts; {@code LocalizedText} (as an object from
 * language tag to text, keeping each label's provenance and source) and {@code Label}; ids, references,
 * plan locations and timeframes as text; the model's enums in lower case with hyphens; alignment reports and
 * findings; crosswalks ({@code Crosswalk}, {@code Mapping}, {@code MappingKind}, {@code CrosswalkCatalog}) and
 * migration reports ({@code MigrationReport}, {@code MigratedReference}, {@code MigrationOutcome}). A
 * {@code Coverage} is computed from plans, not read; it has no document form.
 *
 * <p>Immutable and thread-safe; instances are interchangeable.
 */
public final class StrategyModule extends Module {
  private static final long serialVersionUID = 1L;

  /** The name this module registers under. */
  public static final String NAME = "StrategyModule";

  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public StrategyModule() {}

  /**
   * Returns the module's name, {@value #NAME}.
   *
   * @return the name
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * Returns the version of this library.
   *
   * @return the version, with group id {@code org.ifla.strategy} and artifact id
   *     {@code strategy-model-jackson}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Adds the serializers and deserializers to the mapper being set up.
   *
   * @param context the set-up context, not null
   * @throws IllegalStateException if the Jackson on the class path is older than 2.19.0
   */
  @Override
  public void setupModule(SetupContext context) {
    JacksonVersions.check();
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codec<?> codec : Codecs.all()) {
      register(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Codec<T> codec, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), serializer(codec));
    deserializers.addDeserializer(codec.type(), deserializer(codec));
  }

  private static <T> JsonSerializer<T> serializer(Codec<T> codec) {
    return new StdSerializer<T>(codec.type()) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        codec.write(value, new GeneratorSink(gen));
      }
    };
  }

  private static <T> JsonDeserializer<T> deserializer(Codec<T> codec) {
    return new StdDeserializer<T>(codec.type()) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(codec, new ParserSource(p, ctxt, this, codec.type()), p);
      }
    };
  }

  /** The types the module has codecs for, in the order they are registered. */
  static ImmutableList<Class<?>> types() {
    return Codecs.types();
  }

  /** Reads a value with the codec, the format's errors as Jackson's ({@link InvalidValueException}). */
  static <T> T read(Codec<T> codec, ParserSource source, JsonParser parser) throws IOException {
    try {
      return codec.read(source);
    } catch (InvalidInputException e) {
      throw new InvalidValueException(parser, e);
    }
  }

  private static Version readVersion() {
    String[] module = Codecs.moduleCoordinates(StrategyModule.class);
    return module == null ? Version.unknownVersion() : VersionUtil.parseVersion(module[2], module[0], module[1]);
  }

}
