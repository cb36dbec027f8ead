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

  /** Builds a {@link Statement}. Not thread-safe. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
