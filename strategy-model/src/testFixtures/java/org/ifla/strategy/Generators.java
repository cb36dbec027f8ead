package org.ifla.strategy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
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
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the model's types. Every generator is bounded: sizes are drawn from small fixed
 * ranges, so a property runs its examples in well under a second.
 */
public final class Generators {
  /** The language tags the generators use, as a caller might write them. */
  public static final List<String> LANGUAGE_TAGS = List.of(
      "en", "en-GB", "fr", "es", "ar", "ru", "zh", "zh-Hans", "zh-Hant", "zh-Hant-TW", "de", "pt-BR", "und");

  /**
   * The tags of {@link #LANGUAGE_TAGS} a label can have: all but {@code und}, which names no language and is
   * only asked for (as {@link Locale#ROOT}).
   */
  public static final List<String> LABEL_LANGUAGE_TAGS = List.of(
      "en", "en-GB", "fr", "es", "ar", "ru", "zh", "zh-Hans", "zh-Hant", "zh-Hant-TW", "de", "pt-BR");

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

  private Generators() {}

  /** Returns a whole number from {@code min} to {@code max}, both included. */
  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static boolean flag(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  /** Language tags from {@link #LANGUAGE_TAGS}, {@code und} included. */
  public static Gen<String> languageTags() {
    return Generate.pick(LANGUAGE_TAGS);
  }

  /** Language tags a label can have: {@link #LABEL_LANGUAGE_TAGS}. */
  public static Gen<String> labelLanguageTags() {
    return Generate.pick(LABEL_LANGUAGE_TAGS);
  }

  /** Locales of {@link #LANGUAGE_TAGS}; {@code und} gives {@link Locale#ROOT}. */
  public static Gen<Locale> locales() {
    return languageTags().map(Locale::forLanguageTag);
  }

  /** Non-blank texts of 1 to 24 code points: Latin, Cyrillic, Arabic, CJK, emoji and odd characters. */
  public static Gen<String> labelTexts() {
    return in -> {
      int length = between(in, 1, 24);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (between(in, 0, 4) == 0) {
          s.appendCodePoint(ODD_CODE_POINTS[between(in, 0, ODD_CODE_POINTS.length - 1)]);
        } else {
          int[] range = CODE_POINT_RANGES[between(in, 0, CODE_POINT_RANGES.length - 1)];
          s.appendCodePoint(between(in, range[0], range[1]));
        }
      }
      if (s.toString().isBlank()) {
        s.append('\u5b57');
      }
      return s.toString();
    };
  }

  /** Labels with a tag from {@link #LABEL_LANGUAGE_TAGS}, any text, official or not. */
  public static Gen<Label> labels() {
    return labelLanguageTags().zip(labelTexts(), Generate.booleans(), Label::of);
  }

