package org.ifla.strategy.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.Enabler;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategicDirection;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of documents that use every field of the format, with texts that JSON and especially YAML could
 * misread: words YAML 1.1 takes for booleans or null, numbers, dates, indicators, line breaks, surrounding
 * spaces.
 */
final class Documents {
  /** Texts a careless writer would turn into something else. None is blank: labels cannot be. */
  static final List<String> TRICKY_TEXTS = List.of(
      "no", "yes", "on", "off", "No", "NO", "Yes", "y", "n", "Y", "N", "true", "false", "True", "null", "Null",
      "~", "-", "- item", "? x", ": x", "key: value", "#", "# comment", "a #b", "[a]", "{a}", "!tag", "!!str",
      "&anchor", "*alias", "|", "> x", "@x", "`x", "'quoted'", "\"double\"", "4.10", "1.1", "4.5", "007", "1e3",
      "0x1F", "0o17", ".inf", "-.inf", ".nan", "2019-11", "2019-11-05", "12:30", "1_000", "+1", " leading",
      "trailing ", "  both  ", "multi\nline", "line\n", "line\n\n", "\nstarts", "\ttab", "tab\t", "%x", "=",
      "<<", "---", "...", "a\u2028b", "a\u0085b", "a\u2029b", "multi\nline\u0085end", "multi\nline\u2028end",
      "\uFEFFbom", "caf\u00e9", "\u6f22\u5b57", "\u0627\u0644",
      "emoji \ud83d\udcda", "back\\slash", "a\r\nb", "ctrl\u0007", "\u00a0nbsp");

  private Documents() {}

  /** Tricky texts and the core's generated label texts, half and half. */
  static Gen<String> texts() {
    return Generate.booleans().zip(Generate.pick(TRICKY_TEXTS), QuickTheoriesGens.of(Generators.labelTexts()),
        (tricky, a, b) -> tricky ? a : b);
  }

  /** A localized text in English and, not official, Traditional Chinese, with tricky words. */
  static Gen<LocalizedText> bilingual() {
    return texts().zip(texts(), (en, zh) -> LocalizedText.of(Label.official(LanguageTag.ENGLISH, en),
        Label.of(LanguageTag.of("zh-Hant"), zh, Provenance.RENDERED)));
  }

  /** Stated timeframes: as written and read by the library, or with intervals of their own (even inverted). */
  static Gen<StatedTimeframe> timeframes() {
    Gen<StatedTimeframe> written = Generate.pick(List.of("Nov 2019 - May 2020", "by April 2017",
        "2021 onwards", "at WLIC 2017", "three-year project", "2016-17", "2019-11/2020-05",
        "Oct 2019 \u2013 Jan 2020, Feb 2020 \u2013 June 2020", "May 2020 - Nov 2019", "no")).map(
            StatedTimeframe::parse);
    Gen<StatedTimeframe> own = texts().zip(QuickTheoriesGens.of(Generators.timeframes()), QuickTheoriesGens.of(Generators.timeframes()),
        (text, a, b) -> StatedTimeframe.of(text, List.of(a, b)));
    return Generate.booleans().zip(written, own, (w, a, b) -> w ? a : b);
  }

  /**
   * Values of extensions as the reader keeps them (compact JSON text): every kind of JSON value, numbers as
   * written, texts YAML would misread, nested values with their fields in no sorted order.
   */
  static final List<String> EXTENSION_VALUES = List.of(
      "\"no\"", "\"4.10\"", "4.10", "-0", "1e5", "-2.5E-3", "123456789012345678901234567890", "0.1", "true",
      "false", "null", "[]", "{}", "\"\"", "\"multi\\nline\"", "\"caf\u00e9 \ud83d\udcda\"", "\"x: y # z\"",
      "{\"z\":1,\"a\":[true,false,null,\"x\"],\"m\":{\"k\":\"v\",\"e\":{}}}", "[[],[1,[2]],{\"a\":null}]");

  /** Extensions: one to three, under names that need no quoting and names that do. */
  static Gen<Map<String, String>> extensions() {
    Gen<String> values = Generate.pick(EXTENSION_VALUES);
    return values.zip(values, values, Generate.range(1, 3), (a, b, c, n) -> {
      Map<String, String> map = new java.util.LinkedHashMap<>();
      map.put("x-tool", a);
      if (n > 1) {
        map.put("x-a b: c", b);
      }
      if (n > 2) {
        map.put("x-\u00e9t\u00e9", c);
      }
      return map;
    });
  }

  /** Plans of the core's generator, with every optional field of the format and tricky texts added. */
  static Gen<ActionPlan> plans() {
    return QuickTheoriesGens.of(Generators.actionPlans()).zip(texts(), texts(), bilingual(),
        timeframes().zip(extensions(), Map::entry), (plan, a, b, text, both) -> {
          StatedTimeframe timeframe = both.getKey();
          Map<String, String> extensions = both.getValue();
          return ActionPlan.builder().from(plan)
            .title(text)
            .status(a)
            .isTruncated(true)
            .fullPlan(b)
            .addParts(PlanPart.builder().number(b).kind(PartKind.OBJECTIVE).title(text).status(a).notes(text)
                .extensions(extensions).build())
            .addAlignments(Alignment.builder().statedNumber(b).statedTitle(a).rationale(text)
                .level(AlignmentLevel.AREA).extensions(extensions).build())
            .addContextAlignments(Alignment.builder().statedTitle(b).rationale(text).build())
            .addActivities(Activity.builder().number(a).title(text).description(text).scope(text).responsibility(b)
                .timeframe(timeframe).fundingNeeded(FundingNeed.YES).addCollaborators(a, b, a)
                .addTasks(Task.builder().number(b).text(text).responsibility(a).timeframe(timeframe)
                    .extensions(extensions).build())
                .extensions(extensions).build())
            .extensions(extensions)
            .build();
        });
  }

  /** Editions of the core's generator, with every optional field of the format and tricky texts added. */
  static Gen<StrategyEdition> editions() {
    return QuickTheoriesGens.of(Generators.strategyEditions()).zip(bilingual(), texts(), Generate.booleans(),
        (edition, text, word, enabler) -> {
          List<StrategyArea> areas = new ArrayList<>();
          for (StrategyArea area : edition.areas()) {
            StrategicDirection.Builder full = StrategicDirection.builder().from(area)
                .number(word)
                .description(text)
                .addOverviewItems(Statement.of(ElementId.parse(area.id() + ".D1"), ElementKind.OVERVIEW_ITEM,
                    text))
                .fieldOutcome(text)
                .successCriteria(text)
                .addAlternativeTitles(text, text);
            List<KeyInitiative> initiatives = new ArrayList<>();
            for (KeyInitiative ki : area.keyInitiatives()) {
              initiatives.add(KeyInitiative.builder().from(ki).number(word).description(text).build());
            }
            StrategicDirection direction = full.keyInitiatives(initiatives).build();
            areas.add(enabler && areas.isEmpty() ? Enabler.builder().from(direction).build() : direction);
          }
          return StrategyEdition.builder().from(edition)
              .theoryOfChange(Statement.builder().id(ElementId.parse("HOW")).kind(ElementKind.THEORY_OF_CHANGE)
                  .title(text).description(text).number(word).build())
              .addPreamble(Statement.of(ElementId.parse("INTRO.1"), ElementKind.PREAMBLE, text))
              .addFieldOutcomes(Statement.of(ElementId.parse("FO.1"), ElementKind.FIELD_OUTCOME, text))
              .areas(areas)
              .build();
        });
  }
}
