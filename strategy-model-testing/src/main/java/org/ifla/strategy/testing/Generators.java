package org.ifla.strategy.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.ImpactArea;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.MeasureOfSuccess;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategicDirection;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

/**
 * {@link Arbitrary} values of every model type: texts in many scripts, timeframes (also as people write them),
 * ids, editions (the bundled ones and user-defined ones of any shape), units, tasks, activities, alignments,
 * parts and plans; and {@linkplain #validPlans(StrategyEdition, PlanTemplate) valid plans} of every template
 * citing a given edition, in which the standard rules find nothing.
 *
 * <p>Every arbitrary is bounded by its size, reproducible from a seed ({@link Seeds}) and shrinks toward
 * simpler values: fewer parts, activities and labels, shorter texts, earlier dates. The shrunk values of a
 * valid plan are valid too.
 */
public final class Generators {
  /** The language tags the generators use, as a caller might write them. */
  public static final List<String> LANGUAGE_TAGS = List.of(
      "en", "en-GB", "fr", "es", "ar", "ru", "zh", "zh-Hans", "zh-Hant", "zh-Hant-TW", "de", "pt-BR", "und");

  /**
   * The tags of {@link #LANGUAGE_TAGS} a label can have: all but {@code und}, which names no language and is
   * only asked for (as {@link Locale#ROOT}).
   */
  public static final List<String> LABEL_LANGUAGE_TAGS = LANGUAGE_TAGS.subList(0, LANGUAGE_TAGS.size() - 1);

  /** Code point ranges label texts are drawn from: ASCII, Latin, Cyrillic, Arabic, CJK, emoji. */
  private static final int[][] CODE_POINT_RANGES = {
      {0x21, 0x7E}, {0xA1, 0x24F}, {0x400, 0x4FF}, {0x600, 0x6FF}, {0x4E00, 0x9FFF}, {0x1F300, 0x1FAFF},
  };

  /** Odd characters that real plans contain: spaces, dashes, quotes, joiners, marks, a byte-order mark. */
  private static final int[] ODD_CODE_POINTS = {
      ' ', '\t', '\n', 0xA0, 0x2013, 0x2014, 0x2019, 0x201C, 0x200D, 0x200F, 0x0301, 0xFEFF, '*', '<', '>', '&',
  };

  private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_SEPARATORS = "-_.";
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final YearMonth EARLIEST = YearMonth.of(1000, 1);

  private Generators() {}

  // ---------------------------------------------------------------------------------------------- helpers

  /** A whole number from {@code min} to {@code max}, both included. */
  static int between(RandomGenerator random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A count from {@code min} to {@code max}, but no more than {@code min + size}. */
  static int count(RandomGenerator random, int min, int max, int size) {
    return between(random, min, Math.min(max, min + Math.max(0, size)));
  }

  static boolean flag(RandomGenerator random) {
    return random.nextBoolean();
  }

  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The list without its element at {@code index}. */
  static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return copy;
  }

