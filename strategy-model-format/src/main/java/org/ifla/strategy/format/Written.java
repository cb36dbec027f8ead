package org.ifla.strategy.format;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.ifla.strategy.plan.StatedTimeframe;

/**
 * Written forms encoded once: the texts that documents repeat (enum constants' names, language tags, stated
 * timeframes), which each adapter keeps pre-encoded ({@link Encoding}, Jackson's {@code SerializedString}) so
 * that a generator copies bytes instead of encoding the characters again for every value. The bytes are those
 * the generator would write for the plain string.
 *
 * <p>A pre-encoded value is the generator's own quoting of the text only when the generator escapes nothing
 * beyond what JSON requires, so one is written only for texts of {@link #isPlain plain} characters (no quote,
 * backslash, slash or control character, no surrogate), only to a generator without character escapes of the
 * caller's, and texts with characters beyond ASCII only to one that escapes none of them; otherwise the plain
 * string is written (the adapters' sinks check the generator). Field names, such as {@code "parts"}, are
 * written pre-encoded always, as databind writes its properties' names.
 *
 * <p>The caches are bounded, hold immutable values only and are safe to share between threads. Not for use
 * outside this library's modules.
 */
public final class Written {
  /** At most this many language tags and this many stated-timeframe texts are remembered. */
  static final int LIMIT = 4096;

  /** Longer texts are not remembered. */
  static final int MAX_LENGTH = 100;

  private static final ConcurrentHashMap<String, Timeframe> TIMEFRAMES = new ConcurrentHashMap<>();

  private Written() {}

  /** A field name or other constant text, encoded once; it must be {@link #isPlain plain} ASCII. */
  static Name name(String name) {
    if (!isPlain(name) || !isAscii(name)) {
      throw new IllegalArgumentException("not a plain ASCII name: " + name);
    }
    return new Name(name);
  }

  /**
   * What a stated timeframe's text reads as, and its written form: the written form of every stated timeframe
   * with that text.
   */
  static Timeframe timeframe(String text) {
    Timeframe known = TIMEFRAMES.get(text);
    if (known != null) {
      return known;
    }
    Timeframe form = new Timeframe(StatedTimeframe.parse(text), isPlain(text), isAscii(text));
    if (text.length() <= MAX_LENGTH && TIMEFRAMES.size() < LIMIT) {
      TIMEFRAMES.putIfAbsent(text, form);
    }
    return form;
  }

  /** How many timeframe texts are remembered, and language tags by the encoding (for tests). */
  static int remembered(Encoding<?> encoding) {
    return encoding.rememberedTags() + TIMEFRAMES.size();
  }

  /**
   * A stated timeframe text's written form. Immutable in what it means; its encoded forms are filled in lazily
   * ({@link Encoding#timeframe}).
   */
  public static final class Timeframe {
    private final StatedTimeframe read;
    final boolean plain;
    private final boolean ascii;
    final AtomicReferenceArray<Object> forms = new AtomicReferenceArray<>(Encoding.SLOTS);

    Timeframe(StatedTimeframe read, boolean plain, boolean ascii) {
      this.read = read;
      this.plain = plain;
      this.ascii = ascii;
    }

    /** Whether the value is what its text reads as, so that the text alone stands for it. */
    boolean isTextForm(StatedTimeframe value) {
      return read == value || read.equals(value);
    }

    /**
     * Returns the text.
     *
     * @return the text as stated
     */
    public String text() {
      return read.text();
    }

    /**
     * Returns whether the text is ASCII only, so that its encoded form is right for a generator escaping
     * characters beyond ASCII too.
     *
     * @return true for ASCII texts
     */
    public boolean isAscii() {
      return ascii;
    }
  }

  /**
   * Whether a text's quoted form is the same under every generator setting that leaves ASCII letters alone: no
   * character that JSON or a generator option may escape ({@code "}, {@code \}, {@code /}, {@code '}, controls
   * and DEL) and no surrogate.
   */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '/' || c == '\'' || c == 0x7F
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
