package org.ifla.strategy.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages: at most one {@link Label} per {@link LanguageTag}, never none.
 *
 * <p>Look-ups by language follow a fixed fallback chain, so they never fail; see
 * {@link #fallbackChain(LanguageTag)}. {@link #resolve(LanguageTag)} says which language served and whether it
 * is the language and script asked for; {@link #hasLanguage(LanguageTag)} whether the text has that language in
 * that script. The {@link #languages() languages present} and each label's {@link Label#provenance()
 * provenance} can be asked for. Labels are kept in language-tag order, so two texts with the same labels are
 * equal whatever order they were added in.
 *
 * <p>Methods taking a {@link Locale} are conveniences for {@code LanguageTag.of(locale)}.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns {@code null}.
 */
public final class LocalizedText {
  /** The language every fallback chain tries after the requested language: {@code en}. */
  public static final LanguageTag DEFAULT_LANGUAGE = LanguageTag.ENGLISH;

  /** Above this many labels, look-ups search by halves rather than one by one. */
  private static final int LINEAR = 4;

  /**
   * The labels in language-tag order, one per tag: a list rather than a sorted map, since nearly every text has
   * one or two labels (decoding a plan built a sorted map per text; see benchmarks/README.md).
   */
  private final ImmutableList<Label> labels;

  private LocalizedText(ImmutableList<Label> labels) {
    checkArgument(!labels.isEmpty(), "a localized text needs at least one label");
    this.labels = labels;
  }

  /**
   * Returns a text with one official label that names no source.
   *
   * @param languageTag the language
   * @param text the text, not blank
   * @return the localized text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static LocalizedText of(LanguageTag languageTag, String text) {
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
    requireNonNull(first, "label");
    switch (more.length) {
      case 0: // most texts have one label or two: no builder for those
        return new LocalizedText(ImmutableList.of(first));
      case 1:
        Label second = requireNonNull(more[0], "label");
        LanguageTag tag = second.languageTag();
        checkArgument(!first.languageTag().equals(tag), "two labels for language '%s': %s and %s", tag, first,
            second);
        return new LocalizedText(Builder.inOrder(first, second) ? ImmutableList.of(first, second)
            : ImmutableList.of(second, first));
      default:
        return builder().add(first).addAll(ImmutableList.copyOf(more)).build();
    }
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
   * Returns the language tags present, in order.
   *
   * @return the tags, never empty
   */
  public ImmutableSortedSet<LanguageTag> languages() {
    ImmutableSortedSet.Builder<LanguageTag> tags = ImmutableSortedSet.naturalOrder();
    for (Label label : labels) {
      tags.add(label.languageTag());
    }
    return tags.build();
  }

  /** The label of exactly this tag, or null. */
  private Label get(LanguageTag tag) {
    int i = ceiling(tag);
    if (i < labels.size()) {
      Label label = labels.get(i);
      if (label.languageTag().equals(tag)) {
        return label;
      }
    }
    return null;
  }

  /** The index of the first label whose tag is not before this one, or the number of labels. */
  private int ceiling(LanguageTag tag) {
    return ceiling(tag.toString());
  }

  /** The index of the first label whose canonical tag is not before this text, or the number of labels. */
  private int ceiling(String tag) {
    int size = labels.size();
    if (size <= LINEAR) {
      int i = 0;
      while (i < size && labels.get(i).languageTag().toString().compareTo(tag) < 0) {
        i++;
      }
      return i;
    }
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (labels.get(middle).languageTag().toString().compareTo(tag) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Returns the label for exactly this language tag, without fallback.
   *
   * @param languageTag the language
   * @return the label, or empty if there is none for that exact tag
   * @throws NullPointerException if the tag is null
   */
  public Optional<Label> label(LanguageTag languageTag) {
    return Optional.ofNullable(get(requireNonNull(languageTag, "languageTag")));
  }

  /**
   * Returns the label that best fits the language, following {@link #fallbackChain(LanguageTag)}, with the
   * language asked for: whether the label is {@link ResolvedLabel#isExact() exactly} that tag, or the
   * {@link ResolvedLabel#isSameScript() same language and script}, or a {@link ResolvedLabel#isFallback()
   * fallback}. Since a localized text always has a label, this never fails.
   *
   * @param languageTag the language asked for
   * @return the best label and the tag asked for
   * @throws NullPointerException if the tag is null
   */
  public ResolvedLabel resolve(LanguageTag languageTag) {
    return ResolvedLabel.of(languageTag, best(languageTag));
  }

  /**
   * Returns {@link #resolve(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return the best label and the tag asked for
   * @throws NullPointerException if the locale is null
   */
  public ResolvedLabel resolve(Locale locale) {
    return resolve(LanguageTag.of(locale));
  }

  /** The label that best fits the tag (the fallback chain). */
  private Label best(LanguageTag languageTag) {
    if (labels.size() == 1 && labels.get(0).languageTag().equals(languageTag)) {
      return labels.get(0);
    }
    for (LanguageTag tag : fallbackChain(languageTag)) {
      if (tag.toString().equals(languageTag.language()) && !tag.isSameLanguageAndScript(languageTag)) {
        // before the bare language, when it implies another script: a label in the script asked for, such as
        // zh-TW for zh-Hant (zh is Simplified)
        for (Label any : labels) {
          if (any.languageTag().isSameLanguageAndScript(languageTag)) {
            return any;
          }
        }
      }
      Label label = get(tag);
      if (label != null) {
        return label;
      }
      String canonical = tag.toString();
      if (canonical.indexOf('-') < 0) {
        // any label of the same language, such as en-GB for en: the first in tag order
        String prefix = canonical + "-";
        int i = ceiling(prefix);
        if (i < labels.size() && labels.get(i).languageTag().toString().startsWith(prefix)) {
          return labels.get(i);
        }
      }
    }
    return labels.get(0);
  }

  /**
   * Returns the text of the label {@link #resolve(LanguageTag)} gives.
   *
   * @param languageTag the language asked for
   * @return the text of the best label
   * @throws NullPointerException if the tag is null
   */
  public String text(LanguageTag languageTag) {
    return best(requireNonNull(languageTag, "languageTag")).text();
  }

  /**
   * Returns {@link #text(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return the text of the best label
   * @throws NullPointerException if the locale is null
   */
  public String text(Locale locale) {
    return text(LanguageTag.of(locale));
  }

  /**
   * Returns whether the text has a label in the language asked for: the same language in the same
   * {@link LanguageTag#script() script}, whatever its region ({@link LanguageTag#isSameLanguageAndScript}). A
   * text with only {@code zh} (Simplified) does not have {@code zh-Hant-TW}, though {@link #resolve} falls back
   * to it; one with {@code zh-Hant} does, and one with {@code en} has {@code en-GB}.
   *
   * @param languageTag the language asked for
   * @return whether the text is available in that language and script
   * @throws NullPointerException if the tag is null
   */
  public boolean hasLanguage(LanguageTag languageTag) {
    requireNonNull(languageTag, "languageTag");
    for (Label label : labels) {
      if (label.languageTag().isSameLanguageAndScript(languageTag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@link #hasLanguage(LanguageTag)} for the locale's tag; a convenience.
   *
   * @param locale the wanted locale
   * @return whether the text is available in that language and script
   * @throws NullPointerException if the locale is null
   */
  public boolean hasLanguage(Locale locale) {
    return hasLanguage(LanguageTag.of(locale));
  }

  /**
   * Returns the language tags tried, in order, when a label for the tag is wanted. For a tag with language
   * {@code L}, script {@code S} and region {@code R} the chain is:
   *
   * <ol>
   *   <li>{@code L-S-R}, {@code L-S}, {@code L-R}, {@code L} (the ones that apply, variants and extensions
   *       ignored); for Chinese without a script, the script is inferred from the region ({@code Hant} for
   *       TW, HK and MO, {@code Hans} otherwise), so {@code zh-TW} tries {@code zh-Hant-TW} and
   *       {@code zh-Hant};
   *   <li>before step {@code L} of the language asked for, when {@code L} alone implies another script, any
   *       label in the language and script asked for, the first in tag order (so {@code zh-Hant} finds
   *       {@code zh-TW} before {@code zh}, which is Simplified), and at step
   *       {@code L}, also any label of language {@code L} with a script or region, the first in tag order (so
   *       {@code en} finds {@code en-GB});
   *   <li>{@link #DEFAULT_LANGUAGE} ({@code en}), then likewise any {@code en-*};
   *   <li>finally the first label in language-tag order.
   * </ol>
   *
   * <p>So {@code zh-Hant-TW} tries {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh-TW}, {@code zh},
   * {@code en}. The last step is not listed in the result.
   *
   * @param languageTag the language asked for
   * @return the tags tried, most specific first, without duplicates
   * @throws NullPointerException if the tag is null
   */
  public static ImmutableList<LanguageTag> fallbackChain(LanguageTag languageTag) {
    requireNonNull(languageTag, "languageTag");
    Set<LanguageTag> chain = new LinkedHashSet<>();
    String language = languageTag.language();
    if (!language.equals("und")) {
      String script = languageTag.hasExplicitScript() || language.equals("zh") && languageTag.region().isPresent()
          ? languageTag.script().orElse("") : "";
      String region = languageTag.region().orElse("");
      if (!script.isEmpty() && !region.isEmpty()) {
        chain.add(LanguageTag.of(language + "-" + script + "-" + region));
      }
      if (!script.isEmpty()) {
        chain.add(LanguageTag.of(language + "-" + script));
      }
      if (!region.isEmpty()) {
        chain.add(LanguageTag.of(language + "-" + region));
      }
      chain.add(LanguageTag.of(language));
    }
    chain.add(DEFAULT_LANGUAGE);
    return ImmutableList.copyOf(chain);
  }

  /**
   * Returns {@link #fallbackChain(LanguageTag)} for the locale's tag; a convenience. A locale that is not a
   * valid tag (an unknown two-letter language) is asked for as its language's chain would be, which is
   * {@code en} alone.
   *
   * @param locale the wanted locale
   * @return the tags tried, most specific first, without duplicates
   * @throws NullPointerException if the locale is null
   */
  public static ImmutableList<LanguageTag> fallbackChain(Locale locale) {
    requireNonNull(locale, "locale");
    LanguageTag tag;
    try {
      tag = LanguageTag.of(locale);
    } catch (IllegalArgumentException e) {
      tag = LanguageTag.UNDETERMINED;
    }
    return fallbackChain(tag);
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
    int i = ceiling(label.languageTag());
    boolean replaces = i < labels.size() && labels.get(i).languageTag().equals(label.languageTag());
    ImmutableList.Builder<Label> copy = ImmutableList.builderWithExpectedSize(labels.size() + 1);
    copy.addAll(labels.subList(0, i)).add(label).addAll(labels.subList(replaces ? i + 1 : i, labels.size()));
    return new LocalizedText(copy.build());
  }

  /**
   * Returns this text without the label of the given language tag, if it has one.
   *
   * @param languageTag the language
   * @return the new text
   * @throws NullPointerException if the tag is null
   * @throws IllegalArgumentException if the label is the only one
   */
  public LocalizedText without(LanguageTag languageTag) {
    LanguageTag tag = requireNonNull(languageTag, "languageTag");
    if (get(tag) == null) {
      return this;
    }
    checkArgument(labels.size() > 1, "cannot remove the only label '%s'", tag);
    int i = ceiling(tag);
    ImmutableList.Builder<Label> copy = ImmutableList.builderWithExpectedSize(labels.size() - 1);
    return new LocalizedText(copy.addAll(labels.subList(0, i)).addAll(labels.subList(i + 1, labels.size()))
        .build());
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

  /**
   * Returns the hash code of the labels as a map from language tag to label would have it.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int hash = 0;
    for (Label label : labels) {
      hash += label.languageTag().hashCode() ^ label.hashCode();
    }
    return hash;
  }

  /**
   * Returns a debugging form listing the labels, such as {@code [en="Vision", zh="愿景" (quoted: seed 004)]}.
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
    /** Above this many labels, a repeated tag is found with a hash map rather than one by one. */
    private static final int SCAN = 8;

    private Label[] labels = new Label[2];
    private int size;
    private Map<LanguageTag, Label> byTag;

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
      LanguageTag tag = label.languageTag();
      Label previous = null;
      if (byTag != null) {
        previous = byTag.putIfAbsent(tag, label);
      } else {
        for (int i = 0; i < size && previous == null; i++) {
          if (labels[i].languageTag().equals(tag)) {
            previous = labels[i];
          }
        }
      }
      checkArgument(previous == null, "two labels for language '%s': %s and %s", tag, previous, label);
      if (size == labels.length) {
        labels = Arrays.copyOf(labels, size * 2);
      }
      labels[size++] = label;
      if (byTag == null && size > SCAN) {
        byTag = new HashMap<>();
        for (int i = 0; i < size; i++) {
          byTag.put(labels[i].languageTag(), labels[i]);
        }
      }
      return this;
    }

    /**
     * Adds an official label that names no source.
     *
     * @param languageTag the language
     * @param text the text, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is blank, or for a repeated tag
     */
    public Builder add(LanguageTag languageTag, String text) {
      return add(Label.official(languageTag, text));
    }

    /**
     * Adds a label with a provenance and a source.
     *
     * @param languageTag the language
     * @param text the text, not blank
     * @param provenance where the words come from
     * @param source a short citation of the source, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link Label#of(LanguageTag, String, Provenance, String)}, or for a
     *     repeated tag
     */
    public Builder add(LanguageTag languageTag, String text, Provenance provenance, String source) {
      return add(Label.of(languageTag, text, provenance, source));
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
      return size == 0;
    }

    /**
     * Builds the text.
     *
     * @return the localized text
     * @throws IllegalArgumentException if no label was added
     */
    public LocalizedText build() {
      switch (size) {
        case 0:
          return new LocalizedText(ImmutableList.of());
        case 1:
          return new LocalizedText(ImmutableList.of(labels[0]));
        case 2:
          return new LocalizedText(inOrder(labels[0], labels[1]) ? ImmutableList.of(labels[0], labels[1])
              : ImmutableList.of(labels[1], labels[0]));
        default:
          Label[] sorted = Arrays.copyOf(labels, size);
          Arrays.sort(sorted, BY_TAG);
          return new LocalizedText(ImmutableList.copyOf(sorted));
      }
    }

    private static boolean inOrder(Label a, Label b) {
      return a.languageTag().compareTo(b.languageTag()) < 0;
    }
  }

  /** Labels by tag; a class, not a lambda, so that the first text built spins no lambda (first use). */
  private static final Comparator<Label> BY_TAG = new ByTag();

  private static final class ByTag implements Comparator<Label> {
    @Override
    public int compare(Label a, Label b) {
      return a.languageTag().compareTo(b.languageTag());
    }
  }
}
