package org.ifla.strategy.citation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ifla.strategy.framework.ElementKind;
import org.immutables.value.Value;

/**
 * A citation of a strategy element as written in free text, before it is resolved against an edition: where
 * it is in the text, the number it gives, the kind of element it names and the title stated after the number.
 *
 * <p>The forms read, in English and Chinese, with or without a space before the number and with an optional
 * {@code #}:
 * <ul>
 *   <li>a key initiative by its number: {@code 1.2}, {@code KI 1.2}, {@code Key Initiative 1.2},
 *       {@code 关键举措 1.2} ({@code 關鍵舉措});
 *   <li>a key initiative by its area and its place in it: {@code Strategic Direction 3, Key Initiative 2},
 *       {@code SD3 KI2}, {@code Impact Area 1, Key Initiative 2}, {@code 战略方向 3，关键举措 2};
 *   <li>a strategic direction: {@code Strategic Direction 4}, {@code SD4}, {@code 战略方向 4} ({@code 戰略方向});
 *   <li>an impact area: {@code Impact Area 02}, {@code IA2}, {@code 影响领域 2} ({@code 影響領域}).
 * </ul>
 * Words are matched ignoring case; an English word or a bare number must not be glued to a preceding letter
 * or digit ({@code USD4}, {@code v1.2}, {@code 11.2.3} and {@code 3.25} are not citations). Numbers are kept
 * without leading zeros ({@code 02} is {@code 2}).
 *
 * <p>A stated title is the rest of the sentence after the number: up to the end of the line, a tab, a sentence
 * end ({@code . ! ? ; 。 ！ ？ ；}), an ellipsis, the closing quote of a quoted title, or the next citation. It is
 * taken only if it is separated from the number by white space, a colon or a dash, starts with a capital letter
 * or a Chinese character (or with any letter after a colon or dash: {@code KI 2.1: shape...}), and is at most
 * {@value #MAX_TITLE_LENGTH} characters long (a longer text is a description, not a title). A full stop right
 * after the number ends the sentence: {@code KI 1.2. Build} states no title.
 *
 * <p>{@link #toString()} is {@link #text()}, which {@link #parse(CharSequence)} reads back to an equal citation
 * but for its span. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Citation {
  /** The longest stated title taken, in UTF-16 code units. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** White space, no-break spaces included. */
  private static final String WS = "[\\s\\h]";
  private static final String LATIN_START = "(?<![\\p{L}\\p{N}])";
  private static final String KI_WORD =
      "(?:" + LATIN_START + "(?:key" + WS + "++initiatives?|ki)|关键举措|關鍵舉措)";
  // Possessive quantifiers (*+) keep matching linear on long runs of white space.
  private static final String NUMBER_PREFIX = WS + "*+(?:#" + WS + "*+)?";
  private static final Pattern CITATION = Pattern.compile(
      // A strategic direction or an impact area, possibly followed by a key initiative's place in it.
      "(?:" + LATIN_START + "(?:(?<sd>strategic" + WS + "++directions?|sd)|(?<ia>impact" + WS + "++areas?|ia))"
          + "|(?<sdzh>战略方向|戰略方向)|(?<iazh>影响领域|影響領域))"
          + NUMBER_PREFIX + "(?<area>\\d{1,2})(?!\\d|\\.\\d)"
          + "(?:" + WS + "*+[,，;；、.]?" + WS + "*+(?:and" + WS + "++)?" + KI_WORD + NUMBER_PREFIX
          + "(?<place>\\d{1,2})(?!\\d|\\.\\d))?"
          // A key initiative by its number, with the word.
          + "|" + KI_WORD + NUMBER_PREFIX + "(?<ki>\\d{1,2}\\.\\d{1,2})(?!\\d|[.,]\\d)"
          // A bare number.
          + "|(?<![\\p{L}\\p{N}.,#])(?<bare>[1-9]\\.[1-9])(?!\\d|[.,]\\d|" + WS + "*%)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A separator after which a title may start with a small letter. */
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\h*[:：\\-–—]\\h*");
  private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\h*(?:\\)\\h*)?");
  private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");
  private static final String QUOTES = "\"'“”‘’「」『』«»";

  Citation() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the citations in a text, in the order they appear, without overlap. Never fails on the text: a text
   * without citations gives an empty list.
   *
   * @param text any text
   * @return the citations found, possibly none
   * @throws NullPointerException if the text is null
   */
  public static ImmutableList<Citation> findAll(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    List<MatchSpan> numbers = new ArrayList<>();
    Matcher m = CITATION.matcher(s);
    while (m.find()) {
      numbers.add(new MatchSpan(m));
    }
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    for (int i = 0; i < numbers.size(); i++) {
      int limit = i + 1 < numbers.size() ? numbers.get(i + 1).start : s.length();
      out.add(numbers.get(i).citation(s, limit));
    }
    return out.build();
  }

  /**
   * Reads a text that is one citation and nothing else (surrounding white space and a final full stop aside),
   * such as {@code KI 1.2 Build a strong presence} or {@code Impact Area 02}.
   *
   * @param text the citation
   * @return the citation, spanning the text's citation from its start
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not exactly one citation
   */
  public static Citation parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    String core = s.strip();
    if (core.endsWith(".") || core.endsWith("。")) {
      core = core.substring(0, core.length() - 1).stripTrailing();
    }
    ImmutableList<Citation> found = findAll(core);
    checkArgument(!found.isEmpty(), "not a citation: '%s'", s);
    checkArgument(found.size() == 1, "more than one citation in '%s'", s);
    Citation only = found.get(0);
    checkArgument(only.start() == 0 && only.end() == core.length(), "not a citation alone: '%s'", s);
    return only;
  }

  /**
   * Returns the citation as written: the number with its words and the stated title, if any.
   *
   * @return the text, never empty
   */
  public abstract String text();

  /**
   * Returns where the citation starts in the text it was found in.
   *
   * @return the index of its first character
   */
  public abstract int start();

  /**
   * Returns where the citation ends in the text it was found in.
   *
   * @return the index after its last character; {@code end() - start()} is the length of {@link #text()}
   */
  public abstract int end();

  /**
   * Returns the number cited, without leading zeros: {@code 1.2} for a key initiative (also when written
   * {@code Strategic Direction 1, Key Initiative 2}), {@code 4} for an area.
   *
   * @return the number
   */
  public abstract String number();

  /**
   * Returns the kind of element cited: {@link ElementKind#KEY_INITIATIVE},
   * {@link ElementKind#STRATEGIC_DIRECTION} or {@link ElementKind#IMPACT_AREA}.
   *
   * @return the kind
   */
  public abstract ElementKind kind();

  /**
   * Returns the kind of area the citation names with a word: {@code STRATEGIC_DIRECTION} for
   * {@code SD4} and {@code Strategic Direction 3, Key Initiative 2}, {@code IMPACT_AREA} for {@code IA2}.
   *
   * @return the area's kind, or empty for a key initiative cited by its number alone ({@code KI 1.2},
   *     {@code 1.2})
   */
  public abstract Optional<ElementKind> areaKind();

  /**
   * Returns the title written after the number, stripped of surrounding white space, quotes and punctuation,
   * each run of white space (no-break spaces included) made one space.
   *
   * @return the stated title, or empty if none is written
   */
  public abstract Optional<String> statedTitle();

  @Value.Check
  void check() {
    checkState(start() >= 0 && end() - start() == text().length() && !text().isEmpty(),
        "citation '%s' has an inconsistent span %s-%s", text(), start(), end());
    checkState(kind() == ElementKind.KEY_INITIATIVE || kind() == ElementKind.STRATEGIC_DIRECTION
        || kind() == ElementKind.IMPACT_AREA, "a citation cannot cite a %s", kind());
    checkState(areaKind().isEmpty() || areaKind().get().isArea(), "not an area kind: %s", areaKind());
  }

  /**
   * Returns {@link #text()}.
   *
   * @return the citation as written
   */
  @Override
  public String toString() {
    return text();
  }

  /** One match of the number pattern. */
  private static final class MatchSpan {
    final int start;
    final int end;
    final String number;
    final ElementKind kind;
    final ElementKind areaKind;

    MatchSpan(Matcher m) {
      start = m.start();
      end = m.end();
      if (m.group("area") != null) {
        areaKind = m.group("sd") != null || m.group("sdzh") != null
            ? ElementKind.STRATEGIC_DIRECTION : ElementKind.IMPACT_AREA;
        String area = strip(m.group("area"));
        if (m.group("place") != null) {
          number = area + "." + strip(m.group("place"));
          kind = ElementKind.KEY_INITIATIVE;
        } else {
          number = area;
          kind = areaKind;
        }
      } else {
        String ki = m.group("ki") != null ? m.group("ki") : m.group("bare");
        int dot = ki.indexOf('.');
        number = strip(ki.substring(0, dot)) + "." + strip(ki.substring(dot + 1));
        kind = ElementKind.KEY_INITIATIVE;
        areaKind = null;
      }
    }

    private static String strip(String digits) {
      return digits.replaceFirst("^0+(?=\\d)", "");
    }

    Citation citation(String s, int limit) {
      int titleEnd = end;
      String title = null;
      Matcher strong = STRONG_SEPARATOR.matcher(s).region(end, limit);
      boolean strongSeparator = strong.lookingAt();
      int from = strongSeparator ? strong.end() : end;
      if (!strongSeparator) {
        Matcher weak = WEAK_SEPARATOR.matcher(s).region(end, limit);
        if (weak.lookingAt()) {
          from = weak.end();
        }
      }
      int first = from;
      while (first < limit && QUOTES.indexOf(s.charAt(first)) >= 0) {
        first++;
      }
      if (first < limit && (from > end || strongSeparator) && startsTitle(s.codePointAt(first), strongSeparator)) {
        int stop = sentenceEnd(s, from, limit);
        if (first > from) {
          // A quoted title ends at the closing quote.
          for (int i = first; i < stop; i++) {
            if (QUOTES.indexOf(s.charAt(i)) >= 0) {
              stop = i + 1;
              break;
            }
          }
        }
        String raw = s.substring(from, stop);
        String trimmed = trim(raw);
        if (!trimmed.isEmpty() && trimmed.length() <= MAX_TITLE_LENGTH && stop - from <= MAX_TITLE_LENGTH + 20) {
          title = SPACES.matcher(trimmed).replaceAll(" ");
          titleEnd = from + raw.indexOf(trimmed) + trimmed.length();
          // Keep a closing quote that belongs to the title inside the span.
          while (titleEnd < stop && QUOTES.indexOf(s.charAt(titleEnd)) >= 0) {
            titleEnd++;
          }
        }
      }
      return builder().text(s.substring(start, titleEnd)).start(start).end(titleEnd).number(number).kind(kind)
          .areaKind(Optional.ofNullable(areaKind)).statedTitle(Optional.ofNullable(title))
          .build();
    }

    private static boolean startsTitle(int cp, boolean strongSeparator) {
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || isIdeographic(cp)) {
        return true;
      }
      return strongSeparator && Character.isLetterOrDigit(cp);
    }

    private static boolean isIdeographic(int cp) {
      return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The end of the title's sentence, looking no further than a little over the longest title. */
    private static int sentenceEnd(String s, int from, int limit) {
      int max = Math.min(limit, from + MAX_TITLE_LENGTH + 21);
      for (int i = from; i < max; i++) {
        char c = s.charAt(i);
        boolean atBreak = i + 1 >= s.length() || isSpace(s.charAt(i + 1))
            || QUOTES.indexOf(s.charAt(i + 1)) >= 0;
        if (c == '\n' || c == '\r' || c == '\t' || c == '…' || c == '。' || c == '！' || c == '？' || c == '；'
            || c == ';' || ((c == '.' || c == '!' || c == '?') && atBreak)
            || (c == '.' && i + 2 < s.length() && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.')) {
          return i;
        }
      }
      return max;
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String trim(String raw) {
      int b = 0;
      int e = raw.length();
      while (b < e && (isSpace(raw.charAt(b)) || QUOTES.indexOf(raw.charAt(b)) >= 0)) {
        b++;
      }
      while (e > b && (isSpace(raw.charAt(e - 1)) || QUOTES.indexOf(raw.charAt(e - 1)) >= 0
          || ",，:：、-–—(".indexOf(raw.charAt(e - 1)) >= 0)) {
        e--;
      }
      return raw.substring(b, e);
    }
  }

  /** Builds a {@link Citation}. Not thread-safe. */
  static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
