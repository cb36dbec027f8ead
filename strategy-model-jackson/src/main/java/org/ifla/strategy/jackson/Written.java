package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.ifla.strategy.plan.StatedTimeframe;

/**
 * Written forms encoded once: the texts that documents repeat (enum constants' names, language tags, stated
 * timeframes) kept as {@link SerializedString}s, which a generator copies as bytes instead of encoding the
 * characters again for every value. The bytes are those the generator would write for the plain string.
 *
 * <p>A pre-encoded value is the generator's own quoting of the text only when the generator escapes nothing
 * beyond what JSON requires, so one is written only for texts of {@link #isPlain plain} characters (no quote,
 * backslash, slash or control character, no surrogate), only to a generator without character escapes of the
 * caller's, and texts with characters beyond ASCII only to one that escapes none of them
 * ({@code getHighestEscapedChar() == 0}); otherwise the plain string is written. Field names, such as
 * {@code "parts"}, are written pre-encoded always, as databind writes its properties' names.
 *
 * <p>The caches are bounded, hold immutable values only and are safe to share between threads.
 */
final class Written {
  /** At most this many language tags and this many stated-timeframe texts are remembered. */
  static final int LIMIT = 4096;

  /** Longer texts are not remembered. */
  static final int MAX_LENGTH = 100;

  private static final ClassValue<SerializedString[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected SerializedString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializedString[] names = new SerializedString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(Names.of((Enum<?>) constants[i]));
      }
      return names;
    }
  };

  private static final ConcurrentHashMap<String, SerializedString> TAGS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Timeframe> TIMEFRAMES = new ConcurrentHashMap<>();

  private Written() {}

  /** A field name or other constant text, encoded once; it must be {@link #isPlain plain} ASCII. */
  static SerializedString name(String name) {
    if (!isPlain(name) || !isAscii(name)) {
      throw new IllegalArgumentException("not a plain ASCII name: " + name);
    }
    return new SerializedString(name);
  }

  /** The encoded names of an enum type's constants, by ordinal. */
  static SerializedString[] constants(Class<? extends Enum<?>> type) {
    return CONSTANTS.get(type).clone();
  }

  /** Writes an enum constant's name in documents ({@link Names#of}) as a string value. */
  static void constant(Enum<?> constant, JsonGenerator out) throws IOException {
    SerializedString name = CONSTANTS.get(constant.getDeclaringClass())[constant.ordinal()];
    if (out.getCharacterEscapes() == null) {
      out.writeString((SerializableString) name);
    } else {
      out.writeString(name.getValue());
    }
  }

  /** Writes a language tag as a field name: encoded once when it is plain ASCII, as tags in canonical form are. */
  static void languageTag(String tag, JsonGenerator out) throws IOException {
    SerializedString known = TAGS.get(tag);
    if (out.getCharacterEscapes() != null) {
      out.writeFieldName(tag);
      return;
    }
    if (known == null) {
      if (tag.length() > MAX_LENGTH || !isPlain(tag) || !isAscii(tag)) {
        out.writeFieldName(tag);
        return;
      }
      known = new SerializedString(tag);
      if (TAGS.size() < LIMIT) {
        TAGS.putIfAbsent(tag, known);
      }
    }
    out.writeFieldName(known);
  }

  /**
   * What a stated timeframe's text reads as, and its text encoded once (null when it is not plain): the written
   * form of every stated timeframe with that text.
   */
  static Timeframe timeframe(String text) {
    Timeframe known = TIMEFRAMES.get(text);
    if (known != null) {
      return known;
    }
    Timeframe form = new Timeframe(StatedTimeframe.parse(text),
        isPlain(text) ? new SerializedString(text) : null, isAscii(text));
    if (text.length() <= MAX_LENGTH && TIMEFRAMES.size() < LIMIT) {
      TIMEFRAMES.putIfAbsent(text, form);
    }
    return form;
  }

  /** How many language tags and timeframe texts are remembered (for tests). */
  static int remembered() {
    return TAGS.size() + TIMEFRAMES.size();
  }

  /** A stated timeframe text's written form. */
  static final class Timeframe {
    private final StatedTimeframe read;
    private final SerializedString encoded;
    private final boolean ascii;

    Timeframe(StatedTimeframe read, SerializedString encoded, boolean ascii) {
      this.read = read;
      this.encoded = encoded;
      this.ascii = ascii;
    }

    /** Whether the value is what its text reads as, so that the text alone stands for it. */
    boolean isTextForm(StatedTimeframe value) {
      return read == value || read.equals(value);
    }

    /** Writes the text as a string value. */
    void writeText(JsonGenerator out) throws IOException {
      if (encoded != null && out.getCharacterEscapes() == null && (ascii || out.getHighestEscapedChar() == 0)) {
        out.writeString((SerializableString) encoded);
      } else {
        out.writeString(read.text());
      }
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

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
