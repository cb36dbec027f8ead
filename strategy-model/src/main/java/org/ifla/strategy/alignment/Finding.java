package org.ifla.strategy.alignment;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ifla.strategy.text.LocalizedText;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan: the rule's id and severity, the location in the plan, the arguments,
 * and the message template the arguments fill in, in every language the rule has.
 *
 * <p>{@link #message(Locale)} renders the message in a language, following
 * {@link LocalizedText#fallbackChain(Locale)}: templates and arguments that exist in the language are used
 * in it. Findings order by location, then rule id, then arguments, so reports are deterministic.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
      .thenComparing(Finding::ruleId)
      .thenComparing(f -> f.arguments().toString())
      .thenComparing(f -> f.messageTemplate().toString());

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
   * Returns the message in the language that best fits the locale: the template in that language with each
   * placeholder replaced by its argument in that language.
   *
   * @param locale the wanted locale, such as {@link Locale#CHINESE}
   * @return the message
   * @throws NullPointerException if the locale is null
   */
  public String message(Locale locale) {
    List<String> args = new ArrayList<>(arguments().size());
    for (LocalizedText argument : arguments()) {
      args.add(argument.text(locale));
    }
    return MessageTemplates.fill(messageTemplate().text(locale), args);
  }

  /**
   * Returns {@code SEVERITY rule-id at LOCATION: message}, with the message in the locale's language.
   *
   * @param locale the wanted locale
   * @return the line
   * @throws NullPointerException if the locale is null
   */
  public String format(Locale locale) {
    return severity() + " " + ruleId() + " at " + (location().isRoot() ? "/" : location().toString()) + ": "
        + message(locale);
  }

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
   * Returns the English form, {@link #format(Locale)} in English.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }

  /** Builds a {@link Finding}. Not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
