package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.framework.TitleMatcher;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FocusArea;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.text.LocalizedText;

/**
 * The standard alignment rules. Each is an id, a severity and a check; their messages are in
 * {@code messages_TAG.properties} under the rule's id (and {@code ID.VARIANT} for variants). Internal: users
 * reach them through {@link RuleSet#standard()}.
 */
final class StandardRules {
  private StandardRules() {}

  static ImmutableList<AlignmentRule> all() {
    return ImmutableList.of(
        rule("unknown-edition", Severity.WARNING, StandardRules::unknownEdition),
        rule("unknown-element", Severity.ERROR, (c, r) -> references(c, r, false)),
        rule("element-of-other-edition", Severity.ERROR, (c, r) -> references(c, r, true)),
        rule("stated-title-mismatch", Severity.WARNING, StandardRules::statedTitleMismatch),
        rule("element-kind-mismatch", Severity.WARNING, StandardRules::elementKindMismatch),
        rule("initiative-outside-direction", Severity.WARNING, StandardRules::initiativeOutsideDirection),
        rule("external-reference", Severity.INFO, StandardRules::externalReference),
        rule("focus-area-count", Severity.ERROR, StandardRules::focusAreaCount),
        rule("no-aligned-focus-area", Severity.ERROR, StandardRules::noAlignedFocusArea),
        rule("unaligned-focus-area", Severity.WARNING, StandardRules::unalignedFocusArea),
        rule("empty-focus-area", Severity.WARNING, StandardRules::emptyFocusArea),
        rule("missing-impact-measure", Severity.WARNING, StandardRules::missingImpactMeasure),
        rule("plan-outside-edition", Severity.ERROR, StandardRules::planOutsideEdition),
        rule("timeframe-inverted", Severity.ERROR, StandardRules::timeframeInverted),
        rule("timeframe-outside-plan", Severity.WARNING, StandardRules::timeframeOutsidePlan),
        rule("missing-translation", Severity.INFO, StandardRules::missingTranslation));
  }

  /** The check of a standard rule. */
  @FunctionalInterface
  private interface Check {
    void run(AlignmentContext context, Reporter reporter);
  }

  /** Reports with the rule's own message templates. */
  private static final class Reporter {
    private final String ruleId;
    private final FindingSink sink;

    Reporter(String ruleId, FindingSink sink) {
      this.ruleId = ruleId;
      this.sink = sink;
    }

    void report(PlanLocation location, Object... arguments) {
      sink.report(location, Messages.template(ruleId), arguments);
    }

    void reportVariant(String variant, PlanLocation location, Object... arguments) {
      sink.report(location, Messages.template(ruleId + "." + variant), arguments);
    }
  }

  private static AlignmentRule rule(String id, Severity severity, Check check) {
    Messages.template(id); // fail fast if a message is missing
    return new AlignmentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        check.run(requireNonNull(context, "context"), new Reporter(id, requireNonNull(findings, "findings")));
      }

