package org.ifla.strategy.testing;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/** Rewrites every localized text a plan holds (its own words, not the edition's). */
final class PlanTexts {
  private PlanTexts() {}

  /** The text with each label moved to the next language of {@link Generators#LABEL_LANGUAGE_TAGS}, in a cycle. */
  static LocalizedText otherLanguages(LocalizedText text) {
    var tags = Generators.LABEL_LANGUAGE_TAGS;
    return LocalizedText.copyOf(text.labels().stream().map(l -> {
      int i = tags.indexOf(l.languageTag().toString());
      LanguageTag tag = i < 0 ? l.languageTag() : LanguageTag.of(tags.get((i + 1) % tags.size()));
      Label moved = Label.of(tag, l.text(), l.provenance());
      return l.source().map(moved::withSource).orElse(moved);
    }).collect(Collectors.toList()));
  }

  static ActionPlan map(ActionPlan plan, UnaryOperator<LocalizedText> f) {
    ProfessionalUnit unit = ProfessionalUnit.builder().from(plan.unit()).name(f.apply(plan.unit().name())).build();
    return ActionPlan.builder().from(plan).unit(unit)
        .title(plan.title().map(f))
        .mission(plan.mission().map(f))
        .alignments(plan.alignments().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .contextAlignments(plan.contextAlignments().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .parts(plan.parts().stream().map(p -> map(p, f)).collect(Collectors.toList()))
        .activities(plan.activities().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .build();
  }

  private static Alignment map(Alignment alignment, UnaryOperator<LocalizedText> f) {
    return Alignment.builder().from(alignment).rationale(alignment.rationale().map(f)).build();
  }

  private static PlanPart map(PlanPart part, UnaryOperator<LocalizedText> f) {
    return PlanPart.builder().from(part)
        .title(part.title().map(f))
        .description(part.description().map(f))
        .communication(part.communication().map(f))
        .impactMeasures(part.impactMeasures().map(f))
        .collaboration(part.collaboration().map(f))
        .notes(part.notes().map(f))
        .alignments(part.alignments().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .activities(part.activities().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .build();
  }

  private static Activity map(Activity activity, UnaryOperator<LocalizedText> f) {
    return Activity.builder().from(activity)
        .title(f.apply(activity.title()))
        .description(activity.description().map(f))
        .scope(activity.scope().map(f))
        .tasks(activity.tasks().stream().map(t -> Task.builder().from(t).text(f.apply(t.text())).build())
            .collect(Collectors.toList()))
        .alignments(activity.alignments().stream().map(a -> map(a, f)).collect(Collectors.toList()))
        .build();
  }
}
