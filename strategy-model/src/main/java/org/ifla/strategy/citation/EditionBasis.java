package org.ifla.strategy.citation;

/**
 * What chose the edition a citation was resolved against (see {@link CitationResolver#resolve(Citation)}).
 */
public enum EditionBasis {
  /** The caller gave the edition ({@link CitationResolver#withEdition(org.ifla.strategy.framework.EditionId)}). */
  GIVEN,
  /**
   * The date of the text: the edition in force at that date, or, where it numbers nothing so, the other edition
   * in force then that does ({@link CitationResolver#withDate(java.time.LocalDate)}).
   */
  DATE,
  /**
   * The stated title: of the editions that number the citation so, the one whose element's title it matches;
   * for a citation by title alone ({@link Citation#isByTitle()}), the candidate edition with an element of the
   * kind cited whose title it matches.
   */
  TITLE,
  /** The number alone: with neither edition nor date given, the newest edition that numbers the citation so. */
  NUMBER
}
