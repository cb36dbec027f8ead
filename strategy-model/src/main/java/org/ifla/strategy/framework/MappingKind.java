package org.ifla.strategy.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How an element of an older edition corresponds to an element of the next one, in a {@link Crosswalk}; read
 * "the older element is ... the newer one" for {@link #EXACT} and {@link #CLOSE}, and "the newer element is
 * broader (narrower) than the older one" for {@link #BROADER} ({@link #NARROWER}). {@link #RETIRED} and
 * {@link #NEW} are the two one-sided kinds: an older element with no successor, a newer one with no
 * predecessor.
 *
 * <p>The five two-sided kinds compose ({@link #then(MappingKind)}): following A to B, then B to C, says how A
 * corresponds to C. The algebra is commutative and associative:
 *
 * <ul>
 *   <li>{@code EXACT} is the identity: {@code EXACT.then(k) == k.then(EXACT) == k};
 *   <li>{@code CLOSE} is an identity up to wording: {@code CLOSE.then(CLOSE) == CLOSE}, and it passes
 *       {@code BROADER}, {@code NARROWER} and {@code RELATED} through unchanged;
 *   <li>{@code BROADER.then(BROADER) == BROADER} and {@code NARROWER.then(NARROWER) == NARROWER} (both are
 *       transitive);
 *   <li>{@code BROADER.then(NARROWER)} and {@code NARROWER.then(BROADER)} are {@code RELATED}: two parts of one
 *       whole, or two wholes sharing a part, may overlap but are not the same;
 *   <li>{@code RELATED} absorbs: anything composed with {@code RELATED} is {@code RELATED}.
 * </ul>
 *
 * <p>The text form ({@link #toString()}, {@link #parse(String)}) is the lower-case name: {@code close},
 * {@code retired}. The declaration order is the order of strength used where several paths lead to the same
 * element: {@code EXACT} is strongest, {@code RELATED} weakest.
 */
public enum MappingKind {
  /** The two elements say the same thing (wording aside). */
  EXACT,
  /** The two elements mean nearly the same thing, with some change of wording or emphasis. */
  CLOSE,
  /** The newer element is broader: the older one is one part of it. */
  BROADER,
  /** The newer element is narrower: it carries on one part of the older one. */
  NARROWER,
  /** The two elements overlap or touch on the same work, but neither contains the other. */
  RELATED,
  /** The older element has no successor in the newer edition. */
  RETIRED,
  /** The newer element has no predecessor in the older edition. */
  NEW;

  /**
   * Returns whether this kind links an older element to a newer one (every kind but {@link #RETIRED} and
   * {@link #NEW}).
   *
   * @return whether a mapping of this kind has both a source and a target
   */
  public boolean isCorrespondence() {
    return this != RETIRED && this != NEW;
  }

  /**
   * Composes two correspondences: this one from A to B, then {@code next} from B to C, gives A to C. See the
   * class documentation for the algebra.
   *
   * @param next the kind of the second step
   * @return the kind of the composed mapping
   * @throws NullPointerException if {@code next} is null
   * @throws IllegalArgumentException if either kind is {@link #RETIRED} or {@link #NEW}
   */
  public MappingKind then(MappingKind next) {
    requireNonNull(next, "next");
    checkArgument(isCorrespondence() && next.isCorrespondence(),
        "only correspondences compose, not %s then %s", this, next);
    if (this == EXACT) {
      return next;
    }
    if (next == EXACT) {
      return this;
    }
    if (this == RELATED || next == RELATED) {
      return RELATED;
    }
    if (this == CLOSE) {
      return next;
    }
    if (next == CLOSE) {
      return this;
    }
    return this == next ? this : RELATED;
  }

  /**
   * Returns the kind read the other way, from the newer element to the older one: {@code BROADER} and
   * {@code NARROWER} swap, so do {@code RETIRED} and {@code NEW}; the others stay.
   *
   * @return the inverse kind
   */
  public MappingKind inverse() {
    switch (this) {
      case BROADER:
        return NARROWER;
      case NARROWER:
        return BROADER;
      case RETIRED:
        return NEW;
      case NEW:
        return RETIRED;
      default:
        return this;
    }
  }

  /**
   * Returns whether this kind is stronger than the other: earlier in the declaration order.
   *
   * @param other the other kind
   * @return whether this kind is stronger
   * @throws NullPointerException if the other kind is null
   */
  public boolean isStrongerThan(MappingKind other) {
    return ordinal() < requireNonNull(other, "other").ordinal();
  }

  /**
   * Parses the text form, the lower-case name ({@code exact}, {@code retired}).
   *
   * @param text the text
   * @return the kind
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text names no kind
   */
  public static MappingKind parse(String text) {
    requireNonNull(text, "text");
    for (MappingKind kind : values()) {
      if (kind.toString().equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(String.format(
        "not a mapping kind (exact, close, broader, narrower, related, retired, new): '%s'", text));
  }

  /**
   * Returns the text form, the lower-case name.
   *
   * @return {@code exact}, {@code close}, ...
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
