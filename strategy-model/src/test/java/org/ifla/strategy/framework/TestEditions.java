package org.ifla.strategy.framework;

import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

/** A small edition built by hand, for tests that need one of known shape. */
public final class TestEditions {
  /** The id of {@link #sample()}. */
  public static final EditionId SAMPLE_ID = EditionId.parse("sample-strategy-2019-2024");

  private TestEditions() {}

  /** Returns an English text. */
  public static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  /** Returns a key initiative of the area with an English title. */
  public static KeyInitiative keyInitiative(String id, String number, String area, String title) {
    return KeyInitiative.builder().id(ElementId.parse(id)).number(number).title(en(title))
        .area(ElementId.parse(area)).build();
  }

  /**
   * Returns the sample edition {@code sample-strategy-2019-2024}, 2019 to 2024, in document order:
   * vision {@code V} (English and Chinese), mission {@code M} (English), direction {@code SD1} ("1", English and
   * Chinese) with {@code SD1.KI1} ("1.1") and {@code SD1.KI2} ("1.2", with a description), direction
   * {@code SD2} ("2", English only) with measure {@code SD2.M1}, and direction {@code SD4} ("4", English and
   * Chinese) with {@code SD4.KI5} ("4.5", English and Chinese).
   */
  public static StrategyEdition sample() {
    return StrategyEdition.builder()
        .id(SAMPLE_ID)
        .title(LocalizedText.builder().add(LanguageTag.ENGLISH,
            "Sample Strategy 2019-2024").add(Label.of(LanguageTag.CHINESE, "样本战略", Provenance.RENDERED))
            .build())
        .firstYear(2019)
        .lastYear(2024)
        .vision(Statement.of(ElementId.parse("V"), ElementKind.VISION,
            LocalizedText.builder().add(LanguageTag.ENGLISH, "A strong and united library field")
                .add(LanguageTag.CHINESE, "强大而团结的图书馆界").build()))
        .mission(Statement.of(ElementId.parse("M"), ElementKind.MISSION, en("To inspire, engage, enable")))
        .addAreas(StrategicDirection.builder()
            .id(ElementId.parse("SD1"))
            .number("1")
            .title(LocalizedText.builder().add(LanguageTag.ENGLISH, "Strengthen the Global Voice of Libraries")
                .add(LanguageTag.CHINESE, "加强图书馆的全球声音").build())
            .addKeyInitiatives(keyInitiative("SD1.KI1", "1.1", "SD1", "Show the power of libraries"))
            .addKeyInitiatives(KeyInitiative.builder().id(ElementId.parse("SD1.KI2")).number("1.2")
                .title(en("Build a strong presence")).area(ElementId.parse("SD1"))
                .description(en("We will strengthen our links")).build())
            .build())
        .addAreas(StrategicDirection.builder()
            .id(ElementId.parse("SD2"))
            .number("2")
            .title(en("Inspire and Enhance Professional Practice"))
            .addMeasuresOfSuccess(MeasureOfSuccess.builder().id(ElementId.parse("SD2.M1"))
                .title(en("Resources downloaded")).area(ElementId.parse("SD2")).build())
            .build())
        .addAreas(StrategicDirection.builder()
            .id(ElementId.parse("SD4"))
            .number("4")
            .title(LocalizedText.builder().add(LanguageTag.ENGLISH, "Capacity Building").add(LanguageTag.CHINESE,
                "能力建设").build())
            .addKeyInitiatives(KeyInitiative.builder().id(ElementId.parse("SD4.KI5")).number("4.5")
                .title(LocalizedText.builder().add(LanguageTag.ENGLISH, "Strengthening IFLA").add(LanguageTag.CHINESE,
                    "加强国际图联").build())
                .area(ElementId.parse("SD4")).build())
            .build())
        .build();
  }
}
