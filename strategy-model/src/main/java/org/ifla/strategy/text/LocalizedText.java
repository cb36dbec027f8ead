package org.ifla.strategy.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text in one or more languages: at most one {@link Label} per BCP 47 language tag, never none.
 *
 * <p>Look-ups by {@link Locale} follow a fixed fallback chain, so they never fail; see
 * {@link #fallbackChain(Locale)}. The {@link #languages() languages present} and the official mark of each
 * label can be asked for. Labels are kept in language-tag order, so two texts with the same labels are equal
 * whatever order they were added in.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns {@code null}.
 */
public final class LocalizedText {
  /** The language every fallback chain tries after the requested language: {@value}. */
  public static final String DEFAULT_LANGUAGE = "en";

  /**
   * The labels in language-tag order, one per tag. A list, not a sorted map: a text has one to three labels, and
   * building the first ImmutableSortedMap loads and verifies some thirty Guava classes, which was a third of a
   * fresh JVM's time to print a bundled vision (see benchmarks/README.md, group 4).
   */
  private final ImmutableList<Label> labels;

  private LocalizedText(ImmutableList<Label> labels) {
    checkArgument(!labels.isEmpty(), "a localized text needs at least one label");
    this.labels = labels;
  }

  /**
   * Returns a text with one official label.
   *
   * @param languageTag a well-formed BCP 47 language tag
   * @param text the text, not blank
   * @return the localized text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tag is ill-formed or the text blank
   */
  public static LocalizedText of(String languageTag, String text) {
    return of(Label.official(languageTag, text));
  }

  /**
   * Returns a text with the given labels.
   *
   * @param first the first label
   * @param more further labels
   * @return the localized text
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException if two labels have the same language tag
   */
  public static LocalizedText of(Label first, Label... more) {
    return builder().add(first).addAll(ImmutableList.copyOf(more)).build();
  }

  /**
   * Returns a text with the given labels.
   *
   * @param labels the labels, at least one
   * @return the localized text
   * @throws NullPointerException if the iterable or a label is null
   * @throws IllegalArgumentException if there is no label, or two labels have the same language tag
   */
  public static LocalizedText copyOf(Iterable<Label> labels) {
    return builder().addAll(labels).build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the labels in language-tag order.
   *
   * @return the labels, never empty
   */
  public ImmutableList<Label> labels() {
    return labels;
  }

  /**
   * Returns the canonical language tags present, in order.
   *
   * @return the tags, never empty
   */
  public ImmutableSortedSet<String> languages() {
    ImmutableSortedSet.Builder<String> tags = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < labels.size(); i++) {
      tags.add(labels.get(i).languageTag());
    }
    return tags.build();
  }

  /**
   * Returns the label for exactly this language tag, without fallback.
   *
   * @param languageTag a well-formed BCP 47 language tag, in any letter case
   * @return the label, or empty if there is none for that exact tag
   * @throws NullPointerException if the tag is null
   * @throws IllegalArgumentException if the tag is ill-formed
   */
  public Optional<Label> label(String languageTag) {
    return Optional.ofNullable(find(LanguageTags.canonical(languageTag)));
  }

  /** The label of exactly this canonical tag, or null. */
  private Label find(String tag) {
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      if (label.languageTag().equals(tag)) {
        return label;
      }
    }
    return null;
  }

  /**
   * Returns the label that best fits the locale, following {@link #fallbackChain(Locale)}; since a localized
   * text always has a label, this never fails.
   *
   * @param locale the wanted locale
   * @return the best label
   * @throws NullPointerException if the locale is null
   */
  public Label resolve(Locale locale) {
    ImmutableList<String> chain = fallbackChain(locale);
    for (int i = 0; i < chain.size(); i++) { // indexed: an iterator loads a dozen more classes at start-up
      String tag = chain.get(i);
      Label label = find(tag);
      if (label != null) {
        return label;
      }
      if (tag.indexOf('-') < 0) {
        // any label of the same language, such as en-GB for en: the first in tag order
        for (int j = 0; j < labels.size(); j++) {
          String other = labels.get(j).languageTag();
          if (other.length() > tag.length() && other.charAt(tag.length()) == '-' && other.startsWith(tag)) {
            return labels.get(j);
          }
        }
      }
    }
    return labels.get(0);
  }

  /**
   * Returns the text of {@link #resolve(Locale)}.
   *
   * @param locale the wanted locale
   * @return the text of the best label
   * @throws NullPointerException if the locale is null
   */
  public String text(Locale locale) {
    return resolve(locale).text();
  }

  /**
   * Returns whether a label in the locale's language exists, that is whether {@link #resolve(Locale)} finds
   * one of the same primary language before it falls back to {@link #DEFAULT_LANGUAGE} or to any language. A
   * text with only {@code zh} has Chinese for {@code zh-Hant-TW}, and one with only {@code zh-Hant} has
   * Chinese for {@code zh}.
   *
   * @param locale the wanted locale
   * @return whether the text is available in that language
   * @throws NullPointerException if the locale is null
   */
  public boolean hasLanguage(Locale locale) {
    Label best = resolve(locale);
    String language = locale.getLanguage();
    return !language.isEmpty()
        && (best.languageTag().equals(language) || best.languageTag().startsWith(language + "-"));
  }

  /**
   * Returns the language tags tried, in order, when a label for the locale is wanted. For a locale with
   * language {@code L}, script {@code S} and region {@code R} the chain is:
   *
   * <ol>
   *   <li>{@code L-S-R}, {@code L-S}, {@code L-R}, {@code L} (the ones that apply, variants and extensions
   *       ignored); for Chinese without a script, the script is inferred from the region ({@code Hant} for
   *       TW, HK and MO, {@code Hans} otherwise), so {@code zh-TW} tries {@code zh-Hant-TW} and
   *       {@code zh-Hant};
   *   <li>at step {@code L}, also any label of language {@code L} with a script or region, the first in tag
   *       order (so {@code en} finds {@code en-GB});
   *   <li>{@link #DEFAULT_LANGUAGE} ({@code en}), then likewise any {@code en-*};
   *   <li>finally the first label in language-tag order.
   * </ol>
   *
   * <p>So {@code zh-Hant-TW} tries {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh-TW}, {@code zh},
   * {@code en}. The last step is not listed in the result.
   *
   * @param locale the wanted locale
   * @return the tags tried, most specific first, without duplicates
   * @throws NullPointerException if the locale is null
   */
  public static ImmutableList<String> fallbackChain(Locale locale) {
    requireNonNull(locale, "locale");
    Set<String> chain = new LinkedHashSet<>();
    String language = locale.getLanguage();
    if (!language.isEmpty()) {
      String script = locale.getScript();
      String region = locale.getCountry();
      if (script.isEmpty() && language.equals("zh")) {
        script = region.equals("TW") || region.equals("HK") || region.equals("MO") ? "Hant" : "Hans";
        if (region.isEmpty()) {
          script = "";
        }
      }
      Locale.Builder b = new Locale.Builder().setLanguage(language);
      if (!script.isEmpty() && !region.isEmpty()) {
        chain.add(b.setScript(script).setRegion(region).build().toLanguageTag());
      }
      if (!script.isEmpty()) {
        chain.add(b.clear().setLanguage(language).setScript(script).build().toLanguageTag());
      }
      if (!region.isEmpty()) {
        chain.add(b.clear().setLanguage(language).setRegion(region).build().toLanguageTag());
      }
      chain.add(b.clear().setLanguage(language).build().toLanguageTag());
    }
    chain.add(DEFAULT_LANGUAGE);
    return ImmutableList.copyOf(chain);
  }

  /**
   * Returns this text with the label added, replacing any label of the same language tag.
   *
   * @param label the label
   * @return the new text
   * @throws NullPointerException if the label is null
   */
  public LocalizedText with(Label label) {
    requireNonNull(label, "label");
    SortedMap<String, Label> copy = byTag();
    copy.put(label.languageTag(), label);
    return new LocalizedText(ImmutableList.copyOf(copy.values()));
  }

  /**
   * Returns this text without the label of the given language tag, if it has one.
   *
   * @param languageTag a well-formed BCP 47 language tag
   * @return the new text
   * @throws NullPointerException if the tag is null
   * @throws IllegalArgumentException if the tag is ill-formed, or the label is the only one
   */
  public LocalizedText without(String languageTag) {
    String tag = LanguageTags.canonical(languageTag);
    if (find(tag) == null) {
      return this;
    }
    SortedMap<String, Label> copy = byTag();
    copy.remove(tag);
    checkArgument(!copy.isEmpty(), "cannot remove the only label '%s'", tag);
    return new LocalizedText(ImmutableList.copyOf(copy.values()));
  }

  private SortedMap<String, Label> byTag() {
    SortedMap<String, Label> map = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      map.put(labels.get(i).languageTag(), labels.get(i));
    }
    return map;
  }

  /**
   * Two localized texts are equal when they have equal labels.
   *
   * @param other the object to compare with, may be null
   * @return whether the objects are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText && ((LocalizedText) other).labels.equals(labels);
  }

  /** The hash code of the map from language tag to label, as when the labels were kept in one. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < labels.size(); i++) {
      hash += labels.get(i).languageTag().hashCode() ^ labels.get(i).hashCode();
    }
    return hash;
  }

  /**
   * Returns a debugging form listing the labels, such as {@code [en="Vision", zh~"愿景"]}.
   *
   * @return the debugging form
   */
  @Override
  public String toString() {
    return labels.toString();
  }

  /**
   * Builds a {@link LocalizedText}. Not thread-safe; each builder is for one use.
   */
  public static final class Builder {
    private final SortedMap<String, Label> labels = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a label.
     *
     * @param label the label
     * @return this builder
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if a label with the same language tag was already added
     */
    public Builder add(Label label) {
      requireNonNull(label, "label");
      Label previous = labels.putIfAbsent(label.languageTag(), label);
      checkArgument(previous == null, "two labels for language '%s': %s and %s",
          label.languageTag(), previous, label);
      return this;
    }

    /**
     * Adds an official label.
     *
     * @param languageTag a well-formed BCP 47 language tag
     * @param text the text, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link Label#of(String, String, boolean)}, or for a repeated tag
     */
    public Builder add(String languageTag, String text) {
      return add(Label.official(languageTag, text));
    }

    /**
     * Adds a label that is not official wording.
     *
     * @param languageTag a well-formed BCP 47 language tag
     * @param text the text, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link Label#of(String, String, boolean)}, or for a repeated tag
     */
    public Builder addUnofficial(String languageTag, String text) {
      return add(Label.unofficial(languageTag, text));
    }

    /**
     * Adds labels.
     *
     * @param more the labels
     * @return this builder
     * @throws NullPointerException if the iterable or a label is null
     * @throws IllegalArgumentException if a language tag repeats
     */
    public Builder addAll(Iterable<Label> more) {
      for (Label label : requireNonNull(more, "labels")) {
        add(label);
      }
      return this;
    }

    /**
     * Returns whether no label was added yet.
     *
     * @return whether the builder is empty
     */
    public boolean isEmpty() {
      return labels.isEmpty();
    }

    /**
     * Builds the text.
     *
     * @return the localized text
     * @throws IllegalArgumentException if no label was added
     */
    public LocalizedText build() {
      return new LocalizedText(ImmutableList.copyOf(labels.values()));
    }
  }
}
