package org.ifla.strategy.jackson;

import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.Generators;
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
import org.ifla.strategy.plan.Objective;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
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
    return Generate.booleans().zip(Generate.pick(TRICKY_TEXTS), Generators.labelTexts(),
        (tricky, a, b) -> tricky ? a : b);
  }

  /** A localized text in English and, not official, Traditional Chinese, with tricky words. */
  static Gen<LocalizedText> bilingual() {
    return texts().zip(texts(), (en, zh) -> LocalizedText.of(Label.official("en", en),
        Label.unofficial("zh-Hant", zh)));
  }

  /** Stated timeframes: as written and read by the library, or with intervals of their own (even inverted). */
  static Gen<StatedTimeframe> timeframes() {
    Gen<StatedTimeframe> written = Generate.pick(List.of("Nov 2019 - May 2020", "by April 2017",
        "2021 onwards", "at WLIC 2017", "three-year project", "2016-17", "2019-11/2020-05",
        "Oct 2019 \u2013 Jan 2020, Feb 2020 \u2013 June 2020", "May 2020 - Nov 2019", "no")).map(
            StatedTimeframe::parse);
    Gen<StatedTimeframe> own = texts().zip(Generators.timeframes(), Generators.timeframes(),
        (text, a, b) -> StatedTimeframe.of(text, List.of(a, b)));
    return Generate.booleans().zip(written, own, (w, a, b) -> w ? a : b);
  }

  /** Plans of the core's generator, with every optional field of the format and tricky texts added. */
  static Gen<ActionPlan> plans() {
    return Generators.actionPlans().zip(texts(), texts(), bilingual(), timeframes(),
        (plan, a, b, text, timeframe) -> ActionPlan.builder().from(plan)
            .title(text)
            .status(a)
            .addObjectives(Objective.builder().number(b).text(text).build())
            .addAlignments(Alignment.builder().statedNumber(b).statedTitle(a).rationale(text)
                .level(AlignmentLevel.AREA).build())
            .addActivities(Activity.builder().number(a).title(text).description(text).responsibility(b)
                .timeframe(timeframe).fundingNeeded(FundingNeed.YES).addCollaborators(a, b, a)
                .addTasks(Task.builder().number(b).text(text).responsibility(a).timeframe(timeframe).build())
                .build())
            .build());
  }

  /** Editions of the core's generator, with every optional field of the format and tricky texts added. */
  static Gen<StrategyEdition> editions() {
    return Generators.strategyEditions().zip(bilingual(), texts(), Generate.booleans(),
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