      @Override
      public String toString() {
        return id + " (" + severity + ")";
      }
    };
  }

  // ---- the edition ------------------------------------------------------------------------------------

  private static void unknownEdition(AlignmentContext c, Reporter r) {
    c.plan().edition().filter(id -> c.catalog().edition(id).isEmpty()).ifPresent(id -> r.report(
        PlanLocation.root().child("edition"), id,
        c.catalog().editions().stream().map(e -> e.id().toString()).collect(Collectors.joining(", "))));
  }

  // ---- references ---------------------------------------------------------------------------------------

  /** The edition a reference is checked against: its own if qualified, otherwise the plan's. */
  private static Optional<EditionId> target(AlignmentContext c, ElementReference ref) {
    return ref.edition().or(() -> c.plan().edition());
  }

  /** How a reference was written: the stated number, else the reference itself. */
  private static String written(Alignment a) {
    return a.statedNumber().orElseGet(() -> a.element().map(Object::toString).orElse(""));
  }

  /**
   * Reports references the plan's edition lacks: as {@code element-of-other-edition} when another known
   * edition has the id, otherwise as {@code unknown-element}. A reference into a known edition other than the
   * plan's is {@code element-of-other-edition} too.
   */
  private static void references(AlignmentContext c, Reporter r, boolean otherEdition) {
    Optional<EditionId> planEdition = c.plan().edition();
    for (Located<Alignment> la : c.alignments()) {
      Alignment a = la.value();
      if (a.element().isEmpty()) {
        continue;
      }
      ElementReference ref = a.element().get();
      Optional<EditionId> target = target(c, ref);
      if (target.isEmpty()) {
        continue; // no edition to check against
      }
      Optional<StrategyEdition> edition = c.catalog().edition(target.get());
      if (edition.isEmpty()) {
        if (!otherEdition && ref.isQualified()) {
          r.report(la.location(), written(a), ref);
        }
        continue; // an unknown plan edition is reported once, by unknown-edition
      }
      if (edition.get().contains(ref.element())) {
        if (otherEdition && ref.isQualified() && planEdition.isPresent() && !planEdition.equals(target)) {
          StrategyElement e = edition.get().element(ref.element()).orElseThrow();
          r.report(la.location(), written(a), planEdition.get(), ref, e.title());
        }
        continue;
      }
      List<StrategyEdition> others = c.catalog().editionsContaining(ref.element(), target);
      if (otherEdition && !others.isEmpty()) {
        StrategyEdition other = others.get(0);
        StrategyElement e = other.element(ref.element()).orElseThrow();
        r.report(la.location(), written(a), target.get(), other.reference(e), e.title());
      } else if (!otherEdition && others.isEmpty()) {
        r.report(la.location(), written(a), ElementReference.of(target.get(), ref.element()));
      }
    }
  }

  private static void statedTitleMismatch(AlignmentContext c, Reporter r) {
    for (Located<Alignment> la : c.alignments()) {
      Alignment a = la.value();
      if (a.element().isEmpty() || a.statedTitle().isEmpty()) {
        continue;
      }
      // the plan wrote its title beside the original reference, which a migrated alignment keeps
      ElementReference ref = a.migratedFrom().orElse(a.element().get());
      Optional<EditionId> target = target(c, ref);
      Optional<StrategyEdition> edition = target.flatMap(c.catalog()::edition);
      Optional<StrategyElement> element = edition.flatMap(e -> e.element(ref.element()));
      if (element.isEmpty()) {
        continue; // unknown-element or element-of-other-edition says so
      }
      String stated = a.statedTitle().get();
      if (TitleMatcher.matches(stated, element.get().title())) {
        continue;
      }
      Optional<ElementReference> hint = bestMatch(c, stated, element.get().kind().isArea());
      if (hint.isPresent()) {
        StrategyElement other = c.catalog().resolve(hint.get(), Optional.empty()).orElseThrow();
        r.reportVariant("hint", la.location(), stated, written(a), target.get(), element.get().title(),
            hint.get(), other.title());
      } else {
        r.report(la.location(), stated, written(a), target.get(), element.get().title());
      }
    }
  }

  /** The area or key initiative, in any known edition, whose title the stated title fits best. */
  private static Optional<ElementReference> bestMatch(AlignmentContext c, String stated, boolean area) {
    return TitleMatcher.bestMatch(stated, c.catalog().editions(),
        e -> area ? e.kind().isArea() : e.kind() == ElementKind.KEY_INITIATIVE);
  }

  private static void elementKindMismatch(AlignmentContext c, Reporter r) {
    for (Located<Alignment> la : c.alignments()) {
      Alignment a = la.value();
      if (a.level().isEmpty() || a.element().isEmpty()) {
        continue;
      }
      Optional<StrategyElement> element = c.resolve(a.element().get());
      if (element.isEmpty()) {
        continue;
      }
      ElementKind kind = element.get().kind();
      boolean fits = a.level().get() == AlignmentLevel.AREA ? kind.isArea() : kind == ElementKind.KEY_INITIATIVE;
      if (!fits) {
        r.report(la.location(), written(a), kindName(kind),
            Messages.template("level." + a.level().get().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      }
    }
  }

  private static LocalizedText kindName(ElementKind kind) {
    return Messages.template("kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static void initiativeOutsideDirection(AlignmentContext c, Reporter r) {
    for (Located<FocusArea> part : c.focusAreas()) {
      List<Alignment> alignments = part.value().alignments();
      Set<StrategyElement> areas = alignments.stream()
          .flatMap(a -> a.element().flatMap(c::resolve).stream())
          .filter(e -> e.kind().isArea())
          .collect(Collectors.toSet());
      if (areas.isEmpty()) {
        continue; // the part cites no area: nothing to be outside of
      }
      Set<Object> areaIds = areas.stream().map(StrategyElement::id).collect(Collectors.toSet());
      for (int i = 0; i < alignments.size(); i++) {
        Alignment a = alignments.get(i);
        Optional<StrategyElement> e = a.element().flatMap(c::resolve);
        if (e.isPresent() && e.get() instanceof KeyInitiative
            && !areaIds.contains(((KeyInitiative) e.get()).area())) {
          KeyInitiative ki = (KeyInitiative) e.get();
          Optional<EditionId> target = target(c, a.element().get());
          StrategyElement area = target.flatMap(c.catalog()::edition)
              .flatMap(ed -> ed.element(ki.area())).orElseThrow();
          r.report(part.location().child("alignments").index(i), written(a), area.number().orElse(
              area.id().toString()), area.title());
        }
      }
    }
  }

  private static void externalReference(AlignmentContext c, Reporter r) {
    for (Located<Alignment> la : c.alignments()) {
      Alignment a = la.value();
      if (a.isExternal()) {
        String what = a.statedTitle().or(a::statedNumber)
            .orElseGet(() -> a.rationale().map(t -> t.labels().get(0).text()).orElse(""));
        r.report(la.location(), what);
      }
    }
  }

  // ---- focus-area template ---------------------------------------------------------------------------

  private static boolean focusAreaTemplate(AlignmentContext c) {
    return c.plan().template() == PlanTemplate.FOCUS_AREAS;
  }

  private static String partName(Located<FocusArea> part) {
    return part.value().number().orElseGet(() -> {
      String pointer = part.location().toString();
      return "#" + (Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1);
    });
  }

  private static void focusAreaCount(AlignmentContext c, Reporter r) {
    int n = c.plan().focusAreas().size();
    if (focusAreaTemplate(c) && (n < 1 || n > 4)) {
      r.report(PlanLocation.root().child("focusAreas"), n);
    }
  }

  private static boolean citesKeyInitiative(AlignmentContext c, List<Alignment> alignments) {
    return alignments.stream().anyMatch(a -> a.level().filter(l -> l == AlignmentLevel.KEY_INITIATIVE).isPresent()
        || a.element().flatMap(c::resolve).filter(e -> e.kind() == ElementKind.KEY_INITIATIVE).isPresent());
  }

  private static void noAlignedFocusArea(AlignmentContext c, Reporter r) {
    if (!focusAreaTemplate(c) || c.plan().focusAreas().isEmpty() || citesKeyInitiative(c, c.plan().alignments())) {
      return;
    }
    if (c.plan().focusAreas().stream().noneMatch(p -> citesKeyInitiative(c, p.alignments()))) {
      r.report(PlanLocation.root().child("focusAreas"));
    }
  }

  private static void unalignedFocusArea(AlignmentContext c, Reporter r) {
    if (!focusAreaTemplate(c) || !c.plan().alignments().isEmpty()) {
      return; // alignments stated for the whole plan cover every part
    }
    for (Located<FocusArea> part : c.focusAreas()) {
      if (part.value().alignments().isEmpty()) {
        r.report(part.location(), partName(part));
      }
    }
  }

  private static void emptyFocusArea(AlignmentContext c, Reporter r) {
    if (focusAreaTemplate(c)) {
      c.focusAreas().stream().filter(p -> p.value().activities().isEmpty())
          .forEach(p -> r.report(p.location(), partName(p)));
    }
  }

  private static void missingImpactMeasure(AlignmentContext c, Reporter r) {
    if (focusAreaTemplate(c)) {
      c.focusAreas().stream().filter(p -> p.value().impactMeasures().isEmpty())
          .forEach(p -> r.report(p.location(), partName(p)));
    }
  }

  // ---- time ---------------------------------------------------------------------------------------------

  private static void planOutsideEdition(AlignmentContext c, Reporter r) {
    Optional<StatedTimeframe> period = c.plan().period();
    Optional<StrategyEdition> edition = c.edition();
    if (period.isEmpty() || edition.isEmpty() || period.get().isUnknown()) {
      return;
    }
    StrategyEdition e = edition.get();
    Timeframe editionPeriod = Timeframe.ofYears(e.firstYear(), e.lastYear());
    List<Timeframe> valid = period.get().intervals().stream().filter(t -> !t.isInverted())
        .collect(Collectors.toList());
    if (!valid.isEmpty() && valid.stream().noneMatch(editionPeriod::overlaps)) {
      r.report(PlanLocation.root().child("period"), period.get().text(), e.id(), e.firstYear(), e.lastYear());
    }
  }

  private static void timeframeInverted(AlignmentContext c, Reporter r) {
    for (Located<StatedTimeframe> t : c.timeframes()) {
      for (Timeframe interval : t.value().intervals()) {
        if (interval.isInverted()) {
          r.report(t.location(), t.value().text(), interval.end(), interval.start());
        }
      }
    }
  }

  /** The span of the plan's period: from its earliest start to its latest end, if it has valid intervals. */
  private static Optional<Timeframe> planSpan(AlignmentContext c) {
    List<Timeframe> valid = c.plan().period().map(StatedTimeframe::intervals).orElse(ImmutableList.of())
        .stream().filter(t -> !t.isInverted()).collect(Collectors.toList());
    if (valid.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Timeframe.of(
        valid.stream().map(Timeframe::start).min(Comparator.naturalOrder()).orElseThrow(),
        valid.stream().map(Timeframe::end).max(Comparator.naturalOrder()).orElseThrow()));
  }

  private static void timeframeOutsidePlan(AlignmentContext c, Reporter r) {
    Optional<Timeframe> span = planSpan(c);
    if (span.isEmpty()) {
      return;
    }
    PlanLocation period = PlanLocation.root().child("period");
    for (Located<StatedTimeframe> t : c.timeframes()) {
      if (t.location().equals(period)) {
        continue;
      }
      for (Timeframe interval : t.value().intervals()) {
        if (!interval.isInverted() && !span.get().contains(interval)) {
          r.report(t.location(), t.value().text(), interval, c.plan().period().orElseThrow().text(), span.get());
        }
      }
    }
  }

  // ---- languages ----------------------------------------------------------------------------------------

  private static void missingTranslation(AlignmentContext c, Reporter r) {
    for (Locale language : c.requiredLanguages()) {
      for (Located<LocalizedText> t : c.texts()) {
        if (!t.value().hasLanguage(language)) {
          r.report(t.location(), language.toLanguageTag(), String.join(", ", t.value().languages()));
        }
      }
    }
  }
}
