package org.ifla.strategy.testing;

import static java.util.Objects.requireNonNull;
import static org.ifla.strategy.testing.Generators.replaced;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategicDirection;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * Plants exactly one known problem in a valid plan, for every standard rule, and says which finding it must
 * cause. A user tests a rule set by asserting that exactly the planted finding comes back:
 *
 * <pre>{@code
 * for (PlantedDefect defect : PlantedDefects.plant(plan, edition)) {
 *   defect.assertFoundExactly(RuleSet.standard());
 * }
 * }</pre>
 *
 * <p>The plan must be valid for the edition, as {@link Generators#validPlans(StrategyEdition, PlanTemplate)} makes
 * them: one to four parts, each aligned to an area and to one of its key initiatives, with activities timed
 * inside the plan's period, a measure of impact and English texts. Where a rule is bound to a template (see
 * {@link RuleSet#standard()}), the defect also sets that template, which keeps the rest of the plan valid.
 *
 * <p>The defects, by rule: {@value #DEFECTS}
 */
public final class PlantedDefects {
  /** What each defect is, for the class documentation. */
  static final String DEFECTS = "unknown-edition: the plan cites an edition no catalog has; "
      + "unknown-element: a part cites an id no edition has; "
      + "element-of-other-edition: a part cites an element of another edition only; "
      + "stated-title-mismatch: a part writes another element's title beside its area; "
      + "element-found-by-title: a part cites its key initiative again by title alone; "
      + "no-element-with-title: a part cites a title no element has; "
      + "element-kind-mismatch: a part cites its area where a key initiative is expected; "
      + "initiative-outside-direction: a part cites a key initiative and another area (when the edition has two); "
      + "external-reference: a part cites the IFLA Global Vision; "
      + "focus-area-count: a focus-area plan of five parts; "
      + "no-parts: a plan of objectives with none; "
      + "no-aligned-part: a focus-area plan whose parts cite only areas; "
      + "unaligned-part: a part with no alignment; "
      + "empty-part: a part with no activity; "
      + "missing-impact-measure: a focus area with no measure of impact; "
      + "plan-outside-edition: the plan (and its timeframes) moved before the edition's period; "
      + "timeframe-inverted: an activity that ends before it starts; "
      + "timeframe-outside-plan: an activity after the plan's end; "
      + "missing-translation: a part titled in French only, English being required; "
      + "timeframe-unreadable: an activity timed \"Jnue\" and a year (when the rule set has the rule)";

  /** The id of the edition no catalog has. */
  static final EditionId UNKNOWN_EDITION = EditionId.parse("unknown-edition-planted-by-the-kit");
  /** The id of the other edition, planted when the catalog has no element outside the plan's edition. */
  static final EditionId OTHER_EDITION = EditionId.parse("other-edition-planted-by-the-kit");

  private PlantedDefects() {}

  /**
   * Plants one defect for each rule of {@link RuleSet#standard()} in the valid plan.
   *
   * @param plan a plan valid for the edition
   * @param edition the plan's edition
   * @return the defects, one per standard rule, in the rule set's order
   * @throws IllegalArgumentException if the plan does not cite the edition or has no part
   */
  public static List<PlantedDefect> plant(ActionPlan plan, StrategyEdition edition) {
    return plant(plan, edition, RuleSet.standard().ids());
  }

  /**
   * Plants one defect for each of the given rule ids that this kit knows (the standard rules') in the valid
   * plan.
   *
   * @param plan a plan valid for the edition
   * @param edition the plan's edition
   * @param ruleIds the rules to plant a defect for
   * @return the defects, in the order of the ids; none for an id this kit does not know
   * @throws IllegalArgumentException if the plan does not cite the edition or has no part
   */
  public static List<PlantedDefect> plant(ActionPlan plan, StrategyEdition edition, Set<String> ruleIds) {
    requireNonNull(plan, "plan");
    requireNonNull(edition, "edition");
    if (!plan.edition().equals(Optional.of(edition.id())) || plan.parts().isEmpty()
        || plan.period().map(p -> p.intervals().size() != 1).orElse(true) || !shapedAsValid(plan.parts().get(0))) {
      throw new IllegalArgumentException("not a valid plan (one period; a first part aligned to an area and a key "
          + "initiative, with an activity) citing " + edition.id() + ": " + plan);
    }
    Map<String, PlantedDefect> all = new LinkedHashMap<>();
    new Planter(plan, edition).plantAll(all);
    return ruleIds.stream().filter(all::containsKey).map(all::get).collect(Collectors.toList());
  }

  private static boolean shapedAsValid(PlanPart part) {
    return !part.activities().isEmpty()
        && part.alignments().stream().anyMatch(a -> a.element().isPresent()
            && a.level().equals(Optional.of(AlignmentLevel.AREA)))
        && part.alignments().stream().anyMatch(a -> a.element().isPresent()
            && a.level().equals(Optional.of(AlignmentLevel.KEY_INITIATIVE)));
  }

  /**
   * Returns the ids of the rules this kit plants a defect for.
   *
   * @return the rule ids
   */
  public static Set<String> knownRuleIds() {
    Map<String, PlantedDefect> all = new LinkedHashMap<>();
    StrategyEdition edition = IflaStrategies.all().get(0);
    new Planter(Generators.validPlans(edition, PlanTemplate.FOCUS_AREAS).generate(Seeds.random(0), 0), edition)
        .plantAll(all);
    return Set.copyOf(all.keySet());
  }

  /** Plants in one plan. */
  private static final class Planter {
    private final ActionPlan plan;
    private final StrategyEdition edition;
    private final EditionCatalog catalog;
    private final PlanPart part;
    private final Timeframe period;

    Planter(ActionPlan plan, StrategyEdition edition) {
      this.plan = plan;
      this.edition = edition;
      this.catalog = Generators.catalogWith(edition);
      this.part = plan.parts().get(0);
      this.period = plan.period().orElseThrow().intervals().get(0);
    }

    private static PlanLocation at(String location) {
      return PlanLocation.parse(location);
    }

    private void put(Map<String, PlantedDefect> out, String ruleId, String what, ActionPlan defective,
        EditionCatalog in, String location) {
      out.put(ruleId, new PlantedDefect(ruleId, what, defective, in, at(location)));
    }

    private void put(Map<String, PlantedDefect> out, String ruleId, String what, ActionPlan defective,
        String location) {
      put(out, ruleId, what, defective, catalog, location);
    }

    private ActionPlan withPart(UnaryOperator<PlanPart.Builder> change) {
      PlanPart changed = change.apply(PlanPart.builder().from(part)).build();
      return ActionPlan.builder().from(plan).parts(replaced(plan.parts(), 0, changed)).build();
    }

    private ActionPlan withAlignment(Alignment added) {
      return withPart(p -> p.addAlignments(added));
    }

    private String addedAlignment() {
      return "/parts/0/alignments/" + part.alignments().size();
    }

    private ActionPlan withTimeframe(StatedTimeframe timeframe) {
      Activity first = part.activities().get(0);
      return withPart(p -> p.activities(replaced(part.activities(), 0,
          Activity.builder().from(first).timeframe(timeframe).build())));
    }

    private Alignment areaAlignment() {
      return part.alignments().stream().filter(a -> a.level().equals(Optional.of(AlignmentLevel.AREA)))
          .findFirst().orElseThrow();
    }

    private Alignment initiativeAlignment() {
      return part.alignments().stream().filter(a -> a.level().equals(Optional.of(AlignmentLevel.KEY_INITIATIVE)))
          .findFirst().orElseThrow();
    }

    private StrategyElement cited(Alignment alignment) {
      return edition.element(alignment.element().orElseThrow().element()).orElseThrow();
    }

    void plantAll(Map<String, PlantedDefect> out) {
      put(out, "unknown-edition", "the plan cites an edition no catalog has",
          ActionPlan.builder().from(plan).edition(UNKNOWN_EDITION).build(), "/edition");
      put(out, "unknown-element", "a part cites an id no edition has",
          withAlignment(Alignment.builder().element(ElementReference.parse("PLANTED99.KI99"))
              .level(AlignmentLevel.KEY_INITIATIVE).build()), addedAlignment());
      plantOtherEdition(out);
      plantTitleMismatch(out);
      StrategyElement ki = cited(initiativeAlignment());
      put(out, "element-found-by-title", "a part cites its key initiative again by title alone",
          withAlignment(Alignment.builder().statedTitle(ki.title().text(Locale.ENGLISH))
              .level(AlignmentLevel.KEY_INITIATIVE).build()), addedAlignment());
      put(out, "no-element-with-title", "a part cites a title no element has",
          withAlignment(Alignment.builder().statedTitle("Qwxz vbnm planted by the kit")
              .level(AlignmentLevel.KEY_INITIATIVE).build()), addedAlignment());
      Alignment area = areaAlignment();
      put(out, "element-kind-mismatch", "a part cites its area where a key initiative is expected",
          withAlignment(Alignment.builder().element(area.element().orElseThrow())
              .level(AlignmentLevel.KEY_INITIATIVE).build()), addedAlignment());
      plantOutsideDirection(out);
      put(out, "external-reference", "a part cites the IFLA Global Vision",
          withAlignment(Alignment.builder().isExternal(true).statedTitle("IFLA Global Vision").build()),
          addedAlignment());
      plantPartRules(out);
      plantTimeRules(out);
      put(out, "missing-translation", "a part titled in French only, English being required",
          withPart(p -> p.title(LocalizedText.of(LanguageTag.of("fr"), "Titre plant\u00e9"))), "/parts/0/title");
    }

    private void plantOtherEdition(Map<String, PlantedDefect> out) {
      Optional<StrategyElement> other = catalog.editions().stream().filter(e -> !e.id().equals(edition.id()))
          .flatMap(e -> e.areas().stream()).filter(e -> !edition.contains(e.id())).<StrategyElement>map(e -> e)
          .findFirst();
      EditionCatalog in = catalog;
      ElementId id;
      if (other.isPresent()) {
        id = other.get().id();
      } else {
        id = ElementId.parse("PLANTED1");
        in = catalog.with(StrategyEdition.builder().id(OTHER_EDITION).title(LocalizedText.of(LanguageTag.ENGLISH,
            "Other"))
            .firstYear(edition.firstYear()).lastYear(edition.lastYear())
            .addAreas(StrategicDirection.builder().id(id).number("1").title(LocalizedText.of(LanguageTag.ENGLISH,
                "Other area"))
                .build())
            .build());
      }
      put(out, "element-of-other-edition", "a part cites an element of another edition only",
          withAlignment(Alignment.builder().element(ElementReference.of(id)).level(AlignmentLevel.AREA).build()),
          in, addedAlignment());
    }

    private void plantOutsideDirection(Map<String, PlantedDefect> out) {
      Alignment area = areaAlignment();
      StrategyElement cited = cited(area);
      Optional<StrategyElement> other = edition.areas().stream().filter(a -> !a.id().equals(cited.id()))
          .<StrategyElement>map(a -> a).findFirst();
      if (other.isEmpty()) {
        return; // an edition of one area has no direction to be outside of
      }
      int index = part.alignments().indexOf(area);
      Alignment.Builder elsewhere = Alignment.builder().element(ElementReference.of(other.get().id()))
          .level(AlignmentLevel.AREA);
      other.get().number().ifPresent(elsewhere::statedNumber);
      put(out, "initiative-outside-direction", "a part cites a key initiative and another area than its own",
          withPart(p -> p.alignments(replaced(part.alignments(), index, elsewhere.build()))),
          "/parts/0/alignments/" + part.alignments().indexOf(initiativeAlignment()));
    }

    private void plantTitleMismatch(Map<String, PlantedDefect> out) {
      Alignment area = areaAlignment();
      StrategyElement cited = cited(area);
      String title = IflaStrategies.all().contains(edition)
          ? edition.elements().stream().filter(e -> e.kind().isArea() && !e.id().equals(cited.id()))
              .map(e -> e.title().text(Locale.ENGLISH)).findFirst().orElse("Qwxz vbnm planted by the kit")
          : "Qwxz vbnm planted by the kit";
      int index = part.alignments().indexOf(area);
      put(out, "stated-title-mismatch", "a part writes another element's title beside its area",
          withPart(p -> p.alignments(replaced(part.alignments(), index,
              Alignment.builder().from(area).statedTitle(title).build()))),
          "/parts/0/alignments/" + index);
    }

    private void plantPartRules(Map<String, PlantedDefect> out) {
      List<PlanPart> five = new ArrayList<>(plan.parts());
      while (five.size() < 5) {
        five.add(PlanPart.builder().from(part).number(String.valueOf(five.size() + 1)).build());
      }
      put(out, "focus-area-count", "a focus-area plan of five parts",
          ActionPlan.builder().from(plan).template(PlanTemplate.FOCUS_AREAS).parts(five).build(), "/parts");
      put(out, "no-parts", "a plan of objectives with none",
          ActionPlan.builder().from(plan).template(PlanTemplate.OBJECTIVES).parts(List.of()).build(), "/parts");
      put(out, "no-aligned-part", "a focus-area plan whose parts cite only areas",
          ActionPlan.builder().from(plan).template(PlanTemplate.FOCUS_AREAS).parts(plan.parts().stream()
              .map(p -> PlanPart.builder().from(p).alignments(p.alignments().stream()
                  .filter(a -> a.level().equals(Optional.of(AlignmentLevel.AREA))).collect(Collectors.toList()))
                  .build())
              .collect(Collectors.toList())).build(), "/parts");
      List<PlanPart> parts = new ArrayList<>(plan.parts());
      if (parts.size() == 1) {
        parts.add(PlanPart.builder().from(part).number("2").build());
      }
      parts.set(0, PlanPart.builder().from(part).alignments(List.of()).build());
      put(out, "unaligned-part", "a part with no alignment", ActionPlan.builder().from(plan).parts(parts).build(),
          "/parts/0");
      put(out, "empty-part", "a part with no activity", withPart(p -> p.activities(List.of())), "/parts/0");
      put(out, "missing-impact-measure", "a focus area with no measure of impact",
          ActionPlan.builder().from(withPart(p -> p.impactMeasures(Optional.empty())))
              .template(PlanTemplate.FOCUS_AREAS).build(), "/parts/0");
    }

    private void plantTimeRules(Map<String, PlantedDefect> out) {
      int years = edition.lastYear() - period.start().getYear() + 1 + (edition.lastYear() - edition.firstYear()) + 1;
      put(out, "plan-outside-edition", "the plan (and its timeframes) moved before the edition's period",
          shifted(plan, -years), "/period");
      YearMonth start = period.start();
      put(out, "timeframe-inverted", "an activity that ends before it starts",
          withTimeframe(StatedTimeframe.of(start.plusMonths(1) + "/" + start, List.of(),
              List.of(Timeframe.of(start, start.plusMonths(1))))),
          "/parts/0/activities/0/timeframe");
      put(out, "timeframe-outside-plan", "an activity after the plan's end",
          withTimeframe(StatedTimeframe.of(Timeframe.ofMonth(period.end().plusMonths(1)))),
          "/parts/0/activities/0/timeframe");
      put(out, "timeframe-unreadable", "an activity timed \"Jnue\" and a year",
          withTimeframe(StatedTimeframe.parse("Jnue " + start.getYear())), "/parts/0/activities/0/timeframe");
    }
  }

  /** The plan with its period and every timeframe moved by whole years. */
  static ActionPlan shifted(ActionPlan plan, int years) {
    return ActionPlan.builder().from(plan)
        .period(plan.period().map(t -> shifted(t, years)))
        .parts(plan.parts().stream().map(p -> PlanPart.builder().from(p)
            .activities(p.activities().stream().map(a -> shifted(a, years)).collect(Collectors.toList())).build())
            .collect(Collectors.toList()))
        .activities(plan.activities().stream().map(a -> shifted(a, years)).collect(Collectors.toList()))
        .build();
  }

  private static Activity shifted(Activity activity, int years) {
    return Activity.builder().from(activity).timeframe(activity.timeframe().map(t -> shifted(t, years)))
        .tasks(activity.tasks().stream().map(t -> Task.builder().from(t).timeframe(t.timeframe()
            .map(x -> shifted(x, years))).build()).collect(Collectors.toList()))
        .build();
  }

  private static StatedTimeframe shifted(StatedTimeframe stated, int years) {
    List<Timeframe> intervals = stated.intervals().stream()
        .map(t -> Timeframe.of(t.start().plusYears(years), t.end().plusYears(years))).collect(Collectors.toList());
    return intervals.size() == 1 ? StatedTimeframe.of(intervals.get(0))
        : StatedTimeframe.of(stated.text(), intervals);
  }
}
