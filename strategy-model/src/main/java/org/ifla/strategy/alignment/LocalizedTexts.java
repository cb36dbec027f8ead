package org.ifla.strategy.alignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collector;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/** Small operations on texts for the messages of findings. Internal. */
final class LocalizedTexts {
  private LocalizedTexts() {}

  /**
   * Joins texts with a separator: a label for every language any of them has, each text rendered in it (with
   * its fallback where it lacks the language).
   */
  static Collector<LocalizedText, ?, LocalizedText> joining(String separator) {
    return Collector.<LocalizedText, List<LocalizedText>, LocalizedText>of(ArrayList::new, List::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        list -> {
          Set<LanguageTag> languages = new LinkedHashSet<>();
          list.forEach(t -> languages.addAll(t.languages()));
          LocalizedText.Builder out = LocalizedText.builder();
          for (LanguageTag tag : languages) {
            StringBuilder joined = new StringBuilder();
            for (LocalizedText t : list) {
              joined.append(joined.length() == 0 ? "" : separator).append(t.text(tag));
            }
            out.add(Label.official(tag, joined.toString()));
          }
          return out.isEmpty() ? LocalizedText.of(LanguageTag.UNDETERMINED, "") : out.build();
        });
  }

  /** The text cut to at most {@code max} characters (not splitting a surrogate pair), marked "…" where cut. */
  static LocalizedText shortened(LocalizedText text, int max) {
    LocalizedText.Builder out = LocalizedText.builder();
    for (Label label : text.labels()) {
      String s = label.text();
      if (s.codePointCount(0, s.length()) > max) {
        s = s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
      }
      out.add(label.withText(s));
    }
    return out.build();
  }
}
