package org.ifla.strategy.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;
import org.ifla.strategy.text.ResolvedLabel;

/**
 * Marks each label the command line shows with where its words come from: {@code [O1]} for official wording from
 * source 1, {@code [Q2]} quoted from source 2, {@code [R3]} rendered (source 3 says by whom), and after the mark
 * the language shown when it is not the one asked for ({@code [Q2 zh]}). The marks and the legend are in the
 * language of the words ({@code [官1]}, {@code [引2]}, {@code [译3]} in Chinese). Not thread-safe: one per run.
 */
final class LabelMarks {
  private final CliText words;
  /** The sources named so far, numbered from 1 in the order first shown. */
  private final Map<String, Integer> sources = new LinkedHashMap<>();
  private boolean fallback;

  LabelMarks(CliText words) {
    this.words = words;
  }

  /** The text in the language (with fallback), followed by its mark. */
  String text(LocalizedText text, LanguageTag language) {
    ResolvedLabel resolved = text.resolve(language);
    Label label = resolved.label();
    StringBuilder mark = new StringBuilder(mark(label.provenance()));
    label.source().ifPresent(s -> mark.append(sources.computeIfAbsent(s, k -> sources.size() + 1)));
    if (resolved.isFallback()) {
      fallback = true;
      mark.append(' ').append(resolved.served());
    }
    return label.text() + " [" + mark + "]";
  }

  private String mark(Provenance provenance) {
    return words.get("mark." + provenance.name().toLowerCase(Locale.ROOT));
  }

  /** Prints what the marks mean, and the sources the shown labels named. */
  void legend(PrintWriter out) {
    for (Provenance p : Provenance.values()) {
      out.println(words.get("legend." + p.name().toLowerCase(Locale.ROOT), mark(p)));
    }
    if (fallback) {
      out.println(words.get("legend.fallback"));
    }
    if (!sources.isEmpty()) {
      out.println(words.get("legend.sources"));
      sources.forEach((source, n) -> out.println(words.get("legend.source", String.format(Locale.ROOT, "%2d", n),
          source)));
    }
  }
}
