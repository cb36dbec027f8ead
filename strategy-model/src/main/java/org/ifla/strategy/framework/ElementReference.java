package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to an element: its {@link ElementId}, qualified with the {@link EditionId} it belongs to
 * ({@code ifla-strategy-2019-2024:SD1.KI2}) or not ({@code SD1.KI2}, resolved against the edition a plan
 * cites).
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable and thread-safe.
 */
public final class ElementReference {
  private final EditionId edition;
  private final ElementId element;

  private ElementReference(EditionId edition, ElementId element) {
    this.edition = edition;
    this.element = requireNonNull(element, "element");
  }

  /**
   * Returns a qualified reference.
   *
   * @param edition the edition
   * @param element the element's id inside that edition
   * @return the reference
   * @throws NullPointerException if an argument is null
   */
  public static ElementReference of(EditionId edition, ElementId element) {
    return new ElementReference(requireNonNull(edition, "edition"), element);
  }

  /**
   * Returns an unqualified reference, to be resolved against the edition in context.
   *
   * @param element the element's id
   * @return the reference
   * @throws NullPointerException if the id is null
   */
  public static ElementReference of(ElementId element) {
    return new ElementReference(null, element);
  }

  /**
   * Parses {@code EDITION:ID} or {@code ID}.
   *
   * @param text the text
   * @return the reference
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a reference
   */
  public static ElementReference parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      return new ElementReference(null, ElementId.parse(s));
    }
    checkArgument(s.indexOf(':', colon + 1) < 0, "more than one ':' in element reference '%s'", s);
    return new ElementReference(EditionId.parse(s.substring(0, colon)), ElementId.parse(s.substring(colon + 1)));
  }

  /**
   * Returns the edition this reference names, if it is qualified.
   *
   * @return the edition, or empty for an unqualified reference
   */
  public Optional<EditionId> edition() {
    return Optional.ofNullable(edition);
  }

  /**
   * Returns the element's id inside its edition.
   *
   * @return the id
   */
  public ElementId element() {
    return element;
  }

  /**
   * Returns whether this reference names its edition.
   *
   * @return whether it is qualified
   */
  public boolean isQualified() {
    return edition != null;
  }

  /**
   * Returns the edition this reference points into: its own if qualified, otherwise the given one.
   *
   * @param context the edition in context, such as the one a plan cites
   * @return the edition id
   * @throws NullPointerException if the context is null
   */
  public EditionId editionOr(EditionId context) {
    requireNonNull(context, "context");
    return edition != null ? edition : context;
  }

  /**
   * Two references are equal when their editions (or both their absence) and element ids are equal.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ElementReference
        && Objects.equals(((ElementReference) other).edition, edition)
        && ((ElementReference) other).element.equals(element);
  }

  @Override
  public int hashCode() {
    return Objects.hash(edition, element);
  }

  /**
   * Returns {@code EDITION:ID} or {@code ID}, the form {@link #parse(CharSequence)} reads.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return edition == null ? element.toString() : edition + ":" + element;
  }
}
