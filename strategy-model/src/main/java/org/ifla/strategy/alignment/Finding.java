package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan: the rule's id and severity, the location in the plan, the arguments,
 * and the message template the arguments fill in, in every language the rule has.
 *
 * <p>{@link #message(Locale)} renders the message in a language, following
 * {@link LocalizedText#fallbackChain(org.ifla.strategy.text.LanguageTag)}: templates and arguments that exist
 * in the language are used in it. Findings order by location, then rule id, then severity, then arguments and template, consistently
 * with {@link #equals(Object)} (see {@link #compareTo(Finding)}), so reports are deterministic.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Labels by language tag, text, provenance, then source: every field {@link Label#equals} compares. */
  private static final Comparator<Label> LABELS = Comparator.comparing(Label::languageTag)
      .thenComparing(Label::text)
      .thenComparing(Label::provenance)
      .thenComparing(l -> l.source().orElse(""));
  private static final Comparator<LocalizedText> TEXTS = (a, b) -> lexicographic(a.labels(), b.labels(), LABELS);
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::severity)
      .thenComparing((a, b) -> lexicographic(a.arguments(), b.arguments(), TEXTS))
      .thenComparing(Finding::messageTemplate, TEXTS);

  Finding() {}

  /** Whether the text is a rule id: lowercase words of a-z and 0-9 joined by '-'. */
  static boolean isRuleId(String text) {
    return RULE_ID.matcher(text).matches();
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
   * Returns the id of the rule that found this, such as {@code unknown-element}.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where in the plan the finding is.
   *
   * @return the location
   */
  public abstract PlanLocation location();

  /**
   * Returns the arguments of the message: ids and text as written, in language {@code und}, and element
   * titles, in each language the edition has.
   *
   * @return the arguments, in order ({@code {0}}, {@code {1}}, ...)
   */
  public abstract ImmutableList<LocalizedText> arguments();

  /**
   * Returns the message template in each language: plain text in which {@code {0}}, {@code {1}}, ... stand
   * for the arguments. Those placeholders are the only special syntax: an apostrophe ({@code doesn't}), a
   * brace that opens no placeholder, and a placeholder beyond the arguments print as written. (The
   * placeholders are those of {@link java.text.MessageFormat}, without its quoting: do not double
   * apostrophes.)
   *
   * @return the template
   */
  public abstract LocalizedText messageTemplate();

  /**
   * Returns the message in the language that best fits the tag: the template in that language with each
   * placeholder replaced by its argument in that language.
   *
   * @param languageTag the language asked for, such as {@link LanguageTag#CHINESE}
   * @return the message
   * @throws NullPointerException if the tag is null
   */
  public String message(LanguageTag languageTag) {
    requireNonNull(languageTag, "languageTag");
    List<String> args = new ArrayList<>(arguments().size());
    for (LocalizedText argument : arguments()) {
      args.add(argument.text(languageTag));
    }
    return MessageTemplates.fill(messageTemplate().text(languageTag), args);
  }

  /**
   * Returns {@link #message(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale, such as {@link Locale#CHINESE}
   * @return the message
   * @throws NullPointerException if the locale is null
   */
  public String message(Locale locale) {
    return message(LanguageTag.of(locale));
  }

  /**
   * Returns the finding as one line, all of it in the language that best fits the tag: in English
   * {@code SEVERITY rule-id at LOCATION: message}, such as {@code WARNING unaligned-part at /parts/0: ...}; in
   * Chinese {@code 警告 unaligned-part 位于 /parts/0：...}. The severity is
   * {@link Severity#displayName(LanguageTag)}; the rule id and the location (the JSON Pointer, {@code /} for the
   * whole plan) are never translated.
   *
   * @param languageTag the language asked for
   * @return the line
   * @throws NullPointerException if the tag is null
   */
  public String format(LanguageTag languageTag) {
    String line = Messages.template("finding.line").text(languageTag);
    String where = location().isRoot() ? "/" : location().toString();
    return MessageTemplates.fill(line,
        List.of(severity().displayName(languageTag), ruleId(), where, message(languageTag)));
  }

  /**
   * Returns {@link #format(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return the line
   * @throws NullPointerException if the locale is null
   */
  public String format(Locale locale) {
    return format(LanguageTag.of(locale));
  }

  /** Compares two lists element by element; a list before the longer lists it begins. */
  private static <T> int lexicographic(List<T> a, List<T> b, Comparator<? super T> order) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = order.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Compares by location ({@link PlanLocation#compareTo}), then rule id, then severity (in the order of
   * {@link Severity}), then the arguments and then the message template, these compared label by label
   * (language tag, then text, then official wording before not). The order is consistent with
   * {@link #equals(Object)}: two findings compare as 0 exactly when they are equal.
   *
   * @param other the finding to compare with
   * @return a negative number, zero or a positive number as this finding is before, equal to or after the other
   * @throws NullPointerException if the other is null
   */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Value.Check
  void check() {
    checkState(RULE_ID.matcher(ruleId()).matches(), "rule id must be lowercase words joined by '-': '%s'",
        ruleId());
  }

  /**
   * Returns the English form, {@link #format(Locale)} in English, {@code SEVERITY rule-id at LOCATION: message}
   * (whatever the default locale).
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }

  /**
   * Builds a {@link Finding}: set the attributes with the methods of the same names ({@code add*}, {@code addAll*}
   * and {@code put*} add to a list or map attribute, {@code from} copies another value's), then call
   * {@link #build()}. Required: {@link Finding#ruleId() ruleId}, {@link Finding#severity() severity}, {@link Finding#location() location}, {@link Finding#messageTemplate() messageTemplate}; every other attribute is optional, empty or false unless set. A setter given null throws a {@link NullPointerException}; an attribute set twice
   * keeps the last value. Not thread-safe; use one builder per thread, and a builder for one value at a time.
   */
  public static final class Builder extends FindingBuilder {
    Builder() {}

    /**
     * Builds the Finding from the attributes set.
     *
     * @return the new, immutable value
     * @throws IllegalStateException if a required attribute is not set (the message names the missing ones) or if the rule id is not lower-case words joined by {@code -}
     */
    @Override
    public Finding build() {
      return super.build();
    }
  }
}
