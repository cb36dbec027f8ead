package org.ifla.strategy.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.util.Locale;
import org.ifla.strategy.text.LanguageTag;
import java.util.stream.Collectors;

/**
 * The findings of checking one plan, sorted as {@link Finding#compareTo(Finding)} orders them (by location, then
 * rule id, then severity, arguments and template): the same plan and rules always give
 * the same report.
 *
 * <p>Immutable and thread-safe.
 */
public final class AlignmentReport {
  private final ImmutableList<Finding> findings;

  private AlignmentReport(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns a report of the findings, sorted.
   *
   * @param findings the findings, in any order
   * @return the report
   * @throws NullPointerException if the iterable or a finding is null
   */
  public static AlignmentReport of(Iterable<Finding> findings) {
    return new AlignmentReport(Ordering.natural().immutableSortedCopy(requireNonNull(findings, "findings")));
  }

  /**
   * Returns the findings in order.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one rule, in order.
   *
   * @param ruleId the rule id
   * @return the findings, possibly empty
   * @throws NullPointerException if the id is null
   */
  public ImmutableList<Finding> findings(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   * @throws NullPointerException if the severity is null
   */
  public int count(Severity severity) {
    requireNonNull(severity, "severity");
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns whether any finding is an {@link Severity#ERROR}.
   *
   * @return whether there are errors
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Returns whether there is no finding at all.
   *
   * @return whether the report is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns one line per finding, {@code SEVERITY rule-id at LOCATION: message} ({@link Finding#format(LanguageTag)}),
   * in the language that best fits the tag.
   *
   * @param languageTag the language asked for
   * @return the lines joined by {@code \n}; empty for an empty report
   * @throws NullPointerException if the tag is null
   */
  public String format(LanguageTag languageTag) {
    requireNonNull(languageTag, "languageTag");
    return findings.stream().map(f -> f.format(languageTag)).collect(Collectors.joining("\n"));
  }

  /**
   * Returns {@link #format(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return the lines joined by {@code \n}; empty for an empty report
   * @throws NullPointerException if the locale is null
   */
  public String format(Locale locale) {
    return format(LanguageTag.of(locale));
  }

  /**
   * Two reports are equal when they have equal findings.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AlignmentReport && ((AlignmentReport) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns the report in English, one finding a line.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
