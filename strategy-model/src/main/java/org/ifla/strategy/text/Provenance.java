package org.ifla.strategy.text;

/**
 * Where a label's words come from: the three states a label can be in.
 *
 * <p>For the bundled IFLA editions, {@link #OFFICIAL} is IFLA's own published wording, {@link #QUOTED} a text
 * taken word for word from another named source (a published translation, a unit's action plan that quotes a
 * title), and {@link #RENDERED} a text written for this library because no source was found. For text a user
 * writes (a unit's action plan), the unit's own words are official.
 */
public enum Provenance {
  /** The source's own words, verbatim: for a bundled edition, IFLA's own published wording. */
  OFFICIAL,
  /**
   * Verbatim from a named source that is not the author's own publication, such as a published translation.
   */
  QUOTED,
  /** Written for this library (a rendering or translation) because no source was found. */
  RENDERED
}
