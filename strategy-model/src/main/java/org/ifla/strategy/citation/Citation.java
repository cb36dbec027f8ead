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
 * {@code #} or colon before it:
 * <ul>
 *   <li>a key initiative by its number: {@code 1.2}, {@code KI 1.2}, {@code Key Initiative 1.2},
 *       {@code 关键举措 1.2} ({@code 關鍵舉措});
 *   <li>a key initiative by its area and its place in it: {@code Strategic Direction 3, Key Initiative 2},
 *       {@code SD3 KI2}, {@code Impact Area 1, Key Initiative 2}, {@code 战略方向 3，关键举措 2}; or by its place
 *       alone ({@code Key Initiatives: 2}), in the area cited last before it in the text (without an area
 *       before it, this is no citation);
 *   <li>a strategic direction: {@code Strategic Direction 4}, {@code SD4}, {@code 战略方向 4} ({@code 戰略方向});
 *   <li>an impact area: {@code Impact Area 02}, {@code IA2}, {@code 影响领域 2} ({@code 影響領域});
 *   <li>a list: each further number after one of the forms above, separated by a comma, {@code 、}, {@code /},
 *       {@code &}, {@code and}, {@code or}, {@code 和}, {@code 及} or {@code 与}, is a citation of its own
 *       and of the same sort, spanning its number alone: {@code Key Initiatives 2.1, 2.3 and 2.4},
 *       {@code 关键举措 1.1、1.4}, {@code Strategic Direction 2, Key Initiatives: 2, 4} (2.2 and 2.4),
 *       {@code Strategic Directions 1, 3 and 4}. A number of another sort ends the list ({@code SD1, 2.3} is a
 *       direction, then a key initiative by its number);
 *   <li>an element by its title alone, its kind named (in the singular) and no number:
 *       {@code the Key Initiative Libraries in Society} (the title starting with a capital),
 *       {@code Strategic Direction: Optimise our Organisation}, {@code Impact Area – libraries are ...},
 *       {@code 关键举措：支援虚拟网路联系}, {@code 战略方向「能力建设」} (in Chinese, after a colon or a quote).
 *       Its {@link #number()} is empty ({@link #isByTitle()}); it is found only if a title follows.
 * </ul>
 * Words are matched ignoring case; an English word or a bare number must not be glued to a preceding letter
 * or digit ({@code USD4}, {@code v1.2}, {@code 11.2.3} and {@code 3.25} are not citations). Numbers are kept
 * without leading zeros ({@code 02} is {@code 2}).
 *
 * <p>A unit's own numbering is never read as the strategy's: a number (and the list it starts) after
 * {@code Action}, {@code Objective}, {@code Goal}, {@code Activity}, {@code Project}, {@code Focus Area},
 * {@code Task}, {@code Step}, {@code Priority}, {@code Outcome}, {@code Output}, {@code Result}, {@code Measure},
 * {@code Indicator}, {@code Target}, {@code Milestone}, {@code Deliverable}, {@code Section}, {@code Chapter},
 * {@code Page}, {@code Item}, {@code Phase}, {@code Stage}, {@code Annex}, {@code Appendix}, {@code Part},
 * {@code Article}, {@code Figure}, {@code Table}, {@code Point}, {@code Question}, {@code Recommendation},
 * {@code SDG} (singular or plural) or {@code 行动}, {@code 目标}, {@code 活动}, {@code 项目}, {@code 任务},
 * {@code 重点领域}, {@code 步骤}, {@code 成果}, {@code 指标} (and their traditional forms) on the same line is
 * no citation: {@code Action 3.1 Hold a webinar}, {@code Objective 1}, {@code Task 1.2}, {@code 活动 1.1}.
 *
 * <p>A stated title is the rest of the sentence after the number: up to the end of the line, a tab, a sentence
 * end ({@code . ! ? ; 。 ！ ？ ；}), an ellipsis, the closing quote of a quoted title, or the next citation. It is
 * taken only if it is separated from the number by white space, a colon or a dash, starts with a capital letter
 * or a Chinese character (or with any letter after a colon or dash: {@code KI 2.1: shape...}), and is at most
 * {@value #MAX_TITLE_LENGTH} characters long (a longer text is a description, not a title). After a full stop
 * right after the number ({@code Strategic Direction 1. Strengthen the Global Voice of Libraries}), the sentence
 * that follows is a title only if it starts with a capital or a Chinese character and either ends its line (a
 * heading: {@code KI 1.2. Build more}) or is written in title case (two words of four letters or more, all such
 * words capitalized: {@code SD4. Capacity Building. Our aim...}); otherwise it is prose and no title
 * ({@code SD1. The plan is ours.}).
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
      "(?:" + LATIN_START + "(?:key" + WS + "++initiatives?|kis?)|关键举措|關鍵舉措)";
  // Possessive quantifiers (*+) keep matching linear on long runs of white space.
  private static final String NUMBER_PREFIX = WS + "*+(?:[:：]" + WS + "*+)?(?:#" + WS + "*+)?";
  /** The words of a unit's own numbering: a number after one of them is never the strategy's. */
  private static final String UNIT_WORD = "(?:" + LATIN_START + "(?:actions?|objectives?|goals?|activity|activities"
      + "|projects?|focus" + WS + "++areas?|tasks?|steps?|priorit(?:y|ies)|outcomes?|outputs?|results?|measures?"
      + "|indicators?|targets?|milestones?|deliverables?|sections?|chapters?|pages?|items?|phases?|stages?"
      + "|annex(?:es)?|appendix|appendices|parts?|articles?|figures?|tables?|points?|questions?|recommendations?"
      + "|sdgs?)(?![\\p{L}\\p{N}])"
      + "|行动|行動|目标|目標|活动|活動|项目|項目|任务|任務|重点领域|重點領域|步骤|步驟|成果|指标|指標)";
  private static final Pattern CITATION = Pattern.compile(
      // A unit's own numbering, read only to be skipped.
      "(?<unit>" + UNIT_WORD + ")\\h*+[.:：]?\\h*+(?:#\\h*+)?"
          + "\\d{1,3}(?:\\.\\d{1,3})*+"
          // A strategic direction or an impact area, possibly followed by a key initiative's place in it.
          + "|(?:" + LATIN_START + "(?:(?<sd>strategic" + WS + "++directions?|sds?)|(?<ia>impact" + WS
          + "++areas?|ias?))|(?<sdzh>战略方向|戰略方向)|(?<iazh>影响领域|影響領域))"
          + NUMBER_PREFIX + "(?<area>\\d{1,2})(?!\\d|\\.\\d)"
          + "(?:" + WS + "*+[,，;；、.]?" + WS + "*+(?:and" + WS + "++)?" + KI_WORD + NUMBER_PREFIX
          + "(?<place>\\d{1,2})(?!\\d|\\.\\d))?"
          // A key initiative by its number, with the word.
          + "|" + KI_WORD + NUMBER_PREFIX + "(?<ki>\\d{1,2}\\.\\d{1,2})(?!\\d|[.,]\\d)"
          // A key initiative by its place in the area cited before.
          + "|" + KI_WORD + NUMBER_PREFIX + "(?<kiplace>\\d{1,2})(?!\\d|[.,]\\d)"
          // A bare number.
          + "|(?<![\\p{L}\\p{N}.,#])(?<bare>[1-9]\\.[1-9])(?!\\d|[.,]\\d|" + WS + "*%)"
          // An element by its title alone, the kind named.
          + "|" + LATIN_START + "(?:(?<tki>key\\h++initiative)|(?<tsd>strategic\\h++direction)"
          + "|(?<tia>impact\\h++area))(?=\\h*+[:：\\-–—]|\\p{Zs}++[\"“‘'«]?(?-i:[\\p{Lu}\\p{Lt}]))"
          + "|(?:(?<tkizh>关键举措|關鍵舉措)|(?<tsdzh>战略方向|戰略方向)|(?<tiazh>影响领域|影響領域))"
          + "(?=\\h*+[:：「“\"])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A further item of a list, after a citation's number: {@code , 2.3}, {@code  and 4}, {@code 、1.4}. */
  private static final Pattern LIST_ITEM = Pattern.compile(
      "(?:" + WS + "*+(?:[,，、/&]|和|及|与|與)" + WS + "*+(?:(?:and|or)" + WS + "++)?|" + WS + "++(?:and|or|&)"
          + WS + "++)(?:#" + WS + "*+)?(?<item>\\d{1,3}(?:\\.\\d{1,3})*+)(?!\\d|[.,]\\d|" + WS + "*+%)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A separator after which a title may start with a small letter. */
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\h*[:：\\-–—]\\h*");
  private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\h*(?:\\)\\h*)?");
  /** A full stop after the number, then the title: {@code Strategic Direction 1. Strengthen...}. */
  private static final Pattern DOT_SEPARATOR = Pattern.compile("\\.\\h+");
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
    Matcher item = LIST_ITEM.matcher(s);
    MatchSpan lastArea = null;
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      from = m.end();
      MatchSpan head = MatchSpan.of(m, lastArea);
      if (head != null) {
        numbers.add(head);
        if (head.areaKind != null) {
          lastArea = head;
        }
      }
      if (head != null && head.titleOnly) {
        continue;
      }
      // The further items of a list: each a citation of its own, of the list's sort; after a unit's
      // numbering, skipped with it.
      int at = from;
      while (item.region(at, s.length()).lookingAt()) {
        MatchSpan next = head == null ? null : head.next(item);
        if (head != null && next == null) {
          break;
        }
        if (next != null) {
          numbers.add(next);
        }
        at = item.end();
      }
      from = at;
    }
    ImmutableList.Builder<Citation> out = ImmutableList.builder();
    for (int i = 0; i < numbers.size(); i++) {
      int limit = i + 1 < numbers.size() ? numbers.get(i + 1).start : s.length();
      Citation c = numbers.get(i).citation(s, limit);
      if (c != null) {
        out.add(c);
      }
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
   * @return the number; empty for a citation by title alone ({@link #isByTitle()})
   */
  public abstract String number();

  /**
   * Returns whether the citation names its element by its title alone, with the kind named and no number:
   * {@code the Key Initiative Libraries in Society}, {@code Strategic Direction: Optimise our Organisation}.
   *
   * @return whether {@link #number()} is empty; the {@link #statedTitle()} is then present
   */
  public boolean isByTitle() {
    return number().isEmpty();
  }

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
    checkState(!isByTitle() || statedTitle().isPresent(), "citation '%s' has neither number nor title", text());
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

  /** One citation's number (or kind word, for a citation by title), before its title is read. */
  private static final class MatchSpan {
    final int start;
    final int end;
    final String number;
    final ElementKind kind;
    final ElementKind areaKind;
    final boolean titleOnly;
    /** The area's number, for an area or a key initiative cited by its place in it. */
    final String area;

    private MatchSpan(int start, int end, String number, ElementKind kind, ElementKind areaKind,
        boolean titleOnly, String area) {
      this.start = start;
      this.end = end;
      this.number = number;
      this.kind = kind;
      this.areaKind = areaKind;
      this.titleOnly = titleOnly;
      this.area = area;
    }

    /** The citation a match starts, or null for a unit's own numbering or a place without an area before it. */
    static MatchSpan of(Matcher m, MatchSpan lastArea) {
      if (m.group("unit") != null) {
        return null;
      }
      if (m.group("area") != null) {
        ElementKind areaKind = m.group("sd") != null || m.group("sdzh") != null
            ? ElementKind.STRATEGIC_DIRECTION : ElementKind.IMPACT_AREA;
        String area = strip(m.group("area"));
        if (m.group("place") != null) {
          return new MatchSpan(m.start(), m.end(), area + "." + strip(m.group("place")),
              ElementKind.KEY_INITIATIVE, areaKind, false, area);
        }
        return new MatchSpan(m.start(), m.end(), area, areaKind, areaKind, false, area);
      }
      if (m.group("kiplace") != null) {
        if (lastArea == null) {
          return null;
        }
        return new MatchSpan(m.start(), m.end(), lastArea.area + "." + strip(m.group("kiplace")),
            ElementKind.KEY_INITIATIVE, lastArea.areaKind, false, lastArea.area);
      }
      String ki = m.group("ki") != null ? m.group("ki") : m.group("bare");
      if (ki != null) {
        return new MatchSpan(m.start(), m.end(), decimal(ki), ElementKind.KEY_INITIATIVE, null, false, null);
      }
      ElementKind kind = m.group("tki") != null || m.group("tkizh") != null ? ElementKind.KEY_INITIATIVE
          : m.group("tsd") != null || m.group("tsdzh") != null ? ElementKind.STRATEGIC_DIRECTION
          : ElementKind.IMPACT_AREA;
      return new MatchSpan(m.start(), m.end(), "", kind, kind.isArea() ? kind : null, true, null);
    }

    /**
     * The next item of this citation's list, of its sort: a key initiative's number after one, a place after
     * a key initiative cited by its place, an area's number after an area; or null if the item is of
     * another sort (which ends the list).
     */
    MatchSpan next(Matcher item) {
      String n = item.group("item");
      int start = item.start("item");
      int end = item.end("item");
      if (kind == ElementKind.KEY_INITIATIVE && areaKind == null) {
        return n.matches("\\d{1,2}\\.\\d{1,2}")
            ? new MatchSpan(start, end, decimal(n), kind, null, false, null) : null;
      }
      if (!n.matches("\\d{1,2}")) {
        return null;
      }
      if (kind == ElementKind.KEY_INITIATIVE) {
        return new MatchSpan(start, end, area + "." + strip(n), kind, areaKind, false, area);
      }
      return new MatchSpan(start, end, strip(n), kind, areaKind, false, strip(n));
    }

    /** A key initiative's number without leading zeros. */
    private static String decimal(String ki) {
      int dot = ki.indexOf('.');
      return strip(ki.substring(0, dot)) + "." + strip(ki.substring(dot + 1));
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
      Matcher dot = DOT_SEPARATOR.matcher(s).region(end, limit);
      boolean dotted = !strongSeparator && dot.lookingAt();
      if (dotted) {
        from = dot.end();
      } else if (!strongSeparator) {
        Matcher weak = WEAK_SEPARATOR.matcher(s).region(end, limit);
        if (weak.lookingAt()) {
          from = weak.end();
        }
      }
      int first = from;
      while (first < limit && QUOTES.indexOf(s.charAt(first)) >= 0) {
        first++;
      }
      if (first < limit && (from > end || strongSeparator || (titleOnly && first > from))
          && startsTitle(s.codePointAt(first), strongSeparator)) {
        int stop = sentenceEnd(s, from, limit);
        if (dotted && !endsLine(s, stop) && !isTitleCase(s.substring(from, stop))) {
          // After a full stop, a sentence of prose is not a title: only a heading's rest of line is.
          stop = from;
        }
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
      if (titleOnly && title == null) {
        return null;
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

    /** Whether the title's sentence ends at a line end, a tab or the end of the text (a heading). */
    private static boolean endsLine(String s, int stop) {
      return stop >= s.length() || s.charAt(stop) == '\n' || s.charAt(stop) == '\r' || s.charAt(stop) == '\t';
    }

    /**
     * Whether a text is written in title case: at least two words of four letters or more, each beginning with
     * a capital ({@code Optimise our Organisation}).
     */
    private static boolean isTitleCase(String text) {
      int long4 = 0;
      for (String word : SPACES.split(text)) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.length() >= 4) {
          if (!Character.isUpperCase(letters.codePointAt(0))) {
            return false;
          }
          long4++;
        }
      }
      return long4 >= 2;
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
  static final class Builder extends CitationBuilder {
    Builder() {}
  }
}