  /** Lists of 1 to 5 labels with distinct language tags, in random order. */
  public static Gen<List<Label>> labelSets() {
    return in -> {
      List<String> tags = new ArrayList<>(LABEL_LANGUAGE_TAGS);
      int count = between(in, 1, 5);
      List<Label> labels = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int j = between(in, i, tags.size() - 1);
        String tag = tags.get(j);
        tags.set(j, tags.get(i));
        tags.set(i, tag);
        labels.add(Label.of(tag, labelTexts().generate(in), flag(in)));
      }
      return labels;
    };
  }

  /** Localized texts of 1 to 5 labels. */
  public static Gen<LocalizedText> localizedTexts() {
    return labelSets().map(LocalizedText::copyOf);
  }

  /** English-only texts, as the plans' own words usually are. */
  public static Gen<LocalizedText> englishTexts() {
    return labelTexts().map(t -> LocalizedText.of("en", t));
  }

  /** Months of the years 1000 to 9999. */
  public static Gen<YearMonth> yearMonths() {
    return Generate.range(1000, 9999).zip(Generate.range(1, 12), YearMonth::of);
  }

  /** Timeframes of years 1000 to 9999: ranges in either order (some inverted) and single months. */
  public static Gen<Timeframe> timeframes() {
    return in -> {
      YearMonth start = yearMonths().generate(in);
      if (between(in, 0, 4) == 0) {
        return Timeframe.ofMonth(start);
      }
      YearMonth end = between(in, 0, 1) == 0 ? yearMonths().generate(in) : start.plusMonths(between(in, -30, 30));
      if (end.getYear() < 1000 || end.getYear() > 9999) {
        end = start;
      }
      return Timeframe.of(start, end);
    };
  }

  /** Returns the edition's period as a timeframe, January of its first year to December of its last. */
  public static Timeframe period(StrategyEdition edition) {
    return Timeframe.ofYears(edition.firstYear(), edition.lastYear());
  }

  /** Timeframes inside the period (which must not be inverted), never inverted themselves. */
  public static Gen<Timeframe> timeframesWithin(Timeframe period) {
    long months = period.start().until(period.end(), java.time.temporal.ChronoUnit.MONTHS);
    return in -> {
      int a = between(in, 0, (int) months);
      int b = between(in, a, (int) months);
      return Timeframe.of(period.start().plusMonths(a), period.start().plusMonths(b));
    };
  }

  private static String idText(RandomnessSource in) {
    int segments = between(in, 1, 4);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        s.append(ID_SEPARATORS.charAt(between(in, 0, ID_SEPARATORS.length() - 1)));
      }
      int length = between(in, 1, 6);
      for (int j = 0; j < length; j++) {
        s.append(ID_CHARS.charAt(between(in, 0, ID_CHARS.length() - 1)));
      }
    }
    return s.toString();
  }

  /** Texts that are valid ids: one to four runs of letters and digits joined by {@code -}, {@code _} or {@code .}. */
  public static Gen<String> idTexts() {
    return Generators::idText;
  }

  /** Element ids. */
  public static Gen<ElementId> elementIds() {
    return idTexts().map(ElementId::parse);
  }

  /** Edition ids. */
  public static Gen<EditionId> editionIds() {
    return idTexts().map(EditionId::parse);
  }

  /** Element references, qualified or not. */
  public static Gen<ElementReference> elementReferences() {
    return in -> flag(in)
        ? ElementReference.of(editionIds().generate(in), elementIds().generate(in))
        : ElementReference.of(elementIds().generate(in));
  }

  /**
   * Strategy editions: a random id, title and period of one to seven years, maybe a vision and a mission,
   * and one to five areas numbered {@code 1}, {@code 2}... (strategic directions {@code SDn} or impact areas
   * {@code IAn}), each with zero to five key initiatives numbered {@code n.1}, {@code n.2}... and zero to
   * three measures of success.
   */
  public static Gen<StrategyEdition> strategyEditions() {
    return in -> {
      int firstYear = between(in, 1990, 2040);
      StrategyEdition.Builder edition = StrategyEdition.builder()
          .id(editionIds().generate(in))
          .title(localizedTexts().generate(in))
          .firstYear(firstYear)
          .lastYear(firstYear + between(in, 0, 6));
      if (flag(in)) {
        edition.vision(Statement.of(ElementId.parse("V"), ElementKind.VISION, localizedTexts().generate(in)));
      }
      if (flag(in)) {
        edition.mission(Statement.of(ElementId.parse("M"), ElementKind.MISSION, localizedTexts().generate(in)));
      }
      boolean directions = flag(in);
      int areaCount = between(in, 1, 5);
      for (int a = 1; a <= areaCount; a++) {
        ElementId areaId = ElementId.parse((directions ? "SD" : "IA") + a);
        List<KeyInitiative> initiatives = new ArrayList<>();
        int kiCount = between(in, 0, 5);
        for (int k = 1; k <= kiCount; k++) {
          KeyInitiative.Builder ki = KeyInitiative.builder()
              .id(ElementId.parse(areaId + ".KI" + k))
              .number(a + "." + k)
              .title(localizedTexts().generate(in))
              .area(areaId);
          if (flag(in)) {
            ki.description(localizedTexts().generate(in));
          }
          initiatives.add(ki.build());
        }
        List<MeasureOfSuccess> measures = new ArrayList<>();
        int measureCount = between(in, 0, 3);
        for (int m = 1; m <= measureCount; m++) {
          measures.add(MeasureOfSuccess.builder()
              .id(ElementId.parse(areaId + ".M" + m))
              .title(localizedTexts().generate(in))
              .area(areaId)
              .build());
        }
        LocalizedText title = localizedTexts().generate(in);
        StrategyArea area = directions
            ? StrategicDirection.builder().id(areaId).number(String.valueOf(a)).title(title)
                .addAllKeyInitiatives(initiatives).addAllMeasuresOfSuccess(measures).build()
            : ImpactArea.builder().id(areaId).number(String.valueOf(a)).title(title)
                .addAllKeyInitiatives(initiatives).addAllMeasuresOfSuccess(measures).build();
        edition.addAreas(area);
      }
      return edition.build();
    };
  }

  /** Professional units of any type, with or without an abbreviation. */
  public static Gen<ProfessionalUnit> professionalUnits() {
    return in -> {
      ProfessionalUnit.Builder unit = ProfessionalUnit.builder()
          .name(localizedTexts().generate(in))
          .type(Generate.enumValues(UnitType.class).generate(in));
      if (flag(in)) {
        unit.abbreviation(labelTexts().generate(in));
      }
      return unit.build();
    };
  }

  /** Tasks with any combination of number, responsibility and timeframe inside the period. */
  public static Gen<Task> tasks(Timeframe period) {
    return in -> {
      Task.Builder task = Task.builder().text(englishTexts().generate(in));
      if (flag(in)) {
        task.number(String.valueOf(between(in, 1, 9)));
      }
      if (flag(in)) {
        task.responsibility(labelTexts().generate(in));
      }
      if (flag(in)) {
        task.timeframe(StatedTimeframe.of(timeframesWithin(period).generate(in)));
      }
      return task.build();
    };
  }

  /**
   * Alignments citing the edition: an area (at level AREA) or a key initiative (at level KEY_INITIATIVE),
   * qualified or not, with the number and title the edition gives and maybe a rationale; or an alignment by
   * title alone; or an external one; now and then with an original reference from before a migration.
   */
  public static Gen<Alignment> alignments(StrategyEdition edition) {
    List<StrategyElement> citable = new ArrayList<>(edition.areas());
    citable.addAll(edition.keyInitiatives());
    return in -> {
      Alignment.Builder alignment = Alignment.builder();
      int shape = between(in, 0, 5);
      if (shape == 0) {
        alignment.isExternal(true).statedTitle(labelTexts().generate(in));
      } else if (shape == 1) {
        alignment.statedTitle(labelTexts().generate(in)).level(AlignmentLevel.KEY_INITIATIVE);
      } else {
        StrategyElement element = pick(in, citable);
        alignment.element(flag(in) ? edition.reference(element) : ElementReference.of(element.id()))
            .level(element.kind().isArea() ? AlignmentLevel.AREA : AlignmentLevel.KEY_INITIATIVE)
            .statedNumber(element.number())
            .statedTitle(flag(in) ? Optional.of(element.title().text(Locale.ENGLISH)) : Optional.empty());
      }
      if (flag(in)) {
        alignment.rationale(englishTexts().generate(in));
      }
      if (between(in, 0, 5) == 0) {
        alignment.migratedFrom(ElementReference.of(editionIds().generate(in), elementIds().generate(in)));
      }
      return alignment.build();
    };
  }

  /** Activities with zero to three tasks, a timeframe inside the period and any funding need. */
  public static Gen<Activity> activities(StrategyEdition edition, Timeframe period) {
    return in -> {
      Activity.Builder activity = Activity.builder().title(englishTexts().generate(in));
      if (flag(in)) {
        activity.number(String.valueOf(between(in, 1, 9)));
      }
      if (flag(in)) {
        activity.description(englishTexts().generate(in));
      }
      int taskCount = between(in, 0, 3);
      for (int i = 0; i < taskCount; i++) {
        activity.addTasks(tasks(period).generate(in));
      }
      if (flag(in)) {
        activity.responsibility(labelTexts().generate(in));
      }
      if (flag(in)) {
        activity.timeframe(StatedTimeframe.of(timeframesWithin(period).generate(in)));
      }
      if (flag(in)) {
        activity.fundingNeeded(Generate.enumValues(FundingNeed.class).generate(in));
      }
      int collaborators = between(in, 0, 2);
      for (int i = 0; i < collaborators; i++) {
        activity.addCollaborators(labelTexts().generate(in));
      }
      if (between(in, 0, 3) == 0) {
        activity.addAlignments(alignments(edition).generate(in));
      }
      return activity.build();
    };
  }

  /** Parts numbered as given (of the template's kind, or now and then of their own), with zero to three alignments to the edition and zero to three activities. */
  public static Gen<PlanPart> parts(StrategyEdition edition, Timeframe period, int number) {
    return in -> {
      PlanPart.Builder area = PlanPart.builder().number(String.valueOf(number));
      if (between(in, 0, 4) > 0) {
        area.title(englishTexts().generate(in));
      }
      if (flag(in)) {
        area.description(englishTexts().generate(in));
      }
      int alignmentCount = between(in, 0, 3);
      for (int i = 0; i < alignmentCount; i++) {
        area.addAlignments(alignments(edition).generate(in));
      }
      int activityCount = between(in, 0, 3);
      for (int i = 0; i < activityCount; i++) {
        area.addActivities(activities(edition, period).generate(in));
      }
      if (flag(in)) {
        area.communication(englishTexts().generate(in));
      }
      if (flag(in)) {
        area.impactMeasures(englishTexts().generate(in));
      }
      if (flag(in)) {
        area.collaboration(englishTexts().generate(in));
      }
      if (between(in, 0, 4) == 0) {
        area.kind(Generate.enumValues(PartKind.class).generate(in));
      }
      if (between(in, 0, 4) == 0) {
        area.status(pick(in, List.of("ongoing", "completed", "new in 2022")));
      }
      if (between(in, 0, 4) == 0) {
        area.notes(englishTexts().generate(in));
      }
      return area.build();
    };
  }

  /**
   * Action plans citing the edition: a period of whole years inside the edition's period, zero to six parts,
   * plan-level alignments (to every part, and now and then for context) and activities; every alignment that names an
   * element names one of the edition's, and every timeframe lies inside the plan's period.
   */
  public static Gen<ActionPlan> actionPlans(StrategyEdition edition) {
    return in -> {
      int firstYear = between(in, edition.firstYear(), edition.lastYear());
      int lastYear = between(in, firstYear, edition.lastYear());
      Timeframe period = Timeframe.ofYears(firstYear, lastYear);
      ActionPlan.Builder plan = ActionPlan.builder()
          .unit(professionalUnits().generate(in))
          .template(Generate.enumValues(PlanTemplate.class).generate(in))
          .edition(edition.id())
          .period(flag(in) ? StatedTimeframe.of(period)
              : StatedTimeframe.of(firstYear + " \u2013 " + lastYear, List.of(period)));
      if (flag(in)) {
        plan.title(englishTexts().generate(in));
      }
      if (flag(in)) {
        plan.status(pick(in, List.of("DRAFT", "Final", "updated for the Professional Committee")));
      }
      if (flag(in)) {
        plan.mission(englishTexts().generate(in));
      }
      int alignments = between(in, 0, 2);
      for (int i = 0; i < alignments; i++) {
        plan.addAlignments(alignments(edition).generate(in));
      }
      int context = between(in, 0, 3) / 3;
      for (int i = 0; i < context; i++) {
        plan.addContextAlignments(alignments(edition).generate(in));
      }
      int focusAreas = between(in, 0, 6);
      for (int i = 1; i <= focusAreas; i++) {
        plan.addParts(parts(edition, period, i).generate(in));
      }
      int activities = between(in, 0, 2);
      for (int i = 0; i < activities; i++) {
        plan.addActivities(activities(edition, period).generate(in));
      }
      return plan.build();
    };
  }

  /**
   * Plans that the standard rules find nothing in, of the given template, citing a bundled or generated
   * edition: a period of whole years inside the edition's, one to four parts (none of them named otherwise
   * than the template names them), each aligned to a key initiative of the edition by its number and exact
   * English title and to that initiative's area, with one to three activities timed inside the period, a way to
   * measure impact and to communicate; every text in English. The edition must have a key initiative.
   */
  public static Gen<ActionPlan> validPlans(StrategyEdition edition, PlanTemplate template) {
    List<KeyInitiative> initiatives = edition.keyInitiatives();
    if (initiatives.isEmpty()) {
      throw new IllegalArgumentException(edition.id() + " has no key initiative to align a plan to");
    }
    return in -> {
      int firstYear = between(in, edition.firstYear(), edition.lastYear());
      int lastYear = between(in, firstYear, edition.lastYear());
      Timeframe period = Timeframe.ofYears(firstYear, lastYear);
      ActionPlan.Builder plan = ActionPlan.builder()
          .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of("en", "Section on Plans")))
          .template(template)
          .edition(edition.id())
          .period(StatedTimeframe.of(period));
      int parts = between(in, 1, 4);
      for (int i = 1; i <= parts; i++) {
        KeyInitiative ki = pick(in, initiatives);
        StrategyElement area = edition.element(ki.area()).orElseThrow();
        PlanPart.Builder part = PlanPart.builder().number(String.valueOf(i))
            .title(LocalizedText.of("en", "Part " + i))
            .addAlignments(aligned(area, AlignmentLevel.AREA), aligned(ki, AlignmentLevel.KEY_INITIATIVE))
            .impactMeasures(LocalizedText.of("en", "Survey responses"))
            .communication(LocalizedText.of("en", "Newsletter"));
        int activities = between(in, 1, 3);
        for (int j = 1; j <= activities; j++) {
          part.addActivities(Activity.builder().number(i + "." + j)
              .title(LocalizedText.of("en", "Activity " + i + "." + j))
              .timeframe(StatedTimeframe.of(timeframesWithin(period).generate(in))).build());
        }
        plan.addParts(part.build());
      }
      return plan.build();
    };
  }

  private static Alignment aligned(StrategyElement element, AlignmentLevel level) {
    Alignment.Builder a = Alignment.builder().element(ElementReference.of(element.id())).level(level)
        .statedTitle(element.title().text(Locale.ENGLISH));
    element.number().ifPresent(a::statedNumber);
    return a.build();
  }

  /** Action plans, each citing a freshly generated edition. */
  public static Gen<ActionPlan> actionPlans() {
    return strategyEditions().flatMap(Generators::actionPlans);
  }
}
