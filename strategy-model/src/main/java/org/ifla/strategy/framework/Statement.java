package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A statement of an edition: its vision, mission, theory of change, a preamble paragraph, an outcome for the
 * field, or an item of the overview diagram. The {@link #title()} is the statement's text; some statements
 * also have a {@link #description()} (the 2024-2029 field outcomes are a heading and a sentence).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()} or {@link #of(ElementId, ElementKind,
 * LocalizedText)}.
 */
@Value.Immutable
public abstract class Statement implements StrategyElement {
  Statement() {}

  /**
   * Returns a statement without number or description.
   *
   * @param id the id inside the edition
   * @param kind a statement kind ({@link ElementKind#isStatement()})
   * @param text the text
   * @return the statement
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the kind is not a statement kind
   */
  public static Statement of(ElementId id, ElementKind kind, LocalizedText text) {
    return builder().id(id).kind(kind).title(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the optional further text of this statement.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  @Value.Check
  void check() {
    checkState(kind().isStatement(), "statement %s has kind %s, which is not a statement kind", id(), kind());
  }

  /**
   * Builds a {@link Statement}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link Statement#id() id}, {@link Statement#kind() kind}, {@link Statement#title() title}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends StatementBuilder {
    Builder() {}

    /**
     * Builds the Statement from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if the kind is not a statement kind
     */
    @Override
    public Statement build() {
      return super.build();
    }
  }
}
