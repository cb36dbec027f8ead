package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ActivityTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static final Task TASK_1 = Task.builder().number("1").text(en("Review survey findings at Mid-term meeting"))
      .build();
  private static final Task TASK_2 = Task.builder().number("2").text(en("Workshop to develop Sections' core offerings"))
      .build();
  private static final Alignment ALIGNMENT = Alignment.builder().element(ElementReference.parse("SD4.KI5"))
      .statedNumber("4.5").build();
  private static final Activity ACTIVITY = Activity.builder()
      .number("1.1")
      .title(en("Re-defining the value propositions of Metropolitan Libraries section"))
      .description(en("A description"))
      .addTasks(TASK_1, TASK_2)
      .responsibility("Committee")
      .timeframe(StatedTimeframe.parse("May 2020 \u2013 Oct 2020"))
      .fundingNeeded(FundingNeed.NO)
      .addCollaborators("Public Library Section")
      .addAlignments(ALIGNMENT)
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(Optional.of("1.1"), ACTIVITY.number());
    assertEquals(en("Re-defining the value propositions of Metropolitan Libraries section"), ACTIVITY.title());
    assertEquals(Optional.of(en("A description")), ACTIVITY.description());
    assertEquals(List.of(TASK_1, TASK_2), ACTIVITY.tasks());
    assertEquals(Optional.of("Committee"), ACTIVITY.responsibility());
    assertEquals(Optional.of(StatedTimeframe.parse("May 2020 \u2013 Oct 2020")), ACTIVITY.timeframe());
    assertEquals(FundingNeed.NO, ACTIVITY.fundingNeeded());
    assertEquals(List.of("Public Library Section"), ACTIVITY.collaborators());
    assertEquals(List.of(ALIGNMENT), ACTIVITY.alignments());
  }

  @Test
  void fundingNeededDefaultsToNotStated() {
    Activity activity = Activity.builder().title(en("Survey")).build();
    assertEquals(FundingNeed.NOT_STATED, activity.fundingNeeded());
    assertEquals(Optional.empty(), activity.number());
    assertEquals(Optional.empty(), activity.description());
    assertEquals(List.of(), activity.tasks());
    assertEquals(Optional.empty(), activity.responsibility());
    assertEquals(Optional.empty(), activity.timeframe());
    assertEquals(List.of(), activity.collaborators());
    assertEquals(List.of(), activity.alignments());
  }

  @Test
  void titleIsRequired() {
    assertIllegalState(() -> Activity.builder().number("1").build(), "title");
  }

  @Test
  void tasksKeepTheirOrder() {
    assertEquals(List.of(TASK_2, TASK_1), Activity.builder().title(en("t")).addTasks(TASK_2).addTasks(TASK_1).build()
        .tasks());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Activity.builder().title(null));
    assertNullRejected(() -> Activity.builder().number((String) null));
    assertNullRejected(() -> Activity.builder().description((LocalizedText) null));
    assertNullRejected(() -> Activity.builder().addTasks((Task) null));
    assertNullRejected(() -> Activity.builder().responsibility((String) null));
    assertNullRejected(() -> Activity.builder().timeframe((StatedTimeframe) null));
    assertNullRejected(() -> Activity.builder().fundingNeeded(null));
    assertNullRejected(() -> Activity.builder().addCollaborators((String) null));
    assertNullRejected(() -> Activity.builder().addAlignments((Alignment) null));
    assertNullRejected(() -> Activity.copyOf(null));
  }

  @Test
  void listsAreUnmodifiable() {
    assertUnmodifiable(ACTIVITY.tasks(), TASK_1);
    assertUnmodifiable(ACTIVITY.collaborators(), "IFLA-Regional Offices");
    assertUnmodifiable(ACTIVITY.alignments(), ALIGNMENT);
  }

  @Test
  void copyOfIsEqual() {
    assertEquals(ACTIVITY, Activity.copyOf(ACTIVITY));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(ACTIVITY, Activity.builder().from(ACTIVITY).build());
    assertEqualValues(Activity.builder().title(en("t")).build(),
        Activity.builder().title(en("t")).fundingNeeded(FundingNeed.NOT_STATED).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).number("1.2").build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).title(en("Other")).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).description(Optional.empty()).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).tasks(List.of(TASK_1)).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).tasks(List.of(TASK_2, TASK_1)).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).responsibility("Chair").build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).timeframe(Optional.empty()).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).fundingNeeded(FundingNeed.YES).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).collaborators(List.of()).build());
    assertUnequalValues(ACTIVITY, Activity.builder().from(ACTIVITY).alignments(List.of()).build());
  }

  @Test
  void activityCopyOfEqualsTheOriginal() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.of(Generators.strategyEditions()).flatMap(e -> QuickTheoriesGens.of(Generators.activities(e, Generators.period(e)))))
        .checkAssert(activity -> {
          assertEquals(activity, Activity.copyOf(activity));
          assertEquals(activity, Activity.builder().from(activity).build());
          assertEquals(activity.hashCode(), Activity.builder().from(activity).build().hashCode());
        });
  }
}