  /** The list with its element at {@code index} replaced. */
  static <T> List<T> replaced(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  // ---------------------------------------------------------------------------------------------- texts

  /**
   * Language tags from {@link #LANGUAGE_TAGS}, {@code und} included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> languageTags() {
    return Arbitrary.pick(LANGUAGE_TAGS);
  }

  /**
   * Language tags a label can have: {@link #LABEL_LANGUAGE_TAGS}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> labelLanguageTags() {
    return Arbitrary.pick(LABEL_LANGUAGE_TAGS);
  }

  /**
   * Locales of {@link #LANGUAGE_TAGS}; {@code und} gives {@link Locale#ROOT}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Locale> locales() {
    return languageTags().map(Locale::forLanguageTag);
  }

  /**
   * Non-blank texts of 1 to 24 code points (no more than {@code 1 + 2 * size}) in many scripts: Latin, Cyrillic,
   * Arabic, CJK, emoji and the odd characters of real plans (no-break spaces, dashes, curly quotes, joiners,
   * combining marks, a byte-order mark). They shrink to their shorter non-blank beginnings.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> labelTexts() {
    return Arbitrary.of((random, size) -> {
      int length = count(random, 1, 24, 2 * size);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (random.nextInt(5) == 0) {
          s.appendCodePoint(ODD_CODE_POINTS[random.nextInt(ODD_CODE_POINTS.length)]);
        } else {
          int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
          s.appendCodePoint(between(random, range[0], range[1]));
        }
      }
      return s.toString().isBlank() ? "\u5b57" : s.toString();
    }, Generators::shorterTexts);
  }

  /** The shorter non-blank beginnings of a text: its first code point, its first half, all but its last. */
  static Stream<String> shorterTexts(String text) {
    int length = text.codePointCount(0, text.length());
    return Stream.of(1, length / 2, length - 1).filter(n -> n > 0 && n < length).distinct()
        .map(n -> text.substring(0, text.offsetByCodePoints(0, n))).filter(s -> !s.isBlank());
  }

  /**
   * Titles as an edition writes them, in English: two to four words of letters ("Qoravi Lunet Sapo"), which a
   * plan can cite by title alone; they shrink to fewer and shorter words.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> titleWords() {
    return Arbitrary.of((random, size) -> {
      int words = count(random, 2, 4, size);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          s.append(' ');
        }
        int length = count(random, 3, 9, size);
        for (int j = 0; j < length; j++) {
          char c = (char) ('a' + random.nextInt(26));
          s.append(j == 0 ? Character.toUpperCase(c) : c);
        }
      }
      return s.toString();
    }, title -> {
      String[] words = title.split(" ");
      return words.length <= 2 ? Stream.empty() : Stream.of(words[0] + " " + words[1]);
    });
  }

  /**
   * Titles of edition elements: English words ({@link #titleWords()}) and now and then labels in other
   * languages and scripts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalizedText> elementTitles() {
    return Arbitrary.of((random, size) -> {
      LocalizedText.Builder text = LocalizedText.builder()
          .add(label(random, LanguageTag.ENGLISH, titleWords().generate(random, size)));
      for (Label label : labelSets().generate(random, size)) {
        if (!label.languageTag().language().equals("en") && random.nextInt(3) == 0) {
          text.add(label);
        }
      }
      return text.build();
    });
  }

  /**
   * Labels with a tag from {@link #LABEL_LANGUAGE_TAGS}, any text, of every {@link Provenance}, with or without a
   * source.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Label> labels() {
    Arbitrary<String> texts = labelTexts();
    return Arbitrary.of((random, size) -> label(random, LanguageTag.of(labelLanguageTags().generate(random, size)),
        texts.generate(random, size)),
        label -> texts.shrink(label.text()).map(label::withText));
  }

  /**
   * Lists of 1 to 5 labels (no more than {@code 1 + size}) with distinct language tags, in random order.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Label>> labelSets() {
    return Arbitrary.of((random, size) -> {
      List<String> tags = new ArrayList<>(LABEL_LANGUAGE_TAGS);
      int count = count(random, 1, 5, size);
      List<Label> labels = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int j = between(random, i, tags.size() - 1);
        String tag = tags.get(j);
        tags.set(j, tags.get(i));
        tags.set(i, tag);
        labels.add(label(random, LanguageTag.of(tag), labelTexts().generate(random, size)));
      }
      return labels;
    }, Generators::simplerLabelSets);
  }

  /** Sources a generated label may name. */
  private static final List<String> SOURCES = List.of("IFLA, Strategy 2019-2024", "seed 004, L25",
      "rendered for strategy-model", "图书与情报 2021(5)", "STPI/CONCERT Taiwan, 2020-09-01");

  /** A label of that tag and text, of any provenance, naming a source half of the time. */
  private static Label label(RandomGenerator random, LanguageTag tag, String text) {
    Provenance provenance = Provenance.values()[random.nextInt(Provenance.values().length)];
    return flag(random) ? Label.of(tag, text, provenance, pick(random, SOURCES)) : Label.of(tag, text, provenance);
  }

  private static Stream<List<Label>> simplerLabelSets(List<Label> labels) {
    Stream<List<Label>> fewer = labels.size() < 2 ? Stream.empty()
        : Stream.iterate(labels.size() - 1, i -> i >= 0, i -> i - 1).map(i -> without(labels, i));
    Stream<List<Label>> shorter = Stream.iterate(0, i -> i < labels.size(), i -> i + 1)
        .flatMap(i -> shorterTexts(labels.get(i).text()).limit(1)
            .map(t -> replaced(labels, i, labels.get(i).withText(t))));
    return Stream.concat(fewer, shorter);
  }

  /**
   * Localized texts of 1 to 5 labels in many scripts; they shrink to fewer labels and shorter texts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalizedText> localizedTexts() {
    return Arbitrary.of((random, size) -> LocalizedText.copyOf(labelSets().generate(random, size)),
        text -> simplerLabelSets(text.labels()).map(LocalizedText::copyOf));
  }

  /**
   * Localized texts that have an English label (and maybe others), as the plans' own words usually are.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalizedText> englishTexts() {
    return Arbitrary.of((random, size) -> {
      LocalizedText.Builder text = LocalizedText.builder()
          .add(label(random, LanguageTag.ENGLISH, labelTexts().generate(random, size)));
      int more = random.nextInt(4) == 0 ? count(random, 0, 2, size) : 0;
      for (int i = 0; i < more; i++) {
        LanguageTag tag = LanguageTag.of(pick(random, LABEL_LANGUAGE_TAGS.subList(2, LABEL_LANGUAGE_TAGS.size())));
        if (text.build().label(tag).isEmpty()) {
          text.add(label(random, tag, labelTexts().generate(random, size)));
        }
      }
      return text.build();
    }, text -> simplerLabelSets(text.labels())
        .filter(l -> l.stream().anyMatch(x -> x.languageTag().equals(LanguageTag.ENGLISH)))
        .map(LocalizedText::copyOf));
  }

  // ---------------------------------------------------------------------------------------------- time

  /**
   * Months of the years 1000 to 9999; they shrink toward January 1000.
   *
   * @return the arbitrary
   */
  public static Arbitrary<YearMonth> yearMonths() {
    return Arbitrary.of((random, size) -> YearMonth.of(between(random, 1000, 9999), between(random, 1, 12)),
        Generators::earlierMonths);
  }

  private static Stream<YearMonth> earlierMonths(YearMonth month) {
    long after = EARLIEST.until(month, ChronoUnit.MONTHS);
    return Stream.of(0L, after / 2, after - 1).filter(n -> n >= 0 && n < after).distinct()
        .map(EARLIEST::plusMonths);
  }

  /**
   * Timeframes of years 1000 to 9999: ranges and single months; they shrink to single months and earlier
   * dates.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Timeframe> timeframes() {
    return Arbitrary.of((random, size) -> {
      YearMonth start = yearMonths().generate(random, size);
      if (random.nextInt(5) == 0) {
        return Timeframe.ofMonth(start);
      }
      YearMonth end = flag(random) ? yearMonths().generate(random, size)
          : start.plusMonths(between(random, -30, 30));
      if (end.getYear() < 1000 || end.getYear() > 9999) {
        end = start;
      }
      return end.isBefore(start) ? Timeframe.of(end, start) : Timeframe.of(start, end);
    }, t -> {
      Stream<Timeframe> single = t.start().equals(t.end()) ? Stream.empty() : Stream.of(Timeframe.ofMonth(t.start()));
      long length = t.start().until(t.end(), ChronoUnit.MONTHS);
      return Stream.concat(single, earlierMonths(t.start())
          .filter(s -> s.plusMonths(length).getYear() >= 1000)
          .map(s -> Timeframe.of(s, s.plusMonths(length))));
    });
  }

  /**
   * Returns the edition's period as a timeframe, January of its first year to December of its last.
   *
   * @param edition the edition
   * @return the period
   */
  public static Timeframe period(StrategyEdition edition) {
    return Timeframe.ofYears(edition.firstYear(), edition.lastYear());
  }

  /**
   * Timeframes inside the period, never inverted; they shrink to earlier and shorter timeframes inside it.
   *
   * @param period the period
   * @return the arbitrary
   */
  public static Arbitrary<Timeframe> timeframesWithin(Timeframe period) {
    int months = (int) period.start().until(period.end(), ChronoUnit.MONTHS);
    return Arbitrary.of((random, size) -> {
      int a = between(random, 0, months);
      int b = between(random, a, months);
      return Timeframe.of(period.start().plusMonths(a), period.start().plusMonths(b));
    }, t -> simplerWithin(t, period));
  }

  static Stream<Timeframe> simplerWithin(Timeframe t, Timeframe period) {
    long offset = period.start().until(t.start(), ChronoUnit.MONTHS);
    long length = t.start().until(t.end(), ChronoUnit.MONTHS);
    List<Timeframe> out = new ArrayList<>();
    if (length > 0) {
      out.add(Timeframe.ofMonth(t.start()));
      out.add(Timeframe.of(t.start(), t.start().plusMonths(length / 2)));
    }
    if (offset > 0) {
      out.add(Timeframe.of(period.start(), period.start().plusMonths(length)));
      out.add(Timeframe.of(t.start().minusMonths(1), t.end().minusMonths(1)));
    }
    return out.stream().distinct().filter(x -> !x.equals(t));
  }

  /**
   * Stated timeframes inside the period as people write them ("Nov 2019 - May 2020", "May – Oct 2020",
   * "2020", "2019 to 2020", "2019-11", "March 2020"), each read by {@link StatedTimeframe#parse(String)} to
   * the interval it was written for; they shrink to earlier and shorter timeframes.
   *
   * @param period the period
   * @return the arbitrary
   */
  public static Arbitrary<StatedTimeframe> statedTimeframesWithin(Timeframe period) {
    Arbitrary<Timeframe> within = timeframesWithin(period);
    return Arbitrary.of((random, size) -> StatedTimeframe.parse(written(within.generate(random, size),
        random.nextInt(4))), stated -> stated.intervals().size() != 1 ? Stream.empty()
            : within.shrink(stated.intervals().get(0)).map(t -> StatedTimeframe.parse(written(t, 0))));
  }

  /** The timeframe as people write it, in one of a few forms chosen by {@code form}. */
  static String written(Timeframe t, int form) {
    YearMonth s = t.start();
    YearMonth e = t.end();
    String shortStart = MONTHS[s.getMonthValue() - 1].substring(0, 3);
    String shortEnd = MONTHS[e.getMonthValue() - 1].substring(0, 3);
    boolean wholeYears = s.getMonthValue() == 1 && e.getMonthValue() == 12;
    if (wholeYears && form % 2 == 1) {
      return s.getYear() == e.getYear() ? String.valueOf(s.getYear()) : s.getYear() + " to " + e.getYear();
    }
    if (s.equals(e)) {
      return form >= 2 ? String.format(Locale.ROOT, "%d-%02d", s.getYear(), s.getMonthValue())
          : MONTHS[s.getMonthValue() - 1] + " " + s.getYear();
    }
    if (s.getYear() == e.getYear() && form >= 2) {
      return shortStart + " \u2013 " + shortEnd + " " + e.getYear();
    }
    return shortStart + " " + s.getYear() + " - " + shortEnd + " " + e.getYear();
  }

  // ---------------------------------------------------------------------------------------------- ids

  private static String idText(RandomGenerator random, int size) {
    int segments = count(random, 1, 4, size);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        s.append(ID_SEPARATORS.charAt(random.nextInt(ID_SEPARATORS.length())));
      }
      int length = count(random, 1, 6, size);
      for (int j = 0; j < length; j++) {
        s.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
      }
    }
    return s.toString();
  }

  /**
   * Texts that are valid ids: one to four runs of letters and digits joined by {@code -}, {@code _} or
   * {@code .}; they shrink to their first run and shorter runs.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> idTexts() {
    return Arbitrary.of(Generators::idText, id -> {
      String first = id.split("[-_.]")[0];
      return Stream.of(first, first.substring(0, 1)).filter(s -> s.length() < id.length()).distinct();
    });
  }

  /**
   * Element ids.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ElementId> elementIds() {
    Arbitrary<String> texts = idTexts();
    return Arbitrary.of((random, size) -> ElementId.parse(texts.generate(random, size)),
        id -> texts.shrink(id.toString()).map(ElementId::parse));
  }

  /**
   * Edition ids.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EditionId> editionIds() {
    Arbitrary<String> texts = idTexts();
    return Arbitrary.of((random, size) -> EditionId.parse(texts.generate(random, size)),
        id -> texts.shrink(id.toString()).map(EditionId::parse));
  }

  /**
   * Element references, qualified or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ElementReference> elementReferences() {
    return Arbitrary.of((random, size) -> flag(random)
        ? ElementReference.of(editionIds().generate(random, size), elementIds().generate(random, size))
        : ElementReference.of(elementIds().generate(random, size)),
        ref -> ref.edition().isPresent() ? Stream.of(ElementReference.of(ref.element())) : Stream.empty());
  }

  // ---------------------------------------------------------------------------------------------- editions

  /**
   * The bundled IFLA editions ({@link IflaStrategies#all()}), shrinking toward the first.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StrategyEdition> bundledEditions() {
    return Arbitrary.pick(IflaStrategies.all());
  }

  /**
   * User-defined strategy editions of any shape: a random id, title and period of one to seven years, maybe a
   * vision and a mission, and one to five areas (titled in English words, with labels in other scripts now and then) numbered {@code 1}, {@code 2}... (strategic directions
   * {@code SDn} or impact areas {@code IAn}), each with zero to five key initiatives numbered {@code n.1},
   * {@code n.2}... and zero to three measures of success; counts are bounded by the size. They shrink to
   * fewer areas, initiatives and measures, no vision or mission.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StrategyEdition> strategyEditions() {
    return Arbitrary.of(Generators::edition, Generators::simplerEditions);
  }

  /**
   * User-defined editions with at least one key initiative, which {@link #validPlans(StrategyEdition)} can
   * align a plan to.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StrategyEdition> alignableEditions() {
    return strategyEditions().filter(e -> !e.keyInitiatives().isEmpty());
  }

  private static StrategyEdition edition(RandomGenerator random, int size) {
    int firstYear = between(random, 1990, 2040);
    boolean directions = flag(random);
    StrategyEdition.Builder edition = StrategyEdition.builder()
        .id(editionIds().generate(random, size))
        .title(localizedTexts().generate(random, size))
        .firstYear(firstYear)
        .lastYear(firstYear + count(random, 0, 6, size));
    if (flag(random)) {
      edition.vision(Statement.of(ElementId.parse("V"), ElementKind.VISION, localizedTexts().generate(random, size)));
    }
    if (flag(random)) {
      edition.mission(Statement.of(ElementId.parse("M"), ElementKind.MISSION,
          localizedTexts().generate(random, size)));
    }
    int areaCount = count(random, 1, 5, size);
    for (int a = 1; a <= areaCount; a++) {
      edition.addAreas(area(random, size, directions, a, count(random, 0, 5, size), count(random, 0, 3, size)));
    }
    return edition.build();
  }

  private static StrategyArea area(RandomGenerator random, int size, boolean directions, int a, int kiCount,
      int measureCount) {
    ElementId areaId = ElementId.parse((directions ? "SD" : "IA") + a);
    List<KeyInitiative> initiatives = new ArrayList<>();
    for (int k = 1; k <= kiCount; k++) {
      KeyInitiative.Builder ki = KeyInitiative.builder()
          .id(ElementId.parse(areaId + ".KI" + k))
          .number(a + "." + k)
          .title(elementTitles().generate(random, size))
          .area(areaId);
      if (flag(random)) {
        ki.description(localizedTexts().generate(random, size));
      }
      initiatives.add(ki.build());
    }
    List<MeasureOfSuccess> measures = new ArrayList<>();
    for (int m = 1; m <= measureCount; m++) {
      measures.add(MeasureOfSuccess.builder()
          .id(ElementId.parse(areaId + ".M" + m))
          .title(elementTitles().generate(random, size))
          .area(areaId)
          .build());
    }
    LocalizedText title = elementTitles().generate(random, size);
    return directions
        ? StrategicDirection.builder().id(areaId).number(String.valueOf(a)).title(title)
            .addAllKeyInitiatives(initiatives).addAllMeasuresOfSuccess(measures).build()
        : ImpactArea.builder().id(areaId).number(String.valueOf(a)).title(title)
            .addAllKeyInitiatives(initiatives).addAllMeasuresOfSuccess(measures).build();
  }

  private static Stream<StrategyEdition> simplerEditions(StrategyEdition edition) {
    List<StrategyEdition> out = new ArrayList<>();
    List<StrategyArea> areas = edition.areas();
    if (areas.size() > 1) {
      out.add(StrategyEdition.builder().from(edition).areas(areas.subList(0, areas.size() - 1)).build());
    }
    for (int i = 0; i < areas.size(); i++) {
      StrategyArea area = areas.get(i);
      List<KeyInitiative> kis = area.keyInitiatives();
      List<MeasureOfSuccess> measures = area.measuresOfSuccess();
      if (!kis.isEmpty()) {
        out.add(StrategyEdition.builder().from(edition).areas(replaced(areas, i,
            rebuilt(area, kis.subList(0, kis.size() - 1), measures))).build());
      }
      if (!measures.isEmpty()) {
        out.add(StrategyEdition.builder().from(edition).areas(replaced(areas, i,
            rebuilt(area, kis, measures.subList(0, measures.size() - 1)))).build());
      }
    }
    if (edition.vision().isPresent()) {
      out.add(StrategyEdition.builder().from(edition).vision(Optional.empty()).build());
    }
    if (edition.mission().isPresent()) {
      out.add(StrategyEdition.builder().from(edition).mission(Optional.empty()).build());
    }
    if (edition.lastYear() > edition.firstYear()) {
      out.add(StrategyEdition.builder().from(edition).lastYear(edition.firstYear()).build());
    }
    return out.stream();
  }

  private static StrategyArea rebuilt(StrategyArea area, List<KeyInitiative> kis, List<MeasureOfSuccess> measures) {
    return area instanceof StrategicDirection
        ? StrategicDirection.builder().from((StrategicDirection) area).keyInitiatives(kis).measuresOfSuccess(measures)
            .build()
        : ImpactArea.builder().from((ImpactArea) area).keyInitiatives(kis).measuresOfSuccess(measures).build();
  }

  /**
   * Returns the catalog a plan citing the edition is checked against: the bundled editions, with the edition
   * added when it is not one of them.
   *
   * @param edition the edition
   * @return the catalog
   */
  public static EditionCatalog catalogWith(StrategyEdition edition) {
    EditionCatalog bundled = IflaStrategies.catalog();
    return bundled.edition(edition.id()).filter(edition::equals).isPresent() ? bundled : bundled.with(edition);
  }

  // ---------------------------------------------------------------------------------------------- plans

  /**
   * Professional units of any type, with or without an abbreviation.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProfessionalUnit> professionalUnits() {
    return Arbitrary.of((random, size) -> {
      ProfessionalUnit.Builder unit = ProfessionalUnit.builder()
          .name(localizedTexts().generate(random, size))
          .type(pick(random, List.of(UnitType.values())));
      if (flag(random)) {
        unit.abbreviation(labelTexts().generate(random, size));
      }
      return unit.build();
    });
  }

  /**
   * Tasks with any combination of number, responsibility and timeframe inside the period.
   *
   * @param period the period
   * @return the arbitrary
   */
  public static Arbitrary<Task> tasks(Timeframe period) {
    Arbitrary<StatedTimeframe> timeframes = statedOrPlain(period);
    return Arbitrary.of((random, size) -> {
      Task.Builder task = Task.builder().text(englishTexts().generate(random, size));
      if (flag(random)) {
        task.number(String.valueOf(between(random, 1, 9)));
      }
      if (flag(random)) {
        task.responsibility(labelTexts().generate(random, size));
      }
      if (flag(random)) {
        task.timeframe(timeframes.generate(random, size));
      }
      return task.build();
    });
  }

  private static Arbitrary<StatedTimeframe> statedOrPlain(Timeframe period) {
    Arbitrary<Timeframe> within = timeframesWithin(period);
    Arbitrary<StatedTimeframe> written = statedTimeframesWithin(period);
    return Arbitrary.of((random, size) -> flag(random) ? StatedTimeframe.of(within.generate(random, size))
        : written.generate(random, size), written::shrink);
  }

  /**
   * Alignments citing the edition: an area (at level AREA) or a key initiative (at level KEY_INITIATIVE),
   * qualified or not, with the number and title the edition gives and maybe a rationale; or an alignment by
   * title alone; or an external one; now and then with an original reference from before a migration. Such
   * alignments may draw findings (a title alone that names nothing, an external reference); see
   * {@link #validPlans(StrategyEdition, PlanTemplate)} for plans that draw none.
   *
   * @param edition the edition
   * @return the arbitrary
   */
  public static Arbitrary<Alignment> alignments(StrategyEdition edition) {
    List<StrategyElement> citable = new ArrayList<>(edition.areas());
    citable.addAll(edition.keyInitiatives());
    return Arbitrary.of((random, size) -> {
      Alignment.Builder alignment = Alignment.builder();
      int shape = random.nextInt(6);
      if (shape == 0) {
        alignment.isExternal(true).statedTitle(labelTexts().generate(random, size));
      } else if (shape == 1) {
        alignment.statedTitle(labelTexts().generate(random, size)).level(AlignmentLevel.KEY_INITIATIVE);
      } else {
        StrategyElement element = pick(random, citable);
        alignment.element(flag(random) ? edition.reference(element) : ElementReference.of(element.id()))
            .level(element.kind().isArea() ? AlignmentLevel.AREA : AlignmentLevel.KEY_INITIATIVE)
            .statedNumber(element.number())
            .statedTitle(flag(random) ? Optional.of(element.title().text(Locale.ENGLISH)) : Optional.empty());
      }
      if (flag(random)) {
        alignment.rationale(englishTexts().generate(random, size));
      }
      if (random.nextInt(6) == 0) {
        alignment.migratedFrom(ElementReference.of(editionIds().generate(random, size),
            elementIds().generate(random, size)));
      }
      return alignment.build();
    }, a -> a.rationale().isPresent() || a.migratedFrom().isPresent()
        ? Stream.of(Alignment.builder().from(a).rationale(Optional.empty()).migratedFrom(Optional.empty()).build())
        : Stream.empty());
  }

  /**
   * Activities with zero to three tasks, a timeframe inside the period (as a range or as people write it) and
   * any funding need, now and then aligned themselves.
   *
   * @param edition the edition alignments cite
   * @param period the period timeframes lie in
   * @return the arbitrary
   */
  public static Arbitrary<Activity> activities(StrategyEdition edition, Timeframe period) {
    Arbitrary<StatedTimeframe> timeframes = statedOrPlain(period);
    return Arbitrary.of((random, size) -> {
      Activity.Builder activity = Activity.builder().title(englishTexts().generate(random, size));
      if (flag(random)) {
        activity.number(String.valueOf(between(random, 1, 9)));
      }
      if (flag(random)) {
        activity.description(englishTexts().generate(random, size));
      }
      int taskCount = count(random, 0, 3, size);
      for (int i = 0; i < taskCount; i++) {
        activity.addTasks(tasks(period).generate(random, size));
      }
      if (flag(random)) {
        activity.responsibility(labelTexts().generate(random, size));
      }
      if (flag(random)) {
        activity.timeframe(timeframes.generate(random, size));
      }
      if (flag(random)) {
        activity.fundingNeeded(pick(random, List.of(FundingNeed.values())));
      }
      int collaborators = count(random, 0, 2, size);
      for (int i = 0; i < collaborators; i++) {
        activity.addCollaborators(labelTexts().generate(random, size));
      }
      if (random.nextInt(4) == 0) {
        activity.addAlignments(alignments(edition).generate(random, size));
      }
      return activity.build();
    }, PlanShrinker::simplerActivities);
  }

  /**
   * Parts numbered as given (of the template's kind, or now and then of their own), with zero to three
   * alignments to the edition and zero to three activities.
   *
   * @param edition the edition alignments cite
   * @param period the period timeframes lie in
   * @param number the part's number
   * @return the arbitrary
   */
  public static Arbitrary<PlanPart> parts(StrategyEdition edition, Timeframe period, int number) {
    return Arbitrary.of((random, size) -> {
      PlanPart.Builder part = PlanPart.builder().number(String.valueOf(number));
      if (random.nextInt(5) > 0) {
        part.title(englishTexts().generate(random, size));
      }
      if (flag(random)) {
        part.description(englishTexts().generate(random, size));
      }
      int alignmentCount = count(random, 0, 3, size);
      for (int i = 0; i < alignmentCount; i++) {
        part.addAlignments(alignments(edition).generate(random, size));
      }
      int activityCount = count(random, 0, 3, size);
      for (int i = 0; i < activityCount; i++) {
        part.addActivities(activities(edition, period).generate(random, size));
      }
      if (flag(random)) {
        part.communication(englishTexts().generate(random, size));
      }
      if (flag(random)) {
        part.impactMeasures(englishTexts().generate(random, size));
      }
      if (flag(random)) {
        part.collaboration(englishTexts().generate(random, size));
      }
      if (random.nextInt(5) == 0) {
        part.kind(pick(random, List.of(PartKind.values())));
      }
      if (random.nextInt(5) == 0) {
        part.status(pick(random, List.of("ongoing", "completed", "new in 2022")));
      }
      if (random.nextInt(5) == 0) {
        part.notes(englishTexts().generate(random, size));
      }
      return part.build();
    }, p -> PlanShrinker.simplerParts(p, 0, 0));
  }

  /**
   * Action plans of any template citing the edition: a period of whole years inside the edition's period, zero
   * to six parts, plan-level alignments (to every part, and now and then for context) and activities; every
   * alignment that names an element names one of the edition's, and every timeframe lies inside the plan's
   * period. The rules may find problems in them (a part with no alignment, an external reference...). They
   * shrink to fewer parts, activities and alignments.
   *
   * @param edition the edition
   * @return the arbitrary
   */
  public static Arbitrary<ActionPlan> actionPlans(StrategyEdition edition) {
    requireNonNull(edition, "edition");
    return Arbitrary.of((random, size) -> {
      int firstYear = between(random, edition.firstYear(), edition.lastYear());
      int lastYear = between(random, firstYear, edition.lastYear());
      Timeframe period = Timeframe.ofYears(firstYear, lastYear);
      ActionPlan.Builder plan = ActionPlan.builder()
          .unit(professionalUnits().generate(random, size))
          .template(pick(random, List.of(PlanTemplate.values())))
          .edition(edition.id())
          .period(flag(random) ? StatedTimeframe.of(period)
              : StatedTimeframe.of(firstYear + " \u2013 " + lastYear, List.of(period)));
      if (flag(random)) {
        plan.title(englishTexts().generate(random, size));
      }
      if (flag(random)) {
        plan.status(pick(random, List.of("DRAFT", "Final", "updated for the Professional Committee")));
      }
      if (flag(random)) {
        plan.mission(englishTexts().generate(random, size));
      }
      int alignments = count(random, 0, 2, size);
      for (int i = 0; i < alignments; i++) {
        plan.addAlignments(alignments(edition).generate(random, size));
      }
      int context = random.nextInt(4) / 3;
      for (int i = 0; i < context; i++) {
        plan.addContextAlignments(alignments(edition).generate(random, size));
      }
      int parts = count(random, 0, 6, size);
      for (int i = 1; i <= parts; i++) {
        plan.addParts(parts(edition, period, i).generate(random, size));
      }
      int activities = count(random, 0, 2, size);
      for (int i = 0; i < activities; i++) {
        plan.addActivities(activities(edition, period).generate(random, size));
      }
      return plan.build();
    }, plan -> PlanShrinker.simplerPlans(plan, 0, 0, false));
  }

  /**
   * Action plans, each citing a bundled edition or, one time in three, a freshly generated one (then checked
   * against {@link #catalogWith(StrategyEdition)} of an edition the caller does not see; prefer
   * {@link #actionPlans(StrategyEdition)} when the edition matters).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ActionPlan> actionPlans() {
    return Arbitrary.of((random, size) -> {
      StrategyEdition edition = random.nextInt(3) == 0 ? strategyEditions().generate(random, size)
          : bundledEditions().generate(random, size);
      return actionPlans(edition).generate(random, size);
    }, plan -> PlanShrinker.simplerPlans(plan, 0, 0, false));
  }

  /**
   * Plans of any template that the standard rules find nothing in, citing a bundled edition, checked against
   * {@link IflaStrategies#catalog()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ActionPlan> validPlans() {
    List<Arbitrary<ActionPlan>> each = IflaStrategies.all().stream().map(Generators::validPlans).toList();
    return Arbitrary.of((random, size) -> pick(random, each).generate(random, size),
        plan -> each.get(IflaStrategies.all().stream().map(StrategyEdition::id).toList()
            .indexOf(plan.edition().orElseThrow())).shrink(plan));
  }

  /**
   * Plans of any template that the standard rules find nothing in, citing the edition; see
   * {@link #validPlans(StrategyEdition, PlanTemplate)}.
   *
   * @param edition the edition, with at least one key initiative
   * @return the arbitrary
   * @throws IllegalArgumentException if the edition has no key initiative
   */
  public static Arbitrary<ActionPlan> validPlans(StrategyEdition edition) {
    List<Arbitrary<ActionPlan>> each = List.of(PlanTemplate.values()).stream().map(t -> validPlans(edition, t))
        .toList();
    return Arbitrary.of((random, size) -> pick(random, each).generate(random, size),
        plan -> each.get(plan.template().ordinal()).shrink(plan));
  }

  /**
   * Plans of the template that the standard rules ({@link org.ifla.strategy.alignment.RuleSet#standard()}) find
   * nothing in, citing the edition, when checked against {@link #catalogWith(StrategyEdition)} with English
   * required: a period of whole years inside the edition's, one to four parts (of the template's kind), each
   * aligned to a key initiative of the edition and to that initiative's area by number (and, for a bundled
   * edition, by exact English title), with one to three activities (and up to two tasks each) timed inside the
   * period as a range or as people write it, a way to measure impact and to communicate; every text has an
   * English label, some have labels in other languages and scripts too. They shrink to fewer parts, activities
   * and tasks, shorter texts and earlier timeframes, and stay valid.
   *
   * @param edition the edition, with at least one key initiative
   * @param template the template
   * @return the arbitrary
   * @throws IllegalArgumentException if the edition has no key initiative
   */
  public static Arbitrary<ActionPlan> validPlans(StrategyEdition edition, PlanTemplate template) {
    requireNonNull(template, "template");
    List<KeyInitiative> initiatives = edition.keyInitiatives();
    checkArgument(!initiatives.isEmpty(), "%s has no key initiative to align a plan to", edition.id());
    boolean statedTitles = IflaStrategies.all().contains(edition);
    Validity validity = new Validity(catalogWith(edition));
    return Arbitrary.of((random, size) -> {
      int firstYear = between(random, edition.firstYear(), edition.lastYear());
      int lastYear = between(random, firstYear, Math.min(edition.lastYear(), firstYear + Math.max(0, size)));
      Timeframe period = Timeframe.ofYears(firstYear, lastYear);
      Arbitrary<StatedTimeframe> timeframes = statedOrPlain(period);
      ActionPlan.Builder plan = ActionPlan.builder()
          .unit(ProfessionalUnit.of(pick(random, List.of(UnitType.values())), englishTexts().generate(random, size)))
          .template(template)
          .edition(edition.id())
          .period(StatedTimeframe.of(period));
      if (flag(random)) {
        plan.title(englishTexts().generate(random, size));
      }
      int parts = count(random, 1, 4, size / 2);
      for (int i = 1; i <= parts; i++) {
        KeyInitiative ki = pick(random, initiatives);
        StrategyElement area = edition.element(ki.area()).orElseThrow();
        PlanPart.Builder part = PlanPart.builder().number(String.valueOf(i))
            .title(englishTexts().generate(random, size))
            .addAlignments(aligned(area, AlignmentLevel.AREA, statedTitles),
                aligned(ki, AlignmentLevel.KEY_INITIATIVE, statedTitles))
            .impactMeasures(englishTexts().generate(random, size))
            .communication(englishTexts().generate(random, size));
        int activities = count(random, 1, 3, size / 2);
        for (int j = 1; j <= activities; j++) {
          Activity.Builder activity = Activity.builder().number(i + "." + j)
              .title(englishTexts().generate(random, size))
              .timeframe(timeframes.generate(random, size));
          int tasks = count(random, 0, 2, size / 3);
          for (int k = 1; k <= tasks; k++) {
            Task.Builder task = Task.builder().number(String.valueOf(k)).text(englishTexts().generate(random, size));
            if (flag(random)) {
              task.timeframe(timeframes.generate(random, size));
            }
            activity.addTasks(task.build());
          }
          part.addActivities(activity.build());
        }
        plan.addParts(part.build());
      }
      return plan.build();
    }, plan -> PlanShrinker.simplerPlans(plan, 1, 1, true).filter(validity::isValid));
  }

  private static Alignment aligned(StrategyElement element, AlignmentLevel level, boolean statedTitle) {
    Alignment.Builder a = Alignment.builder().element(ElementReference.of(element.id())).level(level);
    if (statedTitle) {
      a.statedTitle(element.title().text(Locale.ENGLISH));
    }
    element.number().ifPresent(a::statedNumber);
    return a.build();
  }
}
