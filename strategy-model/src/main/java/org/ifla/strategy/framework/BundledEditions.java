package org.ifla.strategy.framework;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Provenance;
import org.ifla.strategy.text.LocalizedText;

/**
 * Builds a bundled edition from its resource files; internal.
 *
 * <p>Each edition has a folder {@code editions/ID/} beside this class with:
 *
 * <ul>
 *   <li>{@code edition.properties}: {@code firstYear}, {@code lastYear}, {@code languages} (comma-separated
 *       tags that have label files), {@code areas} (area ids in order), optionally {@code preamble} (statement
 *       ids in order) and {@code numberedKeyInitiatives} ({@code true} when key initiatives are numbered
 *       {@code AREA.N});
 *   <li>for each language, {@code TAG.properties} with IFLA's official wording,
 *       {@code TAG.quoted.properties} with text quoted from another named source (a published translation) and
 *       {@code TAG.rendered.properties} with text written for this library, each optional. Each file names the
 *       source of its labels in the key {@code @source}, and may name another for one label in
 *       {@code @source.KEY}; a label without a source is an error.
 * </ul>
 *
 * <p>A label key is an element id, optionally followed by the name of a further text:
 * {@code edition.title}; {@code V} (vision), {@code M} (mission), {@code HOW} (theory of change), preamble
 * ids; {@code FIELD.n} and {@code FIELD.n.description}; areas {@code SDn}, {@code IAn}, {@code EN} with
 * {@code .description}, {@code .fieldOutcome}, {@code .successCriteria}, {@code .alternativeTitle}; and inside
 * an area {@code AREA.KIn} (with {@code .description}), {@code AREA.Mn}, {@code AREA.Dn}. The structure of
 * the edition is the set of keys over all its languages, so adding a language needs no code.
 */
final class BundledEditions {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("^(.*)\\.(description|fieldOutcome|successCriteria|alternativeTitle)$");
  private static final Pattern AREA = Pattern.compile("(SD|IA)(\\d+)|EN");
  private static final Pattern CHILD = Pattern.compile("((?:SD|IA)\\d+|EN)\\.(KI|M|D)(\\d+)");
  private static final Pattern FIELD = Pattern.compile("FIELD\\.\\d+");
  private static final String TITLE = "title";
  private static final String SOURCE = "@source";
  private static final ImmutableMap<Provenance, String> FILE_SUFFIXES = ImmutableMap.of(
      Provenance.OFFICIAL, "", Provenance.QUOTED, ".quoted", Provenance.RENDERED, ".rendered");

  private final EditionId id;
  private final String folder;
  private final Properties meta;
  /** element id (or "edition") -> text name -> labels. */
  private final SortedMap<String, Map<String, LocalizedText.Builder>> texts = new TreeMap<>();
  /** "element.name" of every text the build asked for. */
  private final Set<String> used = new HashSet<>();

  private BundledEditions(EditionId id) {
    this.id = id;
    this.folder = "editions/" + id + "/";
    this.meta = read("edition.properties").orElseThrow(() -> fail("missing edition.properties"));
  }

  static StrategyEdition load(EditionId id) {
    return new BundledEditions(id).build();
  }

  private StrategyEdition build() {
    for (String tag : Splitter.on(',').trimResults().omitEmptyStrings().split(required("languages"))) {
      boolean found = false;
      LanguageTag language = LanguageTag.of(tag);
      for (Provenance provenance : Provenance.values()) {
        String file = tag + FILE_SUFFIXES.get(provenance) + ".properties";
        Optional<Properties> labels = read(file);
        found |= labels.isPresent();
        labels.ifPresent(p -> checkSources(file, p));
        labels.ifPresent(p -> p.stringPropertyNames().stream().filter(key -> !key.startsWith(SOURCE))
            .forEach(key -> addLabel(file, key, Label.of(language, p.getProperty(key), provenance,
                source(file, p, key)))));
      }
      if (!found) {
        throw fail("no label file for language " + tag);
      }
    }
    StrategyEdition.Builder edition = StrategyEdition.builder()
        .id(id)
        .title(text("edition", TITLE).orElseThrow(() -> fail("no edition.title")))
        .firstYear(Integer.parseInt(required("firstYear")))
        .lastYear(Integer.parseInt(required("lastYear")));
    statement("V", ElementKind.VISION).ifPresent(edition::vision);
    statement("M", ElementKind.MISSION).ifPresent(edition::mission);
    statement("HOW", ElementKind.THEORY_OF_CHANGE).ifPresent(edition::theoryOfChange);
    for (String pre : list("preamble")) {
      edition.addPreamble(statement(pre, ElementKind.PREAMBLE).orElseThrow(() -> fail("no text for " + pre)));
    }
    texts.keySet().stream().filter(k -> FIELD.matcher(k).matches())
        .sorted((a, b) -> ElementId.parse(a).compareTo(ElementId.parse(b)))
        .forEach(k -> edition.addFieldOutcomes(statement(k, ElementKind.FIELD_OUTCOME).orElseThrow()));
    boolean numbered = Boolean.parseBoolean(meta.getProperty("numberedKeyInitiatives", "false"));
    for (String areaId : list("areas")) {
      edition.addAreas(area(areaId, numbered));
    }
    StrategyEdition built = edition.build();
    checkAllKeysUsed(built);
    return built;
  }

