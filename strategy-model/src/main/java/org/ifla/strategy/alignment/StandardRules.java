package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
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
        rule("timeframe-unreadable", Severity.INFO, StandardRules::timeframeUnreadable),
        rule("missing-translation", Severity.INFO, StandardRules::missingTranslation));
  }

  /**
   * What a standard rule checks, run once per check of a plan: it reports what it finds in the plan as a whole
   * and adds, through the run, what it checks in each alignment and timeframe.
   */
  @FunctionalInterface
  private interface Check {
    void run(AlignmentContext context, RuleRun run);
  }

  /**
   * One run of a standard rule on a context: reports with the rule's own message templates, and adds what the
   * rule looks at in each alignment and timeframe to the walk of the plan that the check makes once for all
   * its standard rules.
   */
  private static final class RuleRun {
    private final String ruleId;
    private final FindingSink sink;
    private final AlignmentContext.Visits visits;

    RuleRun(String ruleId, FindingSink sink, AlignmentContext.Visits visits) {
      this.ruleId = ruleId;
      this.sink = sink;
      this.visits = visits;
    }

    void report(PlanLocation location, Object... arguments) {
      sink.report(location, Messages.template(ruleId), arguments);
    }

    void reportVariant(String variant, PlanLocation location, Object... arguments) {
      sink.report(location, Messages.template(ruleId + "." + variant), arguments);
    }

    void eachAlignment(AlignmentContext.AlignmentVisitor visitor) {
      visits.alignments(visitor);
    }

    void eachTimeframe(AlignmentContext.TimeframeVisitor visitor) {
      visits.timeframes(visitor);
    }
  }

  private static AlignmentRule rule(String id, Severity severity, Check check) {
    Messages.template(id); // fail fast if a message is missing
    return new Standard(id, severity, check);
  }

  /**
   * A standard rule: what it checks of the plan as a whole, at once, and what it checks of each alignment and
   * timeframe, in the walk. {@link RuleSet#check(AlignmentContext)} starts all its standard rules and then
   * walks the plan once for all of them; {@link #check} alone walks it for this rule.
   */
  static final class Standard implements AlignmentRule {
    private final String id;
    private final Severity severity;
    private final Check check;

    Standard(String id, Severity severity, Check check) {
      this.id = id;
      this.severity = severity;
      this.check = check;
    }

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
      AlignmentContext.Visits visits = new AlignmentContext.Visits();
      start(context, findings, visits);
      context.walk(visits);
    }

    /** Checks the plan as a whole, and adds this rule's visitors to the walk {@code visits} will make. */
    void start(AlignmentContext context, FindingSink findings, AlignmentContext.Visits visits) {
      check.run(requireNonNull(context, "context"), new RuleRun(id, requireNonNull(findings, "findings"), visits));
    }

    @Override
    public String toString() {
      return id + " (" + severity + ")";
    }
  }

  // ---- the edition ------------------------------------------------------------------------------------

  private static void unknownEdition(AlignmentContext c, RuleRun r) {
    Optional<EditionId> id = c.plan().edition();
    if (id.isPresent() && c.edition().isEmpty()) {
      r.report(PlanLocation.root().child("edition"), id.get(),
          c.catalog().editions().stream().map(e -> e.id().toString()).collect(Collectors.joining(", ")));
    }
  }

  // ---- references ---------------------------------------------------------------------------------------

  /** The edition a reference is checked against: its own if qualified, otherwise the plan's. */
  private static Optional<EditionId> target(AlignmentContext c, ElementReference ref) {
    return ref.isQualified() ? ref.edition() : c.plan().edition();
  }

  /** The edition of {@link #target}, if the catalog has it. */
  private static Optional<StrategyEdition> targetEdition(AlignmentContext c, ElementReference ref) {
    if (!ref.isQualified()) {
      return c.edition(); // the plan's, looked up once for the context
    }
    return c.catalog().edition(ref.edition().get());
  }

  /** The element a reference points to, as {@link AlignmentContext#resolve} finds it; null if unknown. */
  private static StrategyElement resolve(AlignmentContext c, ElementReference ref) {
    Optional<StrategyEdition> edition = targetEdition(c, ref);
    return edition.isPresent() ? edition.get().element(ref.element()).orElse(null) : null;
  }

  /** The element an alignment cites, null if it cites none or an unknown one. */
  private static StrategyElement resolve(AlignmentContext c, Alignment a) {
    Optional<ElementReference> ref = a.element();
    return ref.isPresent() ? resolve(c, ref.get()) : null;
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
  private static void references(AlignmentContext c, RuleRun r, boolean otherEdition) {
    Optional<EditionId> planEdition = c.plan().edition();
    r.eachAlignment((a, at) -> {
      Optional<ElementReference> cited = a.element();
      if (cited.isEmpty()) {
        return;
      }
      ElementReference ref = cited.get();
      Optional<EditionId> target = target(c, ref);
      if (target.isEmpty()) {
        return; // no edition to check against
      }
      Optional<StrategyEdition> edition = targetEdition(c, ref);
      if (edition.isEmpty()) {
        if (!otherEdition && ref.isQualified()) {
          r.report(at.location(), written(a), ref);
        }
        return; // an unknown plan edition is reported once, by unknown-edition
      }
      if (edition.get().contains(ref.element())) {
        if (otherEdition && ref.isQualified() && planEdition.isPresent() && !planEdition.equals(target)) {
          StrategyElement e = edition.get().element(ref.element()).orElseThrow();
          r.report(at.location(), written(a), planEdition.get(), ref, e.title());
        }
        return;
      }
      List<StrategyEdition> others = c.catalog().editionsContaining(ref.element(), target);
      if (otherEdition && !others.isEmpty()) {
        StrategyEdition other = others.get(0);
        StrategyElement e = other.element(ref.element()).orElseThrow();
        r.report(at.location(), written(a), target.get(), other.reference(e), e.title());
      } else if (!otherEdition && others.isEmpty()) {
        r.report(at.location(), written(a), ElementReference.of(target.get(), ref.element()));
      }
    });
  }

  private static void statedTitleMismatch(AlignmentContext c, RuleRun r) {
    r.eachAlignment((a, at) -> {
      Optional<ElementReference> cited = a.element();
      Optional<String> statedTitle = a.statedTitle();
      if (cited.isEmpty() || statedTitle.isEmpty()) {
        return;
      }
      // the plan wrote its title beside the original reference, which a migrated alignment keeps
      ElementReference ref = a.migratedFrom().orElse(cited.get());
      StrategyElement element = resolve(c, ref);
      if (element == null) {
        return; // unknown-element or element-of-other-edition says so
      }
      String stated = statedTitle.get();
      if (TitleMatcher.matches(stated, element.title())) {
        return;
      }
      Optional<ElementReference> hint = bestMatch(c, stated, element.kind().isArea());
      if (hint.isPresent()) {
        StrategyElement other = c.catalog().resolve(hint.get(), Optional.empty()).orElseThrow();
        r.reportVariant("hint", at.location(), stated, written(a), target(c, ref).get(), element.title(),
            hint.get(), other.title());
      } else {
        r.report(at.location(), stated, written(a), target(c, ref).get(), element.title());
      }
    });
  }

  /** The area or key initiative, in any known edition, whose title the stated title fits best. */
  private static Optional<ElementReference> bestMatch(AlignmentContext c, String stated, boolean area) {
    return TitleMatcher.bestMatch(stated, c.catalog().editions(),
        e -> area ? e.kind().isArea() : e.kind() == ElementKind.KEY_INITIATIVE);
  }

  private static void elementKindMismatch(AlignmentContext c, RuleRun r) {
    r.eachAlignment((a, at) -> {
      Optional<AlignmentLevel> level = a.level();
      if (level.isEmpty()) {
        return;
      }
      StrategyElement element = resolve(c, a);
      if (element == null) {
        return;
      }
      ElementKind kind = element.kind();
      boolean fits = level.get() == AlignmentLevel.AREA ? kind.isArea() : kind == ElementKind.KEY_INITIATIVE;
      if (!fits) {
        r.report(at.location(), written(a), kindName(kind),
            Messages.template("level." + level.get().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      }
    });
  }

  private static LocalizedText kindName(ElementKind kind) {
    return Messages.template("kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static void initiativeOutsideDirection(AlignmentContext c, RuleRun r) {
    List<FocusArea> parts = c.plan().focusAreas();
    for (int p = 0; p < parts.size(); p++) {
      List<Alignment> alignments = parts.get(p).alignments();
      Set<ElementId> areaIds = null;
      for (int i = 0; i < alignments.size(); i++) {
        StrategyElement e = resolve(c, alignments.get(i));
        if (e != null && e.kind().isArea()) {
          if (areaIds == null) {
            areaIds = new HashSet<>();
          }
          areaIds.add(e.id());
        }
      }
      if (areaIds == null) {
        continue; // the part cites no area: nothing to be outside of
      }
      for (int i = 0; i < alignments.size(); i++) {
        Alignment a = alignments.get(i);
        StrategyElement e = resolve(c, a);
        if (e instanceof KeyInitiative && !areaIds.contains(((KeyInitiative) e).area())) {
          KeyInitiative ki = (KeyInitiative) e;
          StrategyElement area = targetEdition(c, a.element().get())
              .flatMap(ed -> ed.element(ki.area())).orElseThrow();
          r.report(PlanLocation.root().child("focusAreas").index(p).child("alignments").index(i), written(a),
              area.number().orElse(area.id().toString()), area.title());
        }
      }
    }
  }

  private static void externalReference(AlignmentContext c, RuleRun r) {
    r.eachAlignment((a, at) -> {
      if (a.isExternal()) {
        String what = a.statedTitle().or(a::statedNumber)
            .orElseGet(() -> a.rationale().map(t -> t.labels().get(0).text()).orElse(""));
        r.report(at.location(), what);
      }
    });
  }

  // ---- focus-area template ---------------------------------------------------------------------------

  private static boolean focusAreaTemplate(AlignmentContext c) {
    return c.plan().template() == PlanTemplate.FOCUS_AREAS;
  }

  private static PlanLocation partLocation(int index) {
    return PlanLocation.root().child("focusAreas").index(index);
  }

  /** How a finding names a part: its number, else {@code #} and its place from 1. */
  private static String partName(FocusArea part, int index) {
    Optional<String> number = part.number();
    return number.isPresent() ? number.get() : "#" + (index + 1);
  }

  private static void focusAreaCount(AlignmentContext c, RuleRun r) {
    int n = c.plan().focusAreas().size();
    if (focusAreaTemplate(c) && (n < 1 || n > 4)) {
      r.report(PlanLocation.root().child("focusAreas"), n);
    }
  }

  private static boolean citesKeyInitiative(AlignmentContext c, List<Alignment> alignments) {
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      Optional<AlignmentLevel> level = a.level();
      if (level.isPresent() && level.get() == AlignmentLevel.KEY_INITIATIVE) {
        return true;
      }
      StrategyElement e = resolve(c, a);
      if (e != null && e.kind() == ElementKind.KEY_INITIATIVE) {
        return true;
      }
    }
    return false;
  }

  private static void noAlignedFocusArea(AlignmentContext c, RuleRun r) {
    List<FocusArea> parts = c.plan().focusAreas();
    if (!focusAreaTemplate(c) || parts.isEmpty() || citesKeyInitiative(c, c.plan().alignments())) {
      return;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (citesKeyInitiative(c, parts.get(i).alignments())) {
        return;
      }
    }
    r.report(PlanLocation.root().child("focusAreas"));
  }

  private static void unalignedFocusArea(AlignmentContext c, RuleRun r) {
    if (!focusAreaTemplate(c) || !c.plan().alignments().isEmpty()) {
      return; // alignments stated for the whole plan cover every part
    }
    List<FocusArea> parts = c.plan().focusAreas();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).alignments().isEmpty()) {
        r.report(partLocation(i), partName(parts.get(i), i));
      }
    }
  }

  private static void emptyFocusArea(AlignmentContext c, RuleRun r) {
    if (focusAreaTemplate(c)) {
      List<FocusArea> parts = c.plan().focusAreas();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).activities().isEmpty()) {
          r.report(partLocation(i), partName(parts.get(i), i));
        }
      }
    }
  }

  private static void missingImpactMeasure(AlignmentContext c, RuleRun r) {
    if (focusAreaTemplate(c)) {
      List<FocusArea> parts = c.plan().focusAreas();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).impactMeasures().isEmpty()) {
          r.report(partLocation(i), partName(parts.get(i), i));
        }
      }
    }
  }

  // ---- time ---------------------------------------------------------------------------------------------

  private static void planOutsideEdition(AlignmentContext c, RuleRun r) {
    Optional<StatedTimeframe> period = c.plan().period();
    Optional<StrategyEdition> edition = c.edition();
    if (period.isEmpty() || edition.isEmpty() || period.get().isUnknown()) {
      return;
    }
    StrategyEdition e = edition.get();
    Timeframe editionPeriod = Timeframe.ofYears(e.firstYear(), e.lastYear());
    List<Timeframe> intervals = period.get().intervals();
    boolean anyValid = false;
    for (int i = 0; i < intervals.size(); i++) {
      Timeframe t = intervals.get(i);
      if (!t.isInverted()) {
        if (editionPeriod.overlaps(t)) {
          return;
        }
        anyValid = true;
      }
    }
    if (anyValid) {
      r.report(PlanLocation.root().child("period"), period.get().text(), e.id(), e.firstYear(), e.lastYear());
    }
  }

  private static void timeframeInverted(AlignmentContext c, RuleRun r) {
    r.eachTimeframe((t, at) -> {
      List<Timeframe> intervals = t.intervals();
      for (int i = 0; i < intervals.size(); i++) {
        Timeframe interval = intervals.get(i);
        if (interval.isInverted()) {
          r.report(at.location(), t.text(), interval.end(), interval.start());
        }
      }
    });
  }

  /** The span of the plan's period: from its earliest start to its latest end, if it has valid intervals. */
  private static Optional<Timeframe> planSpan(AlignmentContext c) {
    Optional<StatedTimeframe> period = c.plan().period();
    if (period.isEmpty()) {
      return Optional.empty();
    }
    YearMonth start = null;
    YearMonth end = null;
    List<Timeframe> intervals = period.get().intervals();
    for (int i = 0; i < intervals.size(); i++) {
      Timeframe t = intervals.get(i);
      if (!t.isInverted()) {
        start = start == null || t.start().isBefore(start) ? t.start() : start;
        end = end == null || t.end().isAfter(end) ? t.end() : end;
      }
    }
    return start == null ? Optional.empty() : Optional.of(Timeframe.of(start, end));
  }

  /**
   * Reports what a timeframe states outside the plan's span: an interval not inside it, a start with no end or
   * an end with no start outside it ("May 2021 onwards" starting inside the plan is not outside it), and a
   * duration with no start longer than the plan (taken to start with the plan, as the message says).
   */
  private static void timeframeOutsidePlan(AlignmentContext c, RuleRun r) {
    Optional<Timeframe> planSpan = planSpan(c);
    if (planSpan.isEmpty()) {
      return;
    }
    Timeframe span = planSpan.get();
    String planText = c.plan().period().orElseThrow().text();
    long planMonths = span.start().until(span.end(), ChronoUnit.MONTHS) + 1;
    r.eachTimeframe((t, at) -> {
      if (at.isPeriod()) {
        return;
      }
      List<Timeframe> intervals = t.intervals();
      for (int i = 0; i < intervals.size(); i++) {
        Timeframe interval = intervals.get(i);
        if (!interval.isInverted() && !span.contains(interval)) {
          r.report(at.location(), t.text(), interval, planText, span);
        }
      }
      for (YearMonth start : t.startsWithoutEnd()) {
        if (!span.contains(Timeframe.ofMonth(start))) {
          r.report(at.location(), t.text(), start + "/..", planText, span);
        }
      }
      for (YearMonth end : t.endsWithoutStart()) {
        if (!span.contains(Timeframe.ofMonth(end))) {
          r.report(at.location(), t.text(), "../" + end, planText, span);
        }
      }
      t.duration().filter(d -> d.toTotalMonths() > planMonths).ifPresent(d ->
          r.reportVariant("duration", at.location(), t.text(), d.toTotalMonths(), planText, span, planMonths));
    });
  }

  /** Reports a timeframe that looks like a date but could not be read ("2025-13", "Jnue 2020"). */
  private static void timeframeUnreadable(AlignmentContext c, RuleRun r) {
    r.eachTimeframe((t, at) -> {
      if (t.isUnreadable()) {
        r.report(at.location(), t.text());
      }
    });
  }

  // ---- languages ----------------------------------------------------------------------------------------

  private static void missingTranslation(AlignmentContext c, RuleRun r) {
    for (Locale language : c.requiredLanguages()) {
      for (Located<LocalizedText> t : c.texts()) {
        if (!t.value().hasLanguage(language)) {
          r.report(t.location(), language.toLanguageTag(), String.join(", ", t.value().languages()));
        }
      }
    }
  }
}
