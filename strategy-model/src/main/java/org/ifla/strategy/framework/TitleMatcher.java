package org.ifla.strategy.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * Tells whether a title someone wrote (beside a number in a plan, a blog post, a citation) is an element's
 * title: tolerant of case, punctuation, British and American spelling, a leading number, function words, a
 * trailing "etc." and a cut-off end, not of another title. The {@code stated-title-mismatch} rule and the citation
 * resolver ({@code org.ifla.strategy.citation}) use this one matcher, so they agree.
 *
 * <p>Both titles are reduced to content words ({@link #words(String)}: lower case, spelling made American,
 * function words such as {@code the}, {@code of}, {@code and}, {@code in}, {@code our} and plural endings removed,
 * a leading number removed; Chinese and other unspaced text character by character). A final {@code etc} (or
 * {@code 等}) is dropped. With S the stated title's words and T the element's:
 * <ol>
 *   <li><b>The same title</b> ({@link Fit#SAME}, similarity 1): S and T are the same words, counted as
 *       multisets (order aside). {@code OPTIMIZE our organization!} is {@code Optimise our Organisation};
 *       {@code Build strong presence in the international organizations and in meetings as valued partner} is
 *       2019-2024's 1.2.
 *   <li><b>A short or loose form of it</b> ({@link Fit#SHORT_FORM}, similarity from {@value #THRESHOLD} up to,
 *       not including, 1):
 *       <ul>
 *         <li>a cut-off end: one is the start of the other, word for word, its last word possibly cut short
 *             (to three letters or more; from four, its last letter may differ, as stemming a cut word may
 *             change it: {@code activiti...} for {@code activities}), and it keeps at least two words and at least
 *             half of the other's:
 *             {@code Shape public opinion and debate around open access} and {@code Shape public opinion and
 *             deb} for 2019-2024's 1.4;
 *         <li>an abbreviation: one has at least three words, all of them in the other (as multisets):
 *             {@code Build a strong presence in organizations} for 1.2, or, the other way round, the title with
 *             words added: {@code Build a strong presence in international organizations and meetings as a
 *             valued partner of all}.
 *       </ul>
 *   <li><b>Another title</b> ({@link Fit#OTHER}, similarity below {@value #THRESHOLD}): anything else, however
 *       many words the two share. A content word (a verb, a noun) in place of another makes another title:
 *       {@code Supporting reading and literacy...} is not {@code Promoting reading and literacy...}, and
 *       {@code Support virtual networking and collections} is not {@code Support virtual networking and
 *       connections}, though all their other words are the same. Two words of a longer title are not enough
 *       either: {@code International Advocacy} is not {@code Delivering the International Advocacy Programme
 *       (IAP)}.
 * </ol>
 * Two titles match ({@link #matches}) when they are the same or a short form ({@link #fit} tells which). The
 * similarity of a short form is {@value #THRESHOLD} plus 0.3 times the Dice coefficient of the two word multisets,
 * that of another title {@value #THRESHOLD} times it: {@link #bestMatch} ranks the same title first, then short
 * forms by the share of words they keep, and among other titles (for callers that rank them by
 * {@link #similarity(String, LocalizedText)}) the one sharing the most words is nearest.
 *
 * <p>Thread-safe; not instantiable. It remembers the words of the element titles it has seen (at most
 * {@value #LABEL_WORDS_LIMIT} texts), since the same few dozen titles are compared with every stated one.
 */
public final class TitleMatcher {
  /** The least {@linkplain #similarity(String, String) similarity} at which two titles match. */
  public static final double THRESHOLD = 0.7;
  private static final Pattern LEADING_NUMBER = Pattern.compile(
      "^\\s*(?:(?:ifla(?:'s|’s)?\\s+)?(?:strategic\\s+direction|key\\s+initiative|impact\\s+area|sd|ki|ia"
          + "|战略方向|戰略方向|影响领域|影響領域|关键举措|關鍵舉措)\\s*)?"
          + "(?:#\\s*)?\\d+(?:\\.\\d+)*\\s*[:：.\\-–—)]?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of(
      "a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "as", "its", "their", "our",
      "that", "which", "is", "are", "be", "or", "&");
  /**
   * The words of element titles already reduced: reducing them again for every stated title was most of the
   * time of validation (see benchmarks/README.md). Bounded, so that many user-defined editions cannot fill it.
   */
  private static final ConcurrentHashMap<String, ImmutableList<String>> LABEL_WORDS = new ConcurrentHashMap<>();
  private static final int LABEL_WORDS_LIMIT = 4096;

  private TitleMatcher() {}

  /** How a stated title fits an element's title (see the class documentation). */
  public enum Fit {
    /** The same content words: the title, however written. */
    SAME,
    /** A cut-off end, an abbreviation of three words or more, or the title with words added. */
    SHORT_FORM,
    /** Another title. */
    OTHER
  }

  /**
   * Returns how the stated title fits the element's title, by its best label: {@link Fit#SAME} when it is the
   * title however written, {@link Fit#SHORT_FORM} when it matches only as a short or loose form, {@link Fit#OTHER}
   * when it is another title. {@link #matches} is true exactly when this is not {@code OTHER}.
   *
   * @param stated the title as written
   * @param title the element's title
   * @return the fit
   * @throws NullPointerException if an argument is null
   */
  public static Fit fit(String stated, LocalizedText title) {
    double score = similarity(stated, title);
    return score >= 1.0 ? Fit.SAME : score >= THRESHOLD ? Fit.SHORT_FORM : Fit.OTHER;
  }

  /**
   * Returns the best similarity of the stated title to any label (any language) of an element's title.
   *
   * @param stated the title as written; any text, empty included
   * @param title the element's title
   * @return the similarity, from 0 (nothing in common, or no content word) to 1
   * @throws NullPointerException if an argument is null
   */
  public static double similarity(String stated, LocalizedText title) {
    requireNonNull(stated, "stated");
    ImmutableList<Label> labels = title.labels();
    for (int i = 0; i < labels.size(); i++) {
      // the title word for word, as most plans state it: the same words, so 1 (or 0 when it has no words)
      String label = labels.get(i).text();
      if (label.equals(stated)) {
        // the label's own string: an element's, whose hash the look-up has seen before
        return labelWords(label).isEmpty() ? 0 : 1.0;
      }
    }
    return similarity(words(stated), title);
  }

  /** The best similarity of a stated title's words to any label of an element's title. */
  private static double similarity(ImmutableList<String> stated, LocalizedText title) {
    double best = 0;
    for (Label label : title.labels()) {
      best = Math.max(best, similarity(stated, labelWords(label.text())));
    }
    return best;
  }

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

  /**
   * Returns whether the stated title matches a label of the element's title: whether its
   * {@linkplain #similarity(String, LocalizedText) similarity} is at least {@value #THRESHOLD}.
   *
   * @param stated the title as written
   * @param title the element's title
   * @return whether they match
   * @throws NullPointerException if an argument is null
   */
  public static boolean matches(String stated, LocalizedText title) {
    return similarity(stated, title) >= THRESHOLD;
  }

  /**
   * Returns the element whose title the stated title fits best, among the elements of the editions that the
   * filter accepts: the one of highest {@linkplain #similarity(String, LocalizedText) similarity}, if that is at
   * least {@value #THRESHOLD}; of equally good ones, the first in the editions' order and then document order.
   *
   * @param stated the title as written
   * @param editions the editions to look in, in order of preference
   * @param filter which elements may match, such as key initiatives only
   * @return the best fitting element's qualified reference, or empty if no element matches
   * @throws NullPointerException if an argument or an edition is null
   */
  public static Optional<ElementReference> bestMatch(String stated, Iterable<StrategyEdition> editions,
      Predicate<? super StrategyElement> filter) {
    requireNonNull(stated, "stated");
    requireNonNull(filter, "filter");
    ImmutableList<String> words = words(stated);
    ElementReference best = null;
    double bestScore = THRESHOLD;
    for (StrategyEdition edition : requireNonNull(editions, "editions")) {
      for (StrategyElement e : edition.elements()) {
        if (!filter.test(e)) {
          continue;
        }
        double score = similarity(words, e.title());
        if (score >= bestScore && (best == null || score > bestScore)) {
          best = ElementReference.of(edition.id(), e.id());
          bestScore = score;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the similarity of two titles, as the class documentation defines it: 1 for the same title, from
   * {@value #THRESHOLD} (included) to 1 (excluded) for a short form, below {@value #THRESHOLD} for another title.
   * Symmetric.
   *
   * @param a a title
   * @param b another title
   * @return the similarity, from 0 to 1; 0 when either has no content word
   * @throws NullPointerException if an argument is null
   */
  public static double similarity(String a, String b) {
    return similarity(words(a), words(b));
  }

  private static double similarity(ImmutableList<String> a, ImmutableList<String> b) {
    ImmutableList<String> x = withoutEtc(a);
    ImmutableList<String> y = withoutEtc(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = common(x, y);
    if (common == x.size() && common == y.size()) {
      return 1.0;
    }
    double dice = 2.0 * common / (x.size() + y.size());
    boolean shortForm = (x.size() >= 3 && common == x.size()) || (y.size() >= 3 && common == y.size())
        || isCutOff(x, y) || isCutOff(y, x);
    return shortForm ? THRESHOLD + (1 - THRESHOLD) * dice : THRESHOLD * dice;
  }

  /** The words without a final "etc" (or 等). */
  private static ImmutableList<String> withoutEtc(ImmutableList<String> words) {
    int n = words.size();
    return n > 0 && (words.get(n - 1).equals("etc") || words.get(n - 1).equals("等")) ? words.subList(0, n - 1)
        : words;
  }

  /**
   * Whether the words of x are the start of y's, the last possibly cut short (to three letters or more), keeping
   * at least two words and at least half of y's.
   */
  private static boolean isCutOff(ImmutableList<String> x, ImmutableList<String> y) {
    int n = x.size();
    if (n < 2 || n > y.size() || 2 * n < y.size()) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!x.get(i).equals(y.get(i))) {
        return false;
      }
    }
    return isStartOf(x.get(n - 1), y.get(n - 1));
  }

  /**
   * Whether a word is another or its start, of three letters or more: as both are stemmed, the start may differ
   * from the whole in its last letter ("activiti" for "activity", stemmed from "activities") and in s for z
   * ("organisati" for "organization").
   */
  private static boolean isStartOf(String part, String word) {
    if (part.equals(word)) {
      return true;
    }
    String p = part.replace('s', 'z');
    String w = word.replace('s', 'z');
    return p.length() >= 3 && (w.startsWith(p) || (p.length() >= 4 && w.startsWith(p.substring(0, p.length() - 1))));
  }

  /**
   * The number of words the two lists have in common, each word counted as often as it is in both (the size of
   * the intersection of the two multisets). Titles are short: each word of one is looked for in the other,
   * which is cheaper than hashing both; only a title of more than 64 words is counted with multisets.
   */
  private static int common(ImmutableList<String> x, ImmutableList<String> y) {
    int m = y.size();
    if (m > Long.SIZE) {
      Multiset<String> mx = HashMultiset.create(x);
      Multiset<String> my = HashMultiset.create(y);
      return Multisets.intersection(mx, my).size();
    }
    long used = 0; // bit j: word j of y is matched already
    int common = 0;
    for (int i = 0; i < x.size(); i++) {
      String word = x.get(i);
      for (int j = 0; j < m; j++) {
        if ((used & (1L << j)) == 0 && y.get(j).equals(word)) {
          used |= 1L << j;
          common++;
          break;
        }
      }
    }
    return common;
  }

  /**
   * Returns the content words of a title, in order, as they are compared: lower case, British spelling made
   * American, plural endings and function words removed, a leading number ("1.2", "KI 1.2", "Strategic
   * Direction 3:", "战略方向4:") removed; each Chinese (or other unspaced script) character is a word of its own.
   *
   * @param text the title
   * @return the words, possibly empty
   * @throws NullPointerException if the text is null
   */
  public static ImmutableList<String> words(String text) {
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
    String w = word;
    // -isation anywhere (organisational), and -iser(s)
    w = w.replace("isation", "ization");
    w = suffix(w, "iser", "izer");
    w = suffix(w, "isers", "izers");
    w = suffix(w, "ise", "ize");
    w = suffix(w, "ised", "ized");
    w = suffix(w, "ises", "izes");
    w = suffix(w, "ising", "izing");
    if (w.length() >= 6) {
      w = suffix(w, "our", "or");
      w = suffix(w, "ours", "ors");
      w = suffix(w, "tre", "ter");
      w = suffix(w, "tres", "ters");
    }
    w = suffix(w, "amme", "am");
    w = suffix(w, "ammes", "ams");
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The word with an ending replaced, if it has that ending. */
  private static String suffix(String word, String ending, String replacement) {
    return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) + replacement : word;
  }
}
