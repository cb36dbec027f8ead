package org.ifla.strategy.text;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class LocalizedTextTest {
  /** The documented fallback chain of every tag in {@link Generators#LANGUAGE_TAGS}, written out by hand. */
  static final Map<String, List<String>> CHAINS = Map.ofEntries(
      Map.entry("en", List.of("en")),
      Map.entry("en-GB", List.of("en-GB", "en")),
      Map.entry("fr", List.of("fr", "en")),
      Map.entry("es", List.of("es", "en")),
      Map.entry("ar", List.of("ar", "en")),
      Map.entry("ru", List.of("ru", "en")),
      Map.entry("zh", List.of("zh", "en")),
      Map.entry("zh-Hans", List.of("zh-Hans", "zh", "en")),
      Map.entry("zh-Hant", List.of("zh-Hant", "zh", "en")),
      Map.entry("zh-Hant-TW", List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh", "en")),
      Map.entry("de", List.of("de", "en")),
      Map.entry("pt-BR", List.of("pt-BR", "pt", "en")),
      Map.entry("und", List.of("en")));

  private static final LocalizedText VISION = LocalizedText.builder()
      .add(LanguageTag.ENGLISH, "Vision")
      .add(Label.of(LanguageTag.CHINESE, "愿景", Provenance.RENDERED))
      .add(Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.RENDERED))
      .build();

  private static List<String> tags(java.util.Collection<LanguageTag> tags) {
    List<String> out = new ArrayList<>();
    tags.forEach(t -> out.add(t.toString()));
    return out;
  }

  // ---- construction

  @Test
  void ofMakesOneOfficialLabel() {
    LocalizedText text = LocalizedText.of(LanguageTag.ENGLISH, "Capacity Building");
    assertEquals(List.of(Label.official(LanguageTag.ENGLISH, "Capacity Building")), text.labels());
    assertEquals(List.of("en"), tags(text.languages()));
  }

  @Test
  void labelsAreKeptInTagOrder() {
    LocalizedText text = LocalizedText.of(Label.official(LanguageTag.CHINESE, "愿景"),
        Label.official(LanguageTag.ENGLISH, "Vision"),
        Label.of(LanguageTag.of("fr"), "Vision", Provenance.RENDERED));
    assertEquals(List.of("en", "fr", "zh"), tags(text.languages()));
    assertEquals(List.of(Label.official(LanguageTag.ENGLISH, "Vision"), Label.of(LanguageTag.of("fr"), "Vision",
        Provenance.RENDERED),
        Label.official(LanguageTag.CHINESE, "愿景")), text.labels());
  }

  @Test
  void duplicateTagIsRejectedNamingTheTag() {
    assertIllegalArgument(() -> LocalizedText.builder().add(LanguageTag.ENGLISH, "Vision").add(LanguageTag.ENGLISH,
        "Other"), "'en'");
    assertIllegalArgument(() -> LocalizedText.of(Label.official(LanguageTag.of("zh-Hant"), "a"),
        Label.official(LanguageTag.of("zh-hant"), "b")),
        "'zh-Hant'");
    assertIllegalArgument(
        () -> LocalizedText.copyOf(List.of(Label.official(LanguageTag.of("fr"), "a"), Label.of(LanguageTag.of("fr"),
            "a", Provenance.RENDERED))), "'fr'");
  }

  @Test
  void aTextNeedsALabel() {
    assertIllegalArgument(() -> LocalizedText.builder().build(), "label");
    assertIllegalArgument(() -> LocalizedText.copyOf(List.of()), "label");
  }

  @Test
  void nullsAreRejected() {
    Label en = Label.official(LanguageTag.ENGLISH, "x");
    assertNullRejected(() -> LocalizedText.of((LanguageTag) null, "x"));
    assertNullRejected(() -> LocalizedText.of(LanguageTag.ENGLISH, null));
    assertNullRejected(() -> LocalizedText.of((Label) null));
    assertNullRejected(() -> LocalizedText.of(en, (Label) null));
    assertNullRejected(() -> LocalizedText.copyOf(null));
    assertNullRejected(() -> LocalizedText.copyOf(Arrays.asList(en, null)));
    assertNullRejected(() -> LocalizedText.builder().add((Label) null));
    assertNullRejected(() -> LocalizedText.builder().add((LanguageTag) null, "x"));
    assertNullRejected(() -> LocalizedText.builder().add(LanguageTag.ENGLISH, null));
    assertNullRejected(() -> LocalizedText.builder().add(Label.of(LanguageTag.ENGLISH, null, Provenance.RENDERED)));
    assertNullRejected(() -> LocalizedText.builder().addAll(null));
    assertNullRejected(() -> VISION.with(null));
    assertNullRejected(() -> VISION.without(null));
    assertNullRejected(() -> VISION.label(null));
    assertNullRejected(() -> VISION.resolve((LanguageTag) null));
    assertNullRejected(() -> VISION.text((LanguageTag) null));
    assertNullRejected(() -> VISION.hasLanguage((LanguageTag) null));
    assertNullRejected(() -> LocalizedText.fallbackChain((LanguageTag) null));
  }

  @Test
  void illFormedTagsAreRejected() {
    assertIllegalArgument(() -> LocalizedText.of(LanguageTag.of("en_GB"), "x"), "'en_GB'");
    assertIllegalArgument(() -> LocalizedText.of(LanguageTag.of("xx"), "x"), "'xx'");
    assertIllegalArgument(() -> VISION.label(LanguageTag.of("zh_TW")), "'zh_TW'");
    assertIllegalArgument(() -> VISION.without(LanguageTag.of("en_")), "'en_'");
  }

  @Test
  void builderIsEmptyUntilALabelIsAdded() {
    LocalizedText.Builder builder = LocalizedText.builder();
    assertTrue(builder.isEmpty());
    builder.add(LanguageTag.ENGLISH, "x");
    assertFalse(builder.isEmpty());
  }

  // ---- equality

  @Test
  void equalityIsIndependentOfOrder() {
    LocalizedText a = LocalizedText.builder().add(LanguageTag.ENGLISH, "Vision").add(Label.of(LanguageTag.CHINESE,
        "愿景", Provenance.RENDERED)).build();
    LocalizedText b = LocalizedText.builder().add(Label.of(LanguageTag.CHINESE, "愿景",
        Provenance.RENDERED)).add(LanguageTag.ENGLISH, "Vision").build();
    assertEqualValues(a, b);
  }

  @Test
  void oneLabelChangedIsUnequal() {
    LocalizedText text = LocalizedText.builder().add(LanguageTag.ENGLISH, "Vision").add(Label.of(LanguageTag.CHINESE,
        "愿景", Provenance.RENDERED)).build();
    assertUnequalValues(text, LocalizedText.builder().add(LanguageTag.ENGLISH,
        "Vision").add(Label.of(LanguageTag.CHINESE, "愿景 ", Provenance.RENDERED)).build());
    assertUnequalValues(text, LocalizedText.builder().add(LanguageTag.ENGLISH, "Vision").add(LanguageTag.CHINESE,
        "愿景").build());
    assertUnequalValues(text, LocalizedText.builder().add(LanguageTag.ENGLISH,
        "Vision").add(Label.of(LanguageTag.of("zh-Hans"), "愿景", Provenance.RENDERED)).build());
    assertUnequalValues(text, LocalizedText.of(LanguageTag.ENGLISH, "Vision"));
  }

  // ---- with / without / label

  @Test
  void withAddsOrReplacesALabel() {
    LocalizedText en = LocalizedText.of(LanguageTag.ENGLISH, "Vision");
    LocalizedText both = en.with(Label.of(LanguageTag.CHINESE, "愿景", Provenance.RENDERED));
    assertEquals(List.of(Label.official(LanguageTag.ENGLISH, "Vision"), Label.of(LanguageTag.CHINESE, "愿景",
        Provenance.RENDERED)), both.labels());
    LocalizedText replaced = both.with(Label.official(LanguageTag.CHINESE, "新愿景"));
    assertEquals(Optional.of(Label.official(LanguageTag.CHINESE, "新愿景")), replaced.label(LanguageTag.of("zh")));
    assertEquals(2, replaced.labels().size());
    assertEquals(List.of(Label.official(LanguageTag.ENGLISH, "Vision")), en.labels());
  }

  @Test
  void withoutRemovesALabel() {
    LocalizedText without = VISION.without(LanguageTag.of("ZH-hant"));
    assertEquals(List.of("en", "zh"), tags(without.languages()));
    assertSame(VISION, VISION.without(LanguageTag.of("fr")));
    assertEquals(3, VISION.labels().size());
  }

  @Test
  void withoutTheOnlyLabelIsRejected() {
    assertIllegalArgument(() -> LocalizedText.of(LanguageTag.ENGLISH, "Vision").without(LanguageTag.of("en")), "'en'");
  }

  @Test
  void labelLooksUpTheExactTagOnly() {
    assertEquals(Optional.of(Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.RENDERED)),
        VISION.label(LanguageTag.of("zh-hant")));
    assertEquals(Optional.empty(), VISION.label(LanguageTag.of("zh-Hant-TW")));
    assertEquals(Optional.empty(), LocalizedText.of(LanguageTag.of("zh-Hant"), "願景").label(LanguageTag.of("zh")));
  }

  @Test
  void labelsAreUnmodifiable() {
    assertUnmodifiable(VISION.labels(), Label.official(LanguageTag.of("fr"), "Vision"));
  }

  // ---- fallback chain and resolve

  @Test
  void fallbackChainOfTraditionalChineseInTaiwan() {
    assertEquals(List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh-Hant-TW"))));
  }

  @Test
  void fallbackChainInfersTheChineseScriptFromTheRegion() {
    assertEquals(List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh-TW"))));
    assertEquals(List.of("zh-Hant-HK", "zh-Hant", "zh-HK", "zh", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh-HK"))));
    assertEquals(List.of("zh-Hant-MO", "zh-Hant", "zh-MO", "zh", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh-MO"))));
    assertEquals(List.of("zh-Hans-CN", "zh-Hans", "zh-CN", "zh", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh-CN"))));
    assertEquals(List.of("zh", "en"), tags(LocalizedText.fallbackChain(Locale.forLanguageTag("zh"))));
  }

  @Test
  void fallbackChainEndsWithEnglishWithoutDuplicates() {
    assertEquals(List.of("en"), tags(LocalizedText.fallbackChain(Locale.ENGLISH)));
    assertEquals(List.of("en-GB", "en"), tags(LocalizedText.fallbackChain(Locale.UK)));
    assertEquals(List.of("fr", "en"), tags(LocalizedText.fallbackChain(Locale.FRENCH)));
    assertEquals(List.of("en"), tags(LocalizedText.fallbackChain(Locale.ROOT)));
  }

  @Test
  void fallbackChainIgnoresVariantsAndExtensions() {
    assertEquals(List.of("de-CH", "de", "en"), tags(LocalizedText.fallbackChain(Locale.forLanguageTag("de-CH-1996"))));
    assertEquals(List.of("ar-EG", "ar", "en"),
        tags(LocalizedText.fallbackChain(Locale.forLanguageTag("ar-EG-u-nu-arab"))));
  }

  @Test
  void fallbackChainOfEveryListedTagIsTheDocumentedOne() {
    for (String tag : Generators.LANGUAGE_TAGS) {
      assertEquals(CHAINS.get(tag), tags(LocalizedText.fallbackChain(Locale.forLanguageTag(tag))), tag);
    }
  }

  @Test
  void resolveFindsTheExactLanguageWhenPresent() {
    assertEquals(Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.RENDERED),
        VISION.resolve(Locale.forLanguageTag("zh-Hant")).label());
    assertEquals(Label.of(LanguageTag.CHINESE, "愿景", Provenance.RENDERED),
        VISION.resolve(Locale.forLanguageTag("zh")).label());
    assertEquals(Label.official(LanguageTag.ENGLISH, "Vision"), VISION.resolve(Locale.ENGLISH).label());
  }

  @Test
  void resolveFollowsTheChain() {
    assertEquals("願景", VISION.text(Locale.forLanguageTag("zh-TW")));
    assertEquals("願景", VISION.text(Locale.forLanguageTag("zh-Hant-HK")));
    assertEquals("愿景", VISION.text(Locale.forLanguageTag("zh-CN")));
    assertEquals("愿景", VISION.text(Locale.forLanguageTag("zh-Hans")));
  }

  @Test
  void resolveFindsALabelOfTheSameLanguage() {
    LocalizedText british = LocalizedText.builder().add(LanguageTag.of("en-GB"),
        "Organisation").add(LanguageTag.of("fr"), "Organisation")
        .build();
    assertEquals("en-GB", british.resolve(Locale.ENGLISH).served().toString());
    assertEquals("en-GB", british.resolve(Locale.US).served().toString());
    LocalizedText traditional = LocalizedText.builder().add(LanguageTag.of("zh-Hant"), "願景").add(LanguageTag.ENGLISH,
        "Vision").build();
    assertEquals("zh-Hant", traditional.resolve(Locale.forLanguageTag("zh")).served().toString());
  }

  @Test
  void resolveDefaultsToEnglish() {
    assertEquals("Vision", VISION.text(Locale.FRENCH));
    assertEquals("Vision", VISION.text(Locale.ROOT));
    LocalizedText british = LocalizedText.builder().add(LanguageTag.of("en-GB"),
        "Organisation").add(LanguageTag.of("de"), "Organisation").build();
    assertEquals("en-GB", british.resolve(Locale.forLanguageTag("ru")).served().toString());
  }

  @Test
  void resolveFallsBackToTheFirstLabel() {
    LocalizedText text = LocalizedText.builder().add(LanguageTag.CHINESE, "愿景").add(LanguageTag.of("ar"),
        "رؤية").build();
    assertEquals("رؤية", text.text(Locale.FRENCH));
    assertEquals("愿景", text.text(Locale.forLanguageTag("zh-TW")));
  }

  @Test
  void hasLanguageMeansTheLanguageAndScriptAskedFor() {
    LocalizedText chinese = LocalizedText.builder().add(LanguageTag.CHINESE, "愿景").add(LanguageTag.ENGLISH,
        "Vision").build();
    // only Simplified Chinese: Traditional Chinese in Taiwan is not there, though resolve falls back to it
    assertFalse(chinese.hasLanguage(Locale.forLanguageTag("zh-Hant-TW")));
    assertFalse(chinese.hasLanguage(LanguageTag.of("zh-TW")));
    assertTrue(chinese.hasLanguage(LanguageTag.of("zh-CN")));
    assertTrue(chinese.hasLanguage(LanguageTag.of("zh-Hans")));
    assertFalse(chinese.hasLanguage(Locale.FRENCH));
    LocalizedText traditional = LocalizedText.of(LanguageTag.of("zh-Hant"), "願景");
    assertTrue(traditional.hasLanguage(LanguageTag.of("zh-Hant-TW")));
    assertTrue(traditional.hasLanguage(LanguageTag.of("zh-HK")));
    assertFalse(traditional.hasLanguage(Locale.forLanguageTag("zh")));
    assertTrue(LocalizedText.of(LanguageTag.of("en-GB"), "Organisation").hasLanguage(Locale.ENGLISH));
    assertTrue(LocalizedText.of(LanguageTag.ENGLISH, "Organisation").hasLanguage(LanguageTag.of("en-GB")));
    assertFalse(LocalizedText.of(LanguageTag.ENGLISH, "Vision").hasLanguage(Locale.ROOT));
    assertFalse(LocalizedText.of(LanguageTag.CHINESE, "愿景").hasLanguage(Locale.ENGLISH));
  }

  @Test
  void aLabelInTheScriptAskedForServesBeforeTheBareLanguageOfAnotherScript() {
    // zh alone is Simplified: for zh-Hant, the Traditional zh-TW label serves before it
    LocalizedText text = LocalizedText.builder().add(LanguageTag.CHINESE, "愿景").add(LanguageTag.of("zh-TW"),
        "願景").add(LanguageTag.ENGLISH, "Vision").build();
    ResolvedLabel traditional = text.resolve(LanguageTag.of("zh-Hant"));
    assertEquals(LanguageTag.of("zh-TW"), traditional.served());
    assertTrue(traditional.isSameScript());
    assertFalse(traditional.isFallback());
    assertEquals("願景", text.text(Locale.forLanguageTag("zh-Hant-HK")));
    // and the bare language still serves its own script first
    assertEquals("愿景", text.text(LanguageTag.of("zh-Hans")));
    assertEquals("愿景", text.text(Locale.SIMPLIFIED_CHINESE));
    // where the bare language is of the script asked for, it serves before a regional label
    LocalizedText english = LocalizedText.builder().add(LanguageTag.ENGLISH, "Organization")
        .add(LanguageTag.of("en-US"), "Organization (US)").build();
    assertEquals(LanguageTag.ENGLISH, english.resolve(LanguageTag.of("en-GB")).served());
  }

  @Test
  void resolveSaysWhichTagServedAndWhetherItIsAFallback() {
    LocalizedText simplified = LocalizedText.builder().add(LanguageTag.CHINESE, "愿景").add(LanguageTag.ENGLISH,
        "Vision").build();
    ResolvedLabel taiwan = simplified.resolve(LanguageTag.of("zh-Hant-TW"));
    assertEquals(LanguageTag.of("zh-Hant-TW"), taiwan.requested());
    assertEquals(LanguageTag.CHINESE, taiwan.served());
    assertEquals("愿景", taiwan.text());
    assertFalse(taiwan.isExact());
    assertFalse(taiwan.isSameScript());
    assertTrue(taiwan.isFallback());

    LocalizedText withTraditional = simplified.with(Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.QUOTED, "TW"));
    ResolvedLabel served = withTraditional.resolve(LanguageTag.of("zh-Hant-TW"));
    assertEquals(LanguageTag.of("zh-Hant"), served.served());
    assertEquals(Label.of(LanguageTag.of("zh-Hant"), "願景", Provenance.QUOTED, "TW"), served.label());
    assertFalse(served.isExact());
    assertTrue(served.isSameScript());
    assertFalse(served.isFallback());

    ResolvedLabel british = LocalizedText.of(LanguageTag.ENGLISH, "Organization").resolve(Locale.UK);
    assertEquals(LanguageTag.of("en-GB"), british.requested());
    assertEquals(LanguageTag.ENGLISH, british.served());
    assertFalse(british.isExact());
    assertTrue(british.isSameScript());
    assertFalse(british.isFallback());

    ResolvedLabel exact = simplified.resolve(LanguageTag.CHINESE);
    assertTrue(exact.isExact() && exact.isSameScript() && !exact.isFallback());
    ResolvedLabel french = simplified.resolve(LanguageTag.of("fr"));
    assertEquals(LanguageTag.ENGLISH, french.served());
    assertTrue(french.isFallback());
    assertEqualValues(simplified.resolve(LanguageTag.of("zh-TW")), simplified.resolve(Locale.TAIWAN));
    assertUnequalValues(simplified.resolve(LanguageTag.of("zh-TW")), simplified.resolve(LanguageTag.CHINESE));
    assertEquals("zh-Hant-TW -> zh=\"愿景\" (fallback)", taiwan.toString());
  }

  @Test
  void defaultLanguageIsEnglish() {
    assertEquals(LanguageTag.ENGLISH, LocalizedText.DEFAULT_LANGUAGE);
  }

  @Test
  void toStringListsTheLabels() {
    LocalizedText text = LocalizedText.builder().add(LanguageTag.ENGLISH, "Vision").add(Label.of(LanguageTag.CHINESE,
        "愿景", Provenance.RENDERED)).build();
    assertEquals("[en=\"Vision\", zh=\"愿景\" (rendered)]", text.toString());
  }

  // ---- properties

  /** What {@link LocalizedText#resolve} must return, computed from the hand-written chains. */
  private static Label expectedResolution(List<Label> labels, String wantedTag) {
    TreeMap<String, Label> byTag = new TreeMap<>();
    for (Label label : labels) {
      byTag.put(label.languageTag().toString(), label);
    }
    for (String tag : CHAINS.get(wantedTag)) {
      Label sameScript = sameScriptBeforeBareLanguage(byTag, tag, LanguageTag.of(wantedTag));
      if (sameScript != null) {
        return sameScript;
      }
      if (byTag.containsKey(tag)) {
        return byTag.get(tag);
      }
      if (!tag.contains("-")) {
        for (Map.Entry<String, Label> e : byTag.entrySet()) {
          if (e.getKey().startsWith(tag + "-")) {
            return e.getValue();
          }
        }
      }
    }
    return byTag.firstEntry().getValue();
  }

  @Test
  void localizedTextResolvesExactLanguageWhenPresent() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), Generate.range(0, 4))
        .checkAssert((labels, i) -> {
          Label wanted = labels.get(i % labels.size());
          LocalizedText text = LocalizedText.copyOf(labels);
          assertEquals(wanted, text.resolve(wanted.locale()).label());
          assertEquals(Optional.of(wanted), text.label(wanted.languageTag()));
          assertTrue(text.hasLanguage(wanted.locale()));
        });
  }

  @Test
  void localizedTextResolveFollowsTheFallbackChainOtherwise() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.languageTags()))
        .checkAssert((labels, tag) -> assertEquals(expectedResolution(labels, tag),
            LocalizedText.copyOf(labels).resolve(Locale.forLanguageTag(tag)).label()));
  }

  @Test
  void localizedTextNeverFailsToResolveWhileAnyLabelExists() {
    qt().forAll(QuickTheoriesGens.of(Generators.localizedTexts()), QuickTheoriesGens.of(Generators.locales()))
        .checkAssert((text, locale) -> {
          Label found = text.resolve(locale).label();
          assertTrue(text.labels().contains(found), () -> found + " is not a label of " + text);
          assertEquals(found.text(), text.text(locale));
        });
  }

  @Test
  void localizedTextHasLanguageExactlyWhenALabelHasThatLanguageAndScript() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.languageTags()))
        .checkAssert((labels, tag) -> {
          LanguageTag asked = LanguageTag.of(tag);
          boolean expected = labels.stream().anyMatch(l -> l.languageTag().language().equals(asked.language())
              && l.languageTag().script().equals(asked.script()));
          LocalizedText text = LocalizedText.copyOf(labels);
          assertEquals(expected, text.hasLanguage(asked));
          assertEquals(expected, text.hasLanguage(Locale.forLanguageTag(tag)));
          // a label served in the language asked for is one the text has
          assertTrue(!text.resolve(asked).isSameScript() || expected);
        });
  }

  @Test
  void localizedTextEqualityIsIndependentOfInsertionOrder() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), Generate.range(0, Integer.MAX_VALUE))
        .checkAssert((labels, seed) -> {
          List<Label> shuffled = new ArrayList<>(labels);
          Collections.shuffle(shuffled, new java.util.Random(seed));
          LocalizedText a = LocalizedText.copyOf(labels);
          LocalizedText b = LocalizedText.copyOf(shuffled);
          assertEquals(a, b);
          assertEquals(a.hashCode(), b.hashCode());
          assertEquals(a.labels(), b.labels());
        });
  }

  @Test
  void localizedTextLabelsAreSortedByTag() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()))
        .checkAssert(labels -> {
          List<String> tags = new ArrayList<>();
          labels.forEach(l -> tags.add(l.languageTag().toString()));
          Collections.sort(tags);
          assertEquals(tags, tags(LocalizedText.copyOf(labels).languages()));
        });
  }

  @Test
  void localizedTextWithThenLabelGivesTheAddedLabel() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.labels()))
        .checkAssert((labels, label) -> {
          LocalizedText with = LocalizedText.copyOf(labels).with(label);
          assertEquals(Optional.of(label), with.label(label.languageTag()));
          boolean replaces = labels.stream().anyMatch(l -> l.languageTag().equals(label.languageTag()));
          assertEquals(replaces ? labels.size() : labels.size() + 1, with.labels().size());
        });
  }

  @Test
  void localizedTextWithoutRemovesOnlyThatLanguage() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()).assuming(l -> l.size() > 1))
        .checkAssert(labels -> {
          Label removed = labels.get(0);
          TreeMap<String, Label> rest = new TreeMap<>();
          labels.subList(1, labels.size()).forEach(l -> rest.put(l.languageTag().toString(), l));
          LocalizedText without = LocalizedText.copyOf(labels).without(removed.languageTag());
          assertEquals(List.copyOf(rest.values()), without.labels());
        });
  }

  @Test
  void equalTextsHaveEqualHashCodesAndUnequalOnesUnequal() {
    LocalizedText a = LocalizedText.of(LanguageTag.ENGLISH, "A");
    assertEquals(LocalizedText.builder().add(LanguageTag.ENGLISH, "A").build().hashCode(), a.hashCode());
    assertFalse(a.hashCode() == LocalizedText.of(LanguageTag.ENGLISH, "B").hashCode());
  }

  // ---- the labels are a list sorted by tag (no sorted map, for start-up); these state the behaviour of the map

  @Test
  void localizedTextBehavesAsTheMapFromTagToLabel() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.locales()))
        .checkAssert((labels, locale) -> {
          TreeMap<String, Label> map = new TreeMap<>();
          for (Label l : labels) {
            map.put(l.languageTag().toString(), l);
          }
          LocalizedText text = LocalizedText.copyOf(labels);
          assertEquals(map.hashCode(), text.hashCode());
          assertEquals(List.copyOf(map.values()), text.labels());
          assertEquals(List.copyOf(map.keySet()), tags(text.languages()));
          assertEquals(map.values().toString(), text.toString());
          for (String tag : map.keySet()) {
            assertSame(map.get(tag), text.label(LanguageTag.of(tag)).orElseThrow());
          }
          assertEquals(referenceResolve(map, locale), text.resolve(locale).label(), locale::toString);
        });
  }

  /** Tags in a mix that puts prefixes, scripts and regions next to each other in tag order. */
  private static final List<String> MODEL_TAGS = List.of("ar", "de", "de-AT", "en", "en-GB", "en-US", "es",
      "fr", "fr-CA", "ja", "pt", "pt-BR", "ru", "zh", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-TW", "und");

  /**
   * At the step of the bare language asked for, when that language alone implies another script (zh is Hans),
   * the first label in tag order in the script asked for (zh-TW for zh-Hant); null otherwise.
   */
  private static Label sameScriptBeforeBareLanguage(TreeMap<String, Label> labels, String step,
      LanguageTag wanted) {
    if (!step.equals(wanted.language()) || LanguageTag.of(step).isSameLanguageAndScript(wanted)) {
      return null;
    }
    for (Label label : labels.values()) {
      if (label.languageTag().isSameLanguageAndScript(wanted)) {
        return label;
      }
    }
    return null;
  }

  /** What the text did when it was a sorted map, before it kept a list: the reference for the model test. */
  private static Label referenceResolve(TreeMap<String, Label> labels, Locale locale) {
    for (String tag : tags(LocalizedText.fallbackChain(locale))) {
      Label sameScript = sameScriptBeforeBareLanguage(labels, tag, LanguageTag.of(locale));
      if (sameScript != null) {
        return sameScript;
      }
      Label label = labels.get(tag);
      if (label != null) {
        return label;
      }
      if (tag.indexOf('-') < 0) {
        for (Map.Entry<String, Label> e : labels.tailMap(tag + "-").entrySet()) {
          if (e.getKey().startsWith(tag + "-")) {
            return e.getValue();
          }
          break;
        }
      }
    }
    return labels.firstEntry().getValue();
  }

  @Test
  void resolveTakesTheFirstLabelOfTheLanguageInTagOrder() {
    LocalizedText text = LocalizedText.builder().add(LanguageTag.of("fr"), "b").add(LanguageTag.of("en-US"),
        "c").add(LanguageTag.of("enm"), "d").add(LanguageTag.of("en-GB"), "e")
        .build();
    assertEquals("en-GB", text.resolve(Locale.ENGLISH).served().toString());
    assertEquals("en-GB", text.resolve(Locale.CANADA).served().toString());
    assertEquals("fr", text.resolve(Locale.FRANCE).served().toString());
    LocalizedText other = LocalizedText.builder().add(LanguageTag.of("enm"), "d").add(LanguageTag.of("fr"),
        "b").build();
    assertEquals("enm", other.resolve(Locale.ENGLISH).served().toString());
    assertEquals("enm", other.resolve(Locale.GERMAN).served().toString());
    assertEquals(Optional.empty(), other.label(LanguageTag.of("en")));
    assertSame(other, other.without(LanguageTag.of("en")));
    assertEquals(List.of("fr"), tags(other.without(LanguageTag.of("enm")).languages()));
    assertEquals(List.of("enm", "fr", "zh"), tags(other.with(Label.official(LanguageTag.CHINESE, "z")).languages()));
  }

  @Test
  void everyLookUpAgreesWithASortedMapOfTheLabels() {
    java.util.Random random = new java.util.Random(20261201);
    for (int round = 0; round < 1000; round++) {
      List<String> tags = new ArrayList<>(MODEL_TAGS);
      Collections.shuffle(tags, random);
      // one or two labels mostly, and up to every tag: the list, the binary search and the builder's hash map
      int size = round % 3 == 0 ? 1 + random.nextInt(tags.size()) : 1 + random.nextInt(2);
      TreeMap<String, Label> reference = new TreeMap<>();
      LocalizedText.Builder builder = LocalizedText.builder();
      for (String tag : tags.subList(0, size)) {
        Label label = Label.of(LanguageTag.of(tag), "t" + random.nextInt(3),
            random.nextBoolean() ? Provenance.OFFICIAL : Provenance.RENDERED);
        reference.put(tag, label);
        builder.add(label);
        String again = tag;
        assertIllegalArgument(() -> LocalizedText.builder().addAll(reference.values()).add(Label.official(LanguageTag.of(again), "x")), "two labels for language '" + tag + "'");
      }
      LocalizedText text = builder.build();
      assertEquals(List.copyOf(reference.values()), text.labels());
      assertEquals(List.copyOf(reference.keySet()), tags(text.languages()));
      assertEquals(reference.hashCode(), text.hashCode());
      assertEquals(reference.values().toString(), text.toString());
      assertEquals(text, LocalizedText.copyOf(reference.descendingMap().values()));
      for (String tag : MODEL_TAGS) {
        assertEquals(Optional.ofNullable(reference.get(tag)), text.label(LanguageTag.of(tag)), tag);
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(referenceResolve(reference, locale), text.resolve(locale).label(), tag);
        Label other = Label.of(LanguageTag.of(tag), "other", Provenance.RENDERED);
        TreeMap<String, Label> with = new TreeMap<>(reference);
        with.put(tag, other);
        assertEquals(List.copyOf(with.values()), text.with(other).labels(), tag);
        if (reference.size() > 1 || !reference.containsKey(tag)) {
          TreeMap<String, Label> without = new TreeMap<>(reference);
          without.remove(tag);
          assertEquals(List.copyOf(without.values()), text.without(LanguageTag.of(tag)).labels(), tag);
        }
      }
    }
  }
}
