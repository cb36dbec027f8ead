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
      .add("en", "Vision")
      .addUnofficial("zh", "愿景")
      .addUnofficial("zh-Hant", "願景")
      .build();

  // ---- construction

  @Test
  void ofMakesOneOfficialLabel() {
    LocalizedText text = LocalizedText.of("en", "Capacity Building");
    assertEquals(List.of(Label.official("en", "Capacity Building")), text.labels());
    assertEquals(List.of("en"), List.copyOf(text.languages()));
  }

  @Test
  void labelsAreKeptInTagOrder() {
    LocalizedText text = LocalizedText.of(Label.official("zh", "愿景"), Label.official("en", "Vision"),
        Label.unofficial("fr", "Vision"));
    assertEquals(List.of("en", "fr", "zh"), List.copyOf(text.languages()));
    assertEquals(List.of(Label.official("en", "Vision"), Label.unofficial("fr", "Vision"),
        Label.official("zh", "愿景")), text.labels());
  }

  @Test
  void duplicateTagIsRejectedNamingTheTag() {
    assertIllegalArgument(() -> LocalizedText.builder().add("en", "Vision").add("en", "Other"), "'en'");
    assertIllegalArgument(() -> LocalizedText.of(Label.official("zh-Hant", "a"), Label.official("zh-hant", "b")),
        "'zh-Hant'");
    assertIllegalArgument(
        () -> LocalizedText.copyOf(List.of(Label.official("fr", "a"), Label.unofficial("fr", "a"))), "'fr'");
  }

  @Test
  void aTextNeedsALabel() {
    assertIllegalArgument(() -> LocalizedText.builder().build(), "label");
    assertIllegalArgument(() -> LocalizedText.copyOf(List.of()), "label");
  }

  @Test
  void nullsAreRejected() {
    Label en = Label.official("en", "x");
    assertNullRejected(() -> LocalizedText.of(null, "x"));
    assertNullRejected(() -> LocalizedText.of("en", null));
    assertNullRejected(() -> LocalizedText.of((Label) null));
    assertNullRejected(() -> LocalizedText.of(en, (Label) null));
    assertNullRejected(() -> LocalizedText.copyOf(null));
    assertNullRejected(() -> LocalizedText.copyOf(Arrays.asList(en, null)));
    assertNullRejected(() -> LocalizedText.builder().add((Label) null));
    assertNullRejected(() -> LocalizedText.builder().add(null, "x"));
    assertNullRejected(() -> LocalizedText.builder().add("en", null));
    assertNullRejected(() -> LocalizedText.builder().addUnofficial("en", null));
    assertNullRejected(() -> LocalizedText.builder().addAll(null));
    assertNullRejected(() -> VISION.with(null));
    assertNullRejected(() -> VISION.without(null));
    assertNullRejected(() -> VISION.label(null));
    assertNullRejected(() -> VISION.resolve(null));
    assertNullRejected(() -> VISION.text(null));
    assertNullRejected(() -> VISION.hasLanguage(null));
    assertNullRejected(() -> LocalizedText.fallbackChain(null));
  }

  @Test
  void illFormedTagsAreRejected() {
    assertIllegalArgument(() -> LocalizedText.of("en_GB", "x"), "'en_GB'");
    assertIllegalArgument(() -> LocalizedText.of("xx", "x"), "'xx'");
    assertIllegalArgument(() -> VISION.label("zh_TW"), "'zh_TW'");
    assertIllegalArgument(() -> VISION.without("en_"), "'en_'");
  }

  @Test
  void builderIsEmptyUntilALabelIsAdded() {
    LocalizedText.Builder builder = LocalizedText.builder();
    assertTrue(builder.isEmpty());
    builder.add("en", "x");
    assertFalse(builder.isEmpty());
  }

  // ---- equality

  @Test
  void equalityIsIndependentOfOrder() {
    LocalizedText a = LocalizedText.builder().add("en", "Vision").addUnofficial("zh", "愿景").build();
    LocalizedText b = LocalizedText.builder().addUnofficial("zh", "愿景").add("en", "Vision").build();
    assertEqualValues(a, b);
  }

  @Test
  void oneLabelChangedIsUnequal() {
    LocalizedText text = LocalizedText.builder().add("en", "Vision").addUnofficial("zh", "愿景").build();
    assertUnequalValues(text, LocalizedText.builder().add("en", "Vision").addUnofficial("zh", "愿景 ").build());
    assertUnequalValues(text, LocalizedText.builder().add("en", "Vision").add("zh", "愿景").build());
    assertUnequalValues(text, LocalizedText.builder().add("en", "Vision").addUnofficial("zh-Hans", "愿景").build());
    assertUnequalValues(text, LocalizedText.of("en", "Vision"));
  }

  // ---- with / without / label

  @Test
  void withAddsOrReplacesALabel() {
    LocalizedText en = LocalizedText.of("en", "Vision");
    LocalizedText both = en.with(Label.unofficial("zh", "愿景"));
    assertEquals(List.of(Label.official("en", "Vision"), Label.unofficial("zh", "愿景")), both.labels());
    LocalizedText replaced = both.with(Label.official("zh", "新愿景"));
    assertEquals(Optional.of(Label.official("zh", "新愿景")), replaced.label("zh"));
    assertEquals(2, replaced.labels().size());
    assertEquals(List.of(Label.official("en", "Vision")), en.labels());
  }

  @Test
  void withoutRemovesALabel() {
    LocalizedText without = VISION.without("ZH-hant");
    assertEquals(List.of("en", "zh"), List.copyOf(without.languages()));
    assertSame(VISION, VISION.without("fr"));
    assertEquals(3, VISION.labels().size());
  }

  @Test
  void withoutTheOnlyLabelIsRejected() {
    assertIllegalArgument(() -> LocalizedText.of("en", "Vision").without("en"), "'en'");
  }

  @Test
  void labelLooksUpTheExactTagOnly() {
    assertEquals(Optional.of(Label.unofficial("zh-Hant", "願景")), VISION.label("zh-hant"));
    assertEquals(Optional.empty(), VISION.label("zh-Hant-TW"));
    assertEquals(Optional.empty(), LocalizedText.of("zh-Hant", "願景").label("zh"));
  }

  @Test
  void labelsAreUnmodifiable() {
    assertUnmodifiable(VISION.labels(), Label.official("fr", "Vision"));
  }

  // ---- fallback chain and resolve

  @Test
  void fallbackChainOfTraditionalChineseInTaiwan() {
    assertEquals(List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh", "en"),
        LocalizedText.fallbackChain(Locale.forLanguageTag("zh-Hant-TW")));
  }

  @Test
  void fallbackChainInfersTheChineseScriptFromTheRegion() {
    assertEquals(List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh", "en"),
        LocalizedText.fallbackChain(Locale.forLanguageTag("zh-TW")));
    assertEquals(List.of("zh-Hant-HK", "zh-Hant", "zh-HK", "zh", "en"),
        LocalizedText.fallbackChain(Locale.forLanguageTag("zh-HK")));
    assertEquals(List.of("zh-Hant-MO", "zh-Hant", "zh-MO", "zh", "en"),
        LocalizedText.fallbackChain(Locale.forLanguageTag("zh-MO")));
    assertEquals(List.of("zh-Hans-CN", "zh-Hans", "zh-CN", "zh", "en"),
        LocalizedText.fallbackChain(Locale.forLanguageTag("zh-CN")));
    assertEquals(List.of("zh", "en"), LocalizedText.fallbackChain(Locale.forLanguageTag("zh")));
  }

  @Test
  void fallbackChainEndsWithEnglishWithoutDuplicates() {
    assertEquals(List.of("en"), LocalizedText.fallbackChain(Locale.ENGLISH));
    assertEquals(List.of("en-GB", "en"), LocalizedText.fallbackChain(Locale.UK));
    assertEquals(List.of("fr", "en"), LocalizedText.fallbackChain(Locale.FRENCH));
    assertEquals(List.of("en"), LocalizedText.fallbackChain(Locale.ROOT));
  }

  @Test
  void fallbackChainIgnoresVariantsAndExtensions() {
    assertEquals(List.of("de-CH", "de", "en"), LocalizedText.fallbackChain(Locale.forLanguageTag("de-CH-1996")));
    assertEquals(List.of("ar-EG", "ar", "en"), LocalizedText.fallbackChain(Locale.forLanguageTag("ar-EG-u-nu-arab")));
  }

  @Test
  void fallbackChainOfEveryListedTagIsTheDocumentedOne() {
    for (String tag : Generators.LANGUAGE_TAGS) {
      assertEquals(CHAINS.get(tag), LocalizedText.fallbackChain(Locale.forLanguageTag(tag)), tag);
    }
  }

  @Test
  void resolveFindsTheExactLanguageWhenPresent() {
    assertEquals(Label.unofficial("zh-Hant", "願景"), VISION.resolve(Locale.forLanguageTag("zh-Hant")));
    assertEquals(Label.unofficial("zh", "愿景"), VISION.resolve(Locale.forLanguageTag("zh")));
    assertEquals(Label.official("en", "Vision"), VISION.resolve(Locale.ENGLISH));
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
    LocalizedText british = LocalizedText.builder().add("en-GB", "Organisation").add("fr", "Organisation")
        .build();
    assertEquals("en-GB", british.resolve(Locale.ENGLISH).languageTag());
    assertEquals("en-GB", british.resolve(Locale.US).languageTag());
    LocalizedText traditional = LocalizedText.builder().add("zh-Hant", "願景").add("en", "Vision").build();
    assertEquals("zh-Hant", traditional.resolve(Locale.forLanguageTag("zh")).languageTag());
  }

  @Test
  void resolveDefaultsToEnglish() {
    assertEquals("Vision", VISION.text(Locale.FRENCH));
    assertEquals("Vision", VISION.text(Locale.ROOT));
    LocalizedText british = LocalizedText.builder().add("en-GB", "Organisation").add("de", "Organisation").build();
    assertEquals("en-GB", british.resolve(Locale.forLanguageTag("ru")).languageTag());
  }

  @Test
  void resolveFallsBackToTheFirstLabel() {
    LocalizedText text = LocalizedText.builder().add("zh", "愿景").add("ar", "رؤية").build();
    assertEquals("رؤية", text.text(Locale.FRENCH));
    assertEquals("愿景", text.text(Locale.forLanguageTag("zh-TW")));
  }

  @Test
  void hasLanguageAsksForTheLocalesLanguage() {
    LocalizedText chinese = LocalizedText.builder().add("zh", "愿景").add("en", "Vision").build();
    assertTrue(chinese.hasLanguage(Locale.forLanguageTag("zh-Hant-TW")));
    assertFalse(chinese.hasLanguage(Locale.FRENCH));
    assertTrue(LocalizedText.of("zh-Hant", "願景").hasLanguage(Locale.forLanguageTag("zh")));
    assertTrue(LocalizedText.of("en-GB", "Organisation").hasLanguage(Locale.ENGLISH));
    assertFalse(LocalizedText.of("en", "Vision").hasLanguage(Locale.ROOT));
    assertFalse(LocalizedText.of("zh", "愿景").hasLanguage(Locale.ENGLISH));
  }

  @Test
  void defaultLanguageIsEnglish() {
    assertEquals("en", LocalizedText.DEFAULT_LANGUAGE);
  }

  @Test
  void toStringListsTheLabels() {
    LocalizedText text = LocalizedText.builder().add("en", "Vision").addUnofficial("zh", "愿景").build();
    assertEquals("[en=\"Vision\", zh~\"愿景\"]", text.toString());
  }

  // ---- properties

  /** What {@link LocalizedText#resolve} must return, computed from the hand-written chains. */
  private static Label expectedResolution(List<Label> labels, String wantedTag) {
    TreeMap<String, Label> byTag = new TreeMap<>();
    for (Label label : labels) {
      byTag.put(label.languageTag(), label);
    }
    for (String tag : CHAINS.get(wantedTag)) {
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
          assertEquals(wanted, text.resolve(wanted.locale()));
          assertEquals(Optional.of(wanted), text.label(wanted.languageTag()));
          assertTrue(text.hasLanguage(wanted.locale()));
        });
  }

  @Test
  void localizedTextResolveFollowsTheFallbackChainOtherwise() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.languageTags()))
        .checkAssert((labels, tag) -> assertEquals(expectedResolution(labels, tag),
            LocalizedText.copyOf(labels).resolve(Locale.forLanguageTag(tag))));
  }

  @Test
  void localizedTextNeverFailsToResolveWhileAnyLabelExists() {
    qt().forAll(QuickTheoriesGens.of(Generators.localizedTexts()), QuickTheoriesGens.of(Generators.locales()))
        .checkAssert((text, locale) -> {
          Label found = text.resolve(locale);
          assertTrue(text.labels().contains(found), () -> found + " is not a label of " + text);
          assertEquals(found.text(), text.text(locale));
        });
  }

  @Test
  void localizedTextHasLanguageExactlyWhenALabelHasThatPrimaryLanguage() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.languageTags()))
        .checkAssert((labels, tag) -> {
          String language = tag.equals("und") ? "" : tag.split("-")[0];
          boolean expected = !language.isEmpty()
              && labels.stream().anyMatch(l -> l.languageTag().split("-")[0].equals(language));
          assertEquals(expected, LocalizedText.copyOf(labels).hasLanguage(Locale.forLanguageTag(tag)));
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
          labels.forEach(l -> tags.add(l.languageTag()));
          Collections.sort(tags);
          assertEquals(tags, List.copyOf(LocalizedText.copyOf(labels).languages()));
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
          labels.subList(1, labels.size()).forEach(l -> rest.put(l.languageTag(), l));
          LocalizedText without = LocalizedText.copyOf(labels).without(removed.languageTag());
          assertEquals(List.copyOf(rest.values()), without.labels());
        });
  }

  @Test
  void equalTextsHaveEqualHashCodesAndUnequalOnesUnequal() {
    LocalizedText a = LocalizedText.of("en", "A");
    assertEquals(LocalizedText.builder().add("en", "A").build().hashCode(), a.hashCode());
    assertFalse(a.hashCode() == LocalizedText.of("en", "B").hashCode());
  }

  // ---- the labels are a list sorted by tag (no sorted map, for start-up); these state the behaviour of the map

  @Test
  void localizedTextBehavesAsTheMapFromTagToLabel() {
    qt().forAll(QuickTheoriesGens.of(Generators.labelSets()), QuickTheoriesGens.of(Generators.locales()))
        .checkAssert((labels, locale) -> {
          TreeMap<String, Label> map = new TreeMap<>();
          for (Label l : labels) {
            map.put(l.languageTag(), l);
          }
          LocalizedText text = LocalizedText.copyOf(labels);
          assertEquals(map.hashCode(), text.hashCode());
          assertEquals(List.copyOf(map.values()), text.labels());
          assertEquals(List.copyOf(map.keySet()), List.copyOf(text.languages()));
          assertEquals(map.values().toString(), text.toString());
          for (String tag : map.keySet()) {
            assertSame(map.get(tag), text.label(tag).orElseThrow());
          }
          assertEquals(referenceResolve(map, locale), text.resolve(locale), locale::toString);
        });
  }

  /** Tags in a mix that puts prefixes, scripts and regions next to each other in tag order. */
  private static final List<String> MODEL_TAGS = List.of("ar", "de", "de-AT", "en", "en-GB", "en-US", "es",
      "fr", "fr-CA", "ja", "pt", "pt-BR", "ru", "zh", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-TW", "und");

  /** What the text did when it was a sorted map, before it kept a list: the reference for the model test. */
  private static Label referenceResolve(TreeMap<String, Label> labels, Locale locale) {
    for (String tag : LocalizedText.fallbackChain(locale)) {
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
    LocalizedText text = LocalizedText.builder().add("fr", "b").add("en-US", "c").add("enm", "d").add("en-GB", "e")
        .build();
    assertEquals("en-GB", text.resolve(Locale.ENGLISH).languageTag());
    assertEquals("en-GB", text.resolve(Locale.CANADA).languageTag());
    assertEquals("fr", text.resolve(Locale.FRANCE).languageTag());
    LocalizedText other = LocalizedText.builder().add("enm", "d").add("fr", "b").build();
    assertEquals("enm", other.resolve(Locale.ENGLISH).languageTag());
    assertEquals("enm", other.resolve(Locale.GERMAN).languageTag());
    assertEquals(Optional.empty(), other.label("en"));
    assertSame(other, other.without("en"));
    assertEquals(List.of("fr"), List.copyOf(other.without("enm").languages()));
    assertEquals(List.of("enm", "fr", "zh"), List.copyOf(other.with(Label.official("zh", "z")).languages()));
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
        Label label = Label.of(tag, "t" + random.nextInt(3), random.nextBoolean());
        reference.put(tag, label);
        builder.add(label);
        String again = tag;
        assertIllegalArgument(() -> LocalizedText.builder().addAll(reference.values()).add(Label.official(again,
            "x")), "two labels for language '" + tag + "'");
      }
      LocalizedText text = builder.build();
      assertEquals(List.copyOf(reference.values()), text.labels());
      assertEquals(List.copyOf(reference.keySet()), List.copyOf(text.languages()));
      assertEquals(reference.hashCode(), text.hashCode());
      assertEquals(reference.values().toString(), text.toString());
      assertEquals(text, LocalizedText.copyOf(reference.descendingMap().values()));
      for (String tag : MODEL_TAGS) {
        assertEquals(Optional.ofNullable(reference.get(tag)), text.label(tag), tag);
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(referenceResolve(reference, locale), text.resolve(locale), tag);
        Label other = Label.unofficial(tag, "other");
        TreeMap<String, Label> with = new TreeMap<>(reference);
        with.put(tag, other);
        assertEquals(List.copyOf(with.values()), text.with(other).labels(), tag);
        if (reference.size() > 1 || !reference.containsKey(tag)) {
          TreeMap<String, Label> without = new TreeMap<>(reference);
          without.remove(tag);
          assertEquals(List.copyOf(without.values()), text.without(tag).labels(), tag);
        }
      }
    }
  }
}