  private StrategyArea area(String areaId, boolean numbered) {
    Matcher m = AREA.matcher(areaId);
    if (!m.matches()) {
      throw fail("not an area id: " + areaId);
    }
    ElementId id = ElementId.parse(areaId);
    Optional<String> number = Optional.ofNullable(m.group(2));
    LocalizedText title = text(areaId, TITLE).orElseThrow(() -> fail("no title for area " + areaId));
    ImmutableList.Builder<KeyInitiative> kis = ImmutableList.builder();
    ImmutableList.Builder<MeasureOfSuccess> measures = ImmutableList.builder();
    ImmutableList.Builder<Statement> items = ImmutableList.builder();
    texts.keySet().stream()
        .filter(k -> k.startsWith(areaId + "."))
        .map(ElementId::parse)
        .sorted()
        .forEach(childId -> {
          Matcher c = CHILD.matcher(childId.toString());
          if (!c.matches()) {
            throw fail("not an element id inside area " + areaId + ": " + childId);
          }
          LocalizedText childTitle = text(childId.toString(), TITLE)
              .orElseThrow(() -> fail("no title for " + childId));
          switch (c.group(2)) {
            case "KI":
              KeyInitiative.Builder ki = KeyInitiative.builder().id(childId).area(id).title(childTitle)
                  .description(text(childId.toString(), "description"));
              if (numbered) {
                ki.number(number.orElseThrow(() -> fail("numbered key initiative in unnumbered area " + areaId))
                    + "." + c.group(3));
              }
              kis.add(ki.build());
              break;
            case "M":
              measures.add(MeasureOfSuccess.builder().id(childId).area(id).title(childTitle).build());
              break;
            default:
              items.add(Statement.of(childId, ElementKind.OVERVIEW_ITEM, childTitle));
              break;
          }
        });
    // one description of the area's content, then the concrete kind its id names
    StrategicDirection draft = StrategicDirection.builder().id(id).number(number).title(title)
        .description(text(areaId, "description"))
        .fieldOutcome(text(areaId, "fieldOutcome"))
        .successCriteria(text(areaId, "successCriteria"))
        .addAllAlternativeTitles(text(areaId, "alternativeTitle").stream().collect(ImmutableList.toImmutableList()))
        .addAllKeyInitiatives(kis.build())
        .addAllMeasuresOfSuccess(measures.build())
        .addAllOverviewItems(items.build())
        .build();
    switch (areaId.substring(0, 2)) {
      case "SD":
        return draft;
      case "IA":
        return ImpactArea.builder().from((StrategyArea) draft).build();
      default:
        return Enabler.builder().from((StrategyArea) draft).build();
    }
  }

  private Optional<Statement> statement(String statementId, ElementKind kind) {
    return text(statementId, TITLE).map(t -> Statement.builder().id(ElementId.parse(statementId)).kind(kind)
        .title(t).description(text(statementId, "description")).build());
  }

  /** Fails for a source named for a key the file has no label for. */
  private void checkSources(String file, Properties labels) {
    for (String key : labels.stringPropertyNames()) {
      if (key.startsWith(SOURCE + ".") && labels.getProperty(key.substring(SOURCE.length() + 1)) == null) {
        throw fail(file + ": " + key + " names the source of a label the file does not have");
      }
    }
  }

  /** The source of the label of that key in that file: its own, or the file's. */
  private String source(String file, Properties labels, String key) {
    String source = labels.getProperty(SOURCE + "." + key, labels.getProperty(SOURCE));
    if (source == null || source.isBlank()) {
      throw fail(file + " names no " + SOURCE + " for " + key);
    }
    return source.strip();
  }

  private void addLabel(String file, String key, Label label) {
    Matcher m = ATTRIBUTE.matcher(key);
    String element = m.matches() ? m.group(1) : key.equals("edition.title") ? "edition" : key;
    String name = m.matches() ? m.group(2) : TITLE;
    if (!element.equals("edition") && !ElementId.isValid(element)) {
      throw fail("not a label key in " + file + ": " + key);
    }
    LocalizedText.Builder builder =
        texts.computeIfAbsent(element, k -> new TreeMap<>()).computeIfAbsent(name, k -> LocalizedText.builder());
    try {
      builder.add(label);
    } catch (IllegalArgumentException e) {
      throw fail(file + ": key " + key + ": " + e.getMessage());
    }
  }

  private Optional<LocalizedText> text(String element, String name) {
    used.add(element + "." + name);
    Map<String, LocalizedText.Builder> byName = texts.get(element);
    LocalizedText.Builder builder = byName == null ? null : byName.get(name);
    return builder == null ? Optional.empty() : Optional.of(builder.build());
  }

  private void checkAllKeysUsed(StrategyEdition built) {
    texts.forEach((element, byName) -> {
      if (!element.equals("edition") && !built.contains(ElementId.parse(element))) {
        throw fail("labels for " + element + ", which is not an element (not listed in edition.properties?)");
      }
      for (String name : byName.keySet()) {
        if (!used.contains(element + "." + name)) {
          throw fail("labels for " + element + "." + name + ", a text that element does not have");
        }
      }
    });
  }

  private ImmutableList<String> list(String property) {
    return ImmutableList.copyOf(
        Splitter.on(',').trimResults().omitEmptyStrings().split(meta.getProperty(property, "")));
  }

  private String required(String property) {
    String value = meta.getProperty(property);
    if (value == null) {
      throw fail("edition.properties has no " + property);
    }
    return value.strip();
  }

  private Optional<Properties> read(String file) {
    try (InputStream in = BundledEditions.class.getResourceAsStream(folder + file)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        p.load(reader);
      }
      return Optional.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled edition file " + folder + file, e);
    }
  }

  private IllegalStateException fail(String message) {
    return new IllegalStateException("bundled edition " + id + ": " + message);
  }
}
