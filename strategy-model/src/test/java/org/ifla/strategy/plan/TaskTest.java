package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final LocalizedText TEXT = LocalizedText.of(LanguageTag.ENGLISH,
      "Start a list of Public and Metropolitan Libraries");
  private static final Task TASK = Task.builder()
      .number("1")
      .text(TEXT)
      .responsibility("Section chair")
      .timeframe(StatedTimeframe.parse("Nov 2019 - May 2020"))
      .build();

  @Test
  void ofKeepsOnlyTheText() {
    Task task = Task.of(TEXT);
    assertEquals(TEXT, task.text());
    assertEquals(Optional.empty(), task.number());
    assertEquals(Optional.empty(), task.responsibility());
    assertEquals(Optional.empty(), task.timeframe());
  }

  @Test
  void builderKeepsEveryField() {
    assertEquals(Optional.of("1"), TASK.number());
    assertEquals(TEXT, TASK.text());
    assertEquals(Optional.of("Section chair"), TASK.responsibility());
    assertEquals(Optional.of(StatedTimeframe.parse("Nov 2019 - May 2020")), TASK.timeframe());
  }

  @Test
  void textIsRequired() {
    assertIllegalState(() -> Task.builder().number("1").build(), "text");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Task.of(null));
    assertNullRejected(() -> Task.builder().text(null));
    assertNullRejected(() -> Task.builder().number((String) null));
    assertNullRejected(() -> Task.builder().responsibility((String) null));
    assertNullRejected(() -> Task.builder().timeframe((StatedTimeframe) null));
    assertNullRejected(() -> Task.copyOf(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(TASK, Task.builder().from(TASK).build());
    assertEqualValues(Task.of(TEXT), Task.builder().text(TEXT).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(TASK, Task.builder().from(TASK).number("2").build());
    assertUnequalValues(TASK, Task.builder().from(TASK).text(LocalizedText.of(LanguageTag.ENGLISH, "Other")).build());
    assertUnequalValues(TASK, Task.builder().from(TASK).responsibility(Optional.empty()).build());
    assertUnequalValues(TASK, Task.builder().from(TASK).timeframe(StatedTimeframe.parse("Nov 2019 \u2013 May 2020"))
        .build());
  }

  @Test
  void taskCopyOfEqualsTheOriginal() {
    qt().forAll(QuickTheoriesGens.of(Generators.timeframes())
        .flatMap(e -> QuickTheoriesGens.of(Generators.tasks(e))))
        .checkAssert(task -> {
          assertEquals(task, Task.copyOf(task));
          assertEquals(task, Task.builder().from(task).build());
        });
  }
}
