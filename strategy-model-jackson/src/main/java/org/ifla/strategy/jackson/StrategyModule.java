package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

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

  private static final ImmutableList<Codec<?>> CODECS = ImmutableList.<Codec<?>>builder()
      .add(TextCodecs.LOCALIZED_TEXT, TextCodecs.LABEL)
      .addAll(ScalarCodecs.ALL)
      .addAll(FrameworkCodecs.ALL)
      .addAll(CrosswalkCodecs.ALL)
      .addAll(PlanCodecs.ALL)
      .addAll(AlignmentCodecs.ALL)
      .addAll(MigrationCodecs.ALL)
      .build();

  private static final ImmutableMap<Class<?>, Codec<?>> BY_TYPE = CODECS.stream()
      .collect(ImmutableMap.toImmutableMap(Codec::type, codec -> codec));

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
    for (Codec<?> codec : CODECS) {
      register(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /**
   * The codec of exactly this type (as the module's deserializers are found: by the exact class), or null when
   * the module has none.
   */
  @SuppressWarnings("unchecked") // BY_TYPE maps each type to a codec of that type
  static <T> Codec<T> codec(Class<T> type) {
    return (Codec<T>) BY_TYPE.get(type);
  }

  /** The types the module has codecs for, in the order they are registered. */
  static ImmutableList<Class<?>> types() {
    return CODECS.stream().<Class<?>>map(Codec::type).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the module writes values of this class: whether one of its codecs' types is the class or a
   * supertype of it (the model's implementation classes are subclasses of the public types), {@code
   * StrategyElement} aside, which it writes only as one of the model's own kinds of element.
   */
  static boolean writes(Class<?> type) {
    for (Codec<?> codec : CODECS) {
      // the element codec writes each element with its kind's codec: a caller's own implementation has none
      if (codec != FrameworkCodecs.ELEMENT && codec.type().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  private static <T> void register(Codec<T> codec, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), codec.serializer());
    deserializers.addDeserializer(codec.type(), codec.deserializer());
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = StrategyModule.class.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
