package org.ifla.strategy.alignment;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * Tells whether a title written in a plan is an element's title: tolerant of case, punctuation, British and
 * American spelling, a leading number, function words and small word changes, not of a different title.
 * Internal.
 *
 * <p>Both titles are reduced to content words (lower case, spelling normalized, function words and plural
 * endings removed). They match when the Dice coefficient of the two word multisets is at least
 * {@value #THRESHOLD}, or when one has at least three words and all of them are in the other (an abbreviated
 * title). Chinese and other unspaced text is compared character by character.
 */
final class TitleMatcher {
  static final double THRESHOLD = 0.7;
  private static final Pattern LEADING_NUMBER = Pattern.compile(
      "^\\s*(?:(?:ifla(?:'s|’s)?\\s+)?(?:strategic\\s+direction|key\\s+initiative|impact\\s+area|sd|ki|ia)\\s*)?"
          + "(?:#\\s*)?\\d+(?:\\.\\d+)*\\s*[:.\\-–—)]?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of(
      "a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "as", "its", "their", "our",
      "that", "which", "is", "are", "be", "or", "&");

  private TitleMatcher() {}

  /** Returns the best similarity, from 0 to 1, of the stated title to any label of the element title. */
  static double similarity(String stated, LocalizedText title) {
    for (Label label : title.labels()) {
      // the title word for word, as most plans state it: the same words, so 1 (or 0 when it has no words)
      if (label.text().equals(stated) && !labelWords(stated).isEmpty()) {
        return 1.0;
      }
    }
    double best = 0;
    ImmutableList<String> x = words(stated);
    for (Label label : title.labels()) {
      best = Math.max(best, similarity(x, labelWords(label.text())));
    }
    return best;
  }

  /**
   * The words of element titles already reduced: the same few dozen titles are compared with every stated
   * title, and reducing them again each time was most of validation (see benchmarks/README.md). Bounded, so
   * that many user-defined editions cannot fill it.
   */
  private static final ConcurrentHashMap<String, ImmutableList<String>> LABEL_WORDS = new ConcurrentHashMap<>();
  private static final int LABEL_WORDS_LIMIT = 4096;

  private static ImmutableList<String> labelWords(String text) {
    ImmutableList<String> known = LABEL_WORDS.get(text);
    if (known != null) {
      return known;
    }
    ImmutableList<String> words = words(text);
    if (LABEL_WORDS.size() < LABEL_WORDS_LIMIT) {
      LABEL_WORDS.putIfAbsent(text, words);
    }
    return words;
  }

  static boolean matches(String stated, LocalizedText title) {
    return similarity(stated, title) >= THRESHOLD;
  }

  static double similarity(String a, String b) {
    return similarity(words(a), words(b));
  }

  private static double similarity(ImmutableList<String> x, ImmutableList<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Multiset<String> mx = HashMultiset.create(x);
    Multiset<String> my = HashMultiset.create(y);
    int common = Multisets.intersection(mx, my).size();
    if ((x.size() >= 3 && common == x.size()) || (y.size() >= 3 && common == y.size())) {
      return 1.0;
    }
    return 2.0 * common / (x.size() + y.size());
  }

  static ImmutableList<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'');
    s = LEADING_NUMBER.matcher(s).replaceFirst("");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String word : WORD_SPLIT.split(s)) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.codePoints().anyMatch(TitleMatcher::isIdeographic)) {
        word.codePoints().filter(cp -> Character.isLetterOrDigit(cp))
            .forEach(cp -> out.add(new String(Character.toChars(cp))));
        continue;
      }
      if (!FUNCTION_WORDS.contains(word)) {
        out.add(stem(word));
      }
    }
    return out.build();
  }

  private static boolean isIdeographic(int cp) {
    if (cp < 0x0E00) {
      return false; // below Thai, the first of these scripts: no need to look the script up
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
  }

  /** British to American spelling, then a light plural stem. */
  private static String stem(String word) {
    // Suffix by suffix, in this order; plain string operations, since a regex per suffix (replaceFirst) made
    // matching titles the bulk of validation (see benchmarks/README.md).
    String w = word;
    w = suffix(suffix(suffix(suffix(suffix(suffix(w, "isation", "ization"), "isations", "izations"),
        "ise", "ize"), "ised", "ized"), "ises", "izes"), "ising", "izing");
    if (w.length() >= 6) {
      w = suffix(suffix(suffix(suffix(w, "our", "or"), "ours", "ors"), "tre", "ter"), "tres", "ters");
    }
    w = suffix(suffix(w, "amme", "am"), "ammes", "ams");
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The word with the suffix replaced, or the word as it is when it does not end with the suffix. */
  private static String suffix(String word, String suffix, String replacement) {
    return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) + replacement : word;
  }
}
