package org.ifla.strategy.plan;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A task of an activity ("Tasks &amp; Responsibility"), kept as written.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()} or {@link #of(LocalizedText)}.
 */
@Value.Immutable
public abstract class Task {
  Task() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of the value: the same value if it is already one this library made.
   *
   * @param value the value
   * @return an immutable copy, equal to the value
   * @throws NullPointerException if the value is null
   */
  public static Task copyOf(Task value) {
    return value instanceof ImmutableTask ? value : builder().from(value).build();
  }

  /**
   * Returns a task with only a text.
   *
   * @param text the task's text
   * @return the task
   * @throws NullPointerException if the text is null
   */
  public static Task of(LocalizedText text) {
    return builder().text(text).build();
  }

  /**
   * Returns the number the plan gives the task, as written.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns what is to be done.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /**
   * Returns who is responsible, as written.
   *
   * @return the responsibility, or empty
   */
  public abstract Optional<String> responsibility();

  /**
   * Returns when, as written.
   *
   * @return the timeframe, or empty
   */
  public abstract Optional<StatedTimeframe> timeframe();

  /**
   * Returns what other tools keep on this task, by key ({@code x-} and a name), each value the JSON text of
   * what the document held, written back as it was read.
   *
   * @return the extensions, in the document's order, possibly empty
   */
  public abstract ImmutableMap<String, String> extensions();

  @Value.Check
  void check() {
    Extensions.check(extensions());
  }

  /** Builds a {@link Task}. Not thread-safe. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }
}
