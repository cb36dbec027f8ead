package org.ifla.strategy.format;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.text.Label;

/**
 * The element numbers and titles of the bundled editions, so that a plan's stated number or title that is
 * word for word the bundled one shares the bundled string instead of holding a copy of it: a corpus of plans
 * cites the same few dozen titles thousands of times (see benchmarks/README.md, group 5). Equal strings are
 * interchangeable, so nothing a caller sees changes. Loaded with the bundled editions, on first use.
 */
final class BundledTexts {
  private BundledTexts() {}

  private static final class Holder {
    static final ImmutableMap<String, String> TEXTS = load();
    /** The same texts, found by the parser's characters; a text the table cannot place is still in the map. */
    static final KnownTexts<String> KNOWN = known(TEXTS);
  }

  /** Returns the bundled string equal to the text, or the text itself when no bundled number or title is. */
  static String shared(String text) {
    String bundled = Holder.TEXTS.get(text);
    return bundled != null ? bundled : text;
  }

  /**
   * Reads a text ({@link Input#text(String)}) that is often a bundled number or title, and returns the bundled
   * string when it is one: found by the parser's characters, without making the text.
   */
  static String read(Input in, String what) throws IOException {
    String bundled = in.known(Holder.KNOWN);
    return bundled != null ? bundled : shared(in.text(what));
  }

  private static KnownTexts<String> known(Map<String, String> texts) {
    int bits = 4;
    while ((1 << bits) < 4 * texts.size() && bits < 16) {
      bits++;
    }
    int longest = 0;
    for (String text : texts.keySet()) {
      longest = Math.max(longest, text.length());
    }
    KnownTexts<String> known = new KnownTexts<>(bits, longest);
    for (String text : texts.values()) {
      known.remember(text, text);
    }
    return known;
  }

  private static ImmutableMap<String, String> load() {
    Map<String, String> texts = new HashMap<>();
    for (StrategyEdition edition : IflaStrategies.all()) {
      for (StrategyElement element : edition.elements()) {
        element.number().ifPresent(n -> texts.putIfAbsent(n, n));
        for (Label label : element.title().labels()) {
          texts.putIfAbsent(label.text(), label.text());
        }
      }
    }
    return ImmutableMap.copyOf(texts);
  }
}
