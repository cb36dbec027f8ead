package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
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
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.text.LanguageTag;
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
        rule("element-found-by-title", Severity.INFO, (c, r) -> byTitle(c, r, true)),
        rule("no-element-with-title", Severity.WARNING, (c, r) -> byTitle(c, r, false)),
        rule("element-kind-mismatch", Severity.WARNING, StandardRules::elementKindMismatch),
        rule("initiative-outside-direction", Severity.WARNING, StandardRules::initiativeOutsideDirection),
        rule("external-reference", Severity.INFO, StandardRules::externalReference),
        rule("focus-area-count", Severity.ERROR, StandardRules::focusAreaCount),
        rule("no-parts", Severity.WARNING, StandardRules::noParts),
        rule("no-aligned-part", Severity.ERROR, StandardRules::noAlignedPart),
        rule("unaligned-part", Severity.WARNING, StandardRules::unalignedPart),
        rule("empty-part", Severity.WARNING, StandardRules::emptyPart),
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

  /**
   * The element an alignment cites, by its reference or by its title alone; null if it cites none or an
   * unknown one.
   */
  private static StrategyElement resolve(AlignmentContext c, Alignment a) {
    Optional<ElementReference> ref = a.element();
    if (ref.isPresent()) {
      return resolve(c, ref.get());
    }
    return a.statedTitle().isPresent() ? c.resolve(a).orElse(null) : null;
  }

  /** The edition an alignment's element was found in: its reference's, or the plan's for a title alone. */
  private static StrategyEdition editionOf(AlignmentContext c, Alignment a) {
    Optional<ElementReference> ref = a.element();
    return (ref.isPresent() ? targetEdition(c, ref.get()) : c.edition()).orElseThrow();
  }

  /**
   * How a finding names an element: as the plan wrote it, then its kind and number, its title and its
   * edition ("4 (Strategic Direction 4, Capacity Building, IFLA Strategic Plan 2016-2021)").
   */
  static LocalizedText describe(String written, StrategyElement e, StrategyEdition edition) {
    String kind = key(e.kind());
    Optional<String> number = e.number();
    LocalizedText name = number.isPresent() ? Messages.format("name." + kind, number.get())
        : Messages.template("noun." + kind);
    return written.isEmpty() ? Messages.format("element.described-unwritten", name, e.title(), edition.title())
        : Messages.format("element.described", written, name, e.title(), edition.title());
  }

  /** The key of a kind in the message files: {@code key-initiative} for {@code KEY_INITIATIVE}. */
  private static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
          LocalizedText planEditionTitle = c.edition().map(StrategyEdition::title)
              .orElse(LocalizedText.of(LanguageTag.UNDETERMINED, planEdition.get().toString()));
          r.report(at.location(), written(a), planEditionTitle, describe(written(a), e, edition.get()));
        }
        return;
      }
      List<StrategyEdition> others = c.catalog().editionsContaining(ref.element(), target);
      if (otherEdition && !others.isEmpty()) {
        StrategyEdition other = closest(c, others);
        StrategyElement e = other.element(ref.element()).orElseThrow();
        if (others.size() == 1) {
          r.report(at.location(), written(a), edition.get().title(), describe(written(a), e, other));
        } else {
          r.reportVariant("also", at.location(), written(a), edition.get().title(),
              describe(written(a), e, other), others.stream().filter(o -> o != other)
                  .map(o -> o.id().toString()).collect(Collectors.joining(", ")));
        }
      } else if (!otherEdition && others.isEmpty()) {
        r.report(at.location(), written(a), ElementReference.of(target.get(), ref.element()));
      }
    });
  }

  /**
   * Of the editions that have an id, the one a plan most likely meant: the one in force at the plan's start,
   * else the one whose period is nearest to it, else the first.
   */
  private static StrategyEdition closest(AlignmentContext c, List<StrategyEdition> editions) {
    Optional<YearMonth> start = planSpan(c).map(Timeframe::start);
    if (start.isEmpty()) {
      return editions.get(0);
    }
    int year = start.get().getYear();
    StrategyEdition best = editions.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (StrategyEdition e : editions) {
      int distance = year < e.firstYear() ? e.firstYear() - year : year > e.lastYear() ? year - e.lastYear() : 0;
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Reports what an alignment written by its title alone names: the element found ({@code found}) or that
   * no element of the plan's edition has that title, with the nearest titles.
   */
  private static void byTitle(AlignmentContext c, RuleRun r, boolean found) {
    r.eachAlignment((a, at) -> {
      Optional<TitleResolution> resolution = c.byTitle(a);
      if (resolution.isEmpty()) {
        return;
      }
      String stated = a.statedTitle().orElseThrow();
      StrategyEdition edition = c.edition().orElseThrow();
      Optional<StrategyElement> element = resolution.get().element();
      if (found && element.isPresent()) {
        r.report(at.location(), stated, describe(stated, element.get(), edition));
      } else if (!found && element.isEmpty()) {
        List<StrategyElement> nearest = resolution.get().nearest();
        if (nearest.isEmpty()) {
          r.reportVariant("none", at.location(), stated, edition.title());
        } else {
          r.report(at.location(), stated, edition.title(), nearest.stream()
              .map(e -> describe("", e, edition)).collect(LocalizedTexts.joining("; ")));
        }
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
      StrategyEdition edition = targetEdition(c, ref).orElseThrow();
      if (TitleResolution.of(edition, stated, a.level()).element().filter(element::equals).isPresent()) {
        return; // a short form of the title that names no other element ("International Advocacy")
      }
      String number = a.statedNumber().orElseGet(() -> ref.toString());
      Optional<ElementReference> hint = bestMatch(c, stated, element.kind().isArea());
      if (hint.isPresent()) {
        StrategyElement other = c.catalog().resolve(hint.get(), Optional.empty()).orElseThrow();
        StrategyEdition otherEdition = c.catalog().edition(hint.get().edition().orElseThrow()).orElseThrow();
        r.reportVariant("hint", at.location(), stated, describe(number, element, edition),
            describe("", other, otherEdition));
      } else {
        r.report(at.location(), stated, describe(number, element, edition));
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
      if (!TitleResolution.fits(kind, level.get())) {
        String as = a.element().isPresent() ? written(a) : a.statedTitle().orElseThrow();
        r.report(at.location(), describe(as, element, editionOf(c, a)), kindName(kind),
            Messages.template("level." + key(level.get())));
      }
    });
  }

  private static LocalizedText kindName(ElementKind kind) {
    return Messages.template("kind." + key(kind));
  }

  private static void initiativeOutsideDirection(AlignmentContext c, RuleRun r) {
    List<PlanPart> parts = c.plan().parts();
    PlanTemplate template = c.plan().template();
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
          StrategyEdition edition = editionOf(c, a);
          StrategyElement area = edition.element(ki.area()).orElseThrow();
          String as = a.element().isPresent() ? written(a) : a.statedTitle().orElseThrow();
          r.report(PlanPaths.part(p).child(PlanPaths.ALIGNMENTS).index(i), describe(as, ki, edition),
              describe("", area, edition), partName(parts.get(p), p, template));
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

  // ---- parts ------------------------------------------------------------------------------------------

  /*
   * The template-bound rules. Which templates a rule applies to is one table, here and in RuleSet.standard():
   *   focus-area-count        FOCUS_AREAS                        the template asks for one to four
   *   no-parts                OBJECTIVES, PROJECTS, GOALS        (FOCUS_AREAS: focus-area-count says it)
   *   no-aligned-part         every template
   *   unaligned-part          every template
   *   empty-part              every template
   *   missing-impact-measure  FOCUS_AREAS                        the only template with the question
   */
  private static final Set<PlanTemplate> COUNTED = EnumSet.of(PlanTemplate.FOCUS_AREAS);
  private static final Set<PlanTemplate> PARTS_EXPECTED =
      EnumSet.of(PlanTemplate.OBJECTIVES, PlanTemplate.PROJECTS, PlanTemplate.GOALS);
  private static final Set<PlanTemplate> IMPACT_ASKED = EnumSet.of(PlanTemplate.FOCUS_AREAS);

  /**
   * How a finding names a part: what the template calls it, its number (else {@code #} and its place from 1)
   * and the start of its title ("Objective 2 “To promote the exchange of knowledge…”").
   */
  static LocalizedText partName(PlanPart part, int index, PlanTemplate template) {
    String number = part.number().orElse("#" + (index + 1));
    String kind = key(part.kindIn(template));
    Optional<LocalizedText> title = part.title();
    if (title.isEmpty()) {
      return Messages.format("part." + kind, number);
    }
    return Messages.format("part." + kind + ".titled", number, LocalizedTexts.shortened(title.get(), 60));
  }

  /** What the template calls its parts, in the plural. */
  private static LocalizedText partsName(PlanTemplate template) {
    return Messages.template("parts." + key(template.partKind()));
  }

  private static void focusAreaCount(AlignmentContext c, RuleRun r) {
    int n = c.plan().parts().size();
    if (COUNTED.contains(c.plan().template()) && (n < 1 || n > 4)) {
      r.report(PlanLocation.root().child(PlanPaths.PARTS), n);
    }
  }

  private static void noParts(AlignmentContext c, RuleRun r) {
    PlanTemplate template = c.plan().template();
    if (PARTS_EXPECTED.contains(template) && c.plan().parts().isEmpty()) {
      r.report(PlanLocation.root().child(PlanPaths.PARTS), partsName(template));
    }
  }

  /**
   * Whether alignments align to the strategy, as the template asks: to a key initiative in the focus-area
   * template (its "Key Initiatives" slot), to any element of the strategy in the others. An alignment by a
   * number, a reference or a title counts, known or not (other rules report what is unknown); an external one
   * or one that only gives context does not.
   */
  private static boolean alignsToStrategy(AlignmentContext c, List<Alignment> alignments) {
    boolean keyInitiativeAsked = c.plan().template() == PlanTemplate.FOCUS_AREAS;
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      if (a.isExternal()) {
        continue;
      }
      if (!keyInitiativeAsked) {
        if (a.element().isPresent() || a.migratedFrom().isPresent() || a.statedNumber().isPresent()
            || a.statedTitle().isPresent()) {
          return true;
        }
        continue;
      }
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

  /** Whether a part aligns to the strategy, through its own alignments or its activities'. */
  private static boolean partAligns(AlignmentContext c, PlanPart part) {
    if (alignsToStrategy(c, part.alignments())) {
      return true;
    }
    for (Activity activity : part.activities()) {
      if (alignsToStrategy(c, activity.alignments())) {
        return true;
      }
    }
    return false;
  }

  private static void noAlignedPart(AlignmentContext c, RuleRun r) {
    List<PlanPart> parts = c.plan().parts();
    if (parts.isEmpty() || alignsToStrategy(c, c.plan().alignments())) {
      return; // alignments stated for the whole plan apply to every part
    }
    for (int i = 0; i < parts.size(); i++) {
      if (partAligns(c, parts.get(i))) {
        return;
      }
    }
    PlanTemplate template = c.plan().template();
    if (template == PlanTemplate.FOCUS_AREAS) {
      r.reportVariant("key-initiative", PlanLocation.root().child(PlanPaths.PARTS), partsName(template));
    } else {
      r.report(PlanLocation.root().child(PlanPaths.PARTS), partsName(template));
    }
  }

  private static void unalignedPart(AlignmentContext c, RuleRun r) {
    if (statesAlignment(c.plan().alignments())) {
      return; // alignments stated for the whole plan apply to every part
    }
    List<PlanPart> parts = c.plan().parts();
    PlanTemplate template = c.plan().template();
    for (int i = 0; i < parts.size(); i++) {
      PlanPart part = parts.get(i);
      if (!statesAlignment(part.alignments()) && !activitiesAlign(part)) {
        r.report(PlanPaths.part(i), partName(part, i, template));
      }
    }
  }

  /**
   * Whether one of the alignments is to the strategy: anything but an alignment to something outside every
   * edition (a regional priority, the Global Vision), which a part may state besides, not instead.
   */
  private static boolean statesAlignment(List<Alignment> alignments) {
    for (int i = 0; i < alignments.size(); i++) {
      if (!alignments.get(i).isExternal()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an activity of the part states an alignment to the strategy. */
  private static boolean activitiesAlign(PlanPart part) {
    for (Activity activity : part.activities()) {
      if (statesAlignment(activity.alignments())) {
        return true;
      }
    }
    return false;
  }

  private static void emptyPart(AlignmentContext c, RuleRun r) {
    if (!c.plan().activities().isEmpty()) {
      return; // activities stated for the whole plan ("Actions planned") serve every part
    }
    List<PlanPart> parts = c.plan().parts();
    PlanTemplate template = c.plan().template();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).activities().isEmpty()) {
        r.report(PlanPaths.part(i), partName(parts.get(i), i, template));
      }
    }
  }

  private static void missingImpactMeasure(AlignmentContext c, RuleRun r) {
    PlanTemplate template = c.plan().template();
    if (IMPACT_ASKED.contains(template)) {
      List<PlanPart> parts = c.plan().parts();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).impactMeasures().isEmpty()) {
          r.report(PlanPaths.part(i), partName(parts.get(i), i, template));
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
    for (int i = 0; i < intervals.size(); i++) {
      if (editionPeriod.overlaps(intervals.get(i))) {
        return;
      }
    }
    if (!intervals.isEmpty()) {
      r.report(PlanLocation.root().child("period"), period.get().text(), e.id(), e.firstYear(), e.lastYear());
    }
  }

  private static void timeframeInverted(AlignmentContext c, RuleRun r) {
    r.eachTimeframe((t, at) -> {
      List<Timeframe> inverted = t.invertedIntervals();
      for (int i = 0; i < inverted.size(); i++) {
        Timeframe interval = inverted.get(i); // from the stated end to the stated start
        r.report(at.location(), t.text(), interval.start(), interval.end());
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
      start = start == null || t.start().isBefore(start) ? t.start() : start;
      end = end == null || t.end().isAfter(end) ? t.end() : end;
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
        if (!span.contains(interval)) {
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
    for (LanguageTag language : c.requiredLanguages()) {
      for (Located<LocalizedText> t : c.texts()) {
        if (!t.value().hasLanguage(language)) {
          r.report(t.location(), language.toString(), Joiner.on(", ").join(t.value().languages()));
        }
      }
    }
  }
}
