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
    // every Task is one this library made: the constructor is package-private
    return java.util.Objects.requireNonNull(value, "value");
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

  /**
   * Builds a {@link Task}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link Task#text() text}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends TaskBuilder {
    Builder() {}

    /**
     * Builds the Task from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if an extension's key is not {@code x-} and a name, or its value is blank
     */
    @Override
    public Task build() {
      return super.build();
    }
  }
}
