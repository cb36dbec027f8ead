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
    requireNonNull(first, "label");
    switch (more.length) {
      case 0: // most texts have one label or two: no builder for those
        return new LocalizedText(ImmutableList.of(first));
      case 1:
        Label second = requireNonNull(more[0], "label");
        String tag = second.languageTag();
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
   * Returns the canonical language tags present, in order.
   *
   * @return the tags, never empty
   */
  public ImmutableSortedSet<String> languages() {
    ImmutableSortedSet.Builder<String> tags = ImmutableSortedSet.naturalOrder();
    for (Label label : labels) {
      tags.add(label.languageTag());
    }
    return tags.build();
  }

  /** The label of exactly this canonical tag, or null. */
  private Label get(String tag) {
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
  private int ceiling(String tag) {
    int size = labels.size();
    if (size <= LINEAR) {
      int i = 0;
      while (i < size && labels.get(i).languageTag().compareTo(tag) < 0) {
        i++;
      }
      return i;
    }
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (labels.get(middle).languageTag().compareTo(tag) < 0) {
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
   * @param languageTag a well-formed BCP 47 language tag, in any letter case
   * @return the label, or empty if there is none for that exact tag
   * @throws NullPointerException if the tag is null
   * @throws IllegalArgumentException if the tag is ill-formed
   */
  public Optional<Label> label(String languageTag) {
    return Optional.ofNullable(get(LanguageTags.canonical(languageTag)));
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
    for (String tag : fallbackChain(locale)) {
      Label label = get(tag);
      if (label != null) {
        return label;
      }
      if (tag.indexOf('-') < 0) {
        // any label of the same language, such as en-GB for en: the first in tag order
        String prefix = tag + "-";
        int i = ceiling(prefix);
        if (i < labels.size() && labels.get(i).languageTag().startsWith(prefix)) {
          return labels.get(i);
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
    int i = ceiling(label.languageTag());
    boolean replaces = i < labels.size() && labels.get(i).languageTag().equals(label.languageTag());
    ImmutableList.Builder<Label> copy = ImmutableList.builderWithExpectedSize(labels.size() + 1);
    copy.addAll(labels.subList(0, i)).add(label).addAll(labels.subList(replaces ? i + 1 : i, labels.size()));
    return new LocalizedText(copy.build());
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
    /** Above this many labels, a repeated tag is found with a hash map rather than one by one. */
    private static final int SCAN = 8;

    private Label[] labels = new Label[2];
    private int size;
    private Map<String, Label> byTag;

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
      String tag = label.languageTag();
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
