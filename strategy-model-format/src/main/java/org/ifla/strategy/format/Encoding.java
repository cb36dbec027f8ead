package org.ifla.strategy.format;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One Jackson adapter's encoded forms of the texts that documents repeat ({@link Name}s, enum constants'
 * names, language tags, stated timeframes), as its pre-encoded string type {@code S}, made by the adapter's
 * encoder (such as {@code SerializedString::new}) once per text. Which texts are encoded, and how many are
 * remembered, is decided here, once for every adapter ({@link Written}). Thread-safe. Not for use outside this
 * library's modules.
 *
 * @param <S> the adapter's pre-encoded string type
 */
public final class Encoding<S> {
  /** How many adapters' encodings a name keeps. */
  static final int SLOTS = 4;

  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  private final int slot;
  private final Function<String, S> encoder;
  private final ClassValue<Object[]> constants;
  private final ConcurrentHashMap<String, S> tags = new ConcurrentHashMap<>();

  private Encoding(int slot, Function<String, S> encoder) {
    this.slot = slot;
    this.encoder = encoder;
    this.constants = new ClassValue<>() {
      @Override
      protected Object[] computeValue(Class<?> type) {
        Object[] values = type.getEnumConstants();
        Object[] names = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          names[i] = encoder.apply(Names.of((Enum<?>) values[i]));
        }
        return names;
      }
    };
  }

  /**
   * Creates an adapter's encoding; an adapter makes one, once.
   *
   * @param encoder makes the pre-encoded form of a text
   * @param <S> the pre-encoded string type
   * @return the encoding
   * @throws IllegalStateException if more encodings are made than names keep
   */
  public static <S> Encoding<S> create(Function<String, S> encoder) {
    int slot = NEXT_SLOT.getAndIncrement();
    if (slot >= SLOTS) {
      throw new IllegalStateException("more than " + SLOTS + " encodings");
    }
    return new Encoding<>(slot, encoder);
  }

  /**
   * Returns a name's encoded form.
   *
   * @param name the name
   * @return the encoded form
   */
  @SuppressWarnings("unchecked") // only this encoding fills its slot
  public S name(Name name) {
    Object form = name.forms.get(slot);
    if (form == null) {
      form = encoder.apply(name.value());
      name.forms.set(slot, form);
    }
    return (S) form;
  }

  /**
   * Returns the encoded form of an enum constant's name in documents.
   *
   * @param constant the constant
   * @return the encoded form
   */
  @SuppressWarnings("unchecked") // computeValue fills the array with this encoder's values
  public S constant(Enum<?> constant) {
    return (S) constants.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * Returns the encoded form of a language tag, when it is one to encode (plain ASCII, not too long) and the
   * bound on remembered tags allows.
   *
   * @param tag the tag
   * @return the encoded form, or null to write the tag as a string
   */
  public S languageTag(String tag) {
    S known = tags.get(tag);
    if (known == null) {
      if (tag.length() > Written.MAX_LENGTH || !Written.isPlain(tag) || !Written.isAscii(tag)) {
        return null;
      }
      known = encoder.apply(tag);
      if (tags.size() < Written.LIMIT) {
        tags.putIfAbsent(tag, known);
      }
    }
    return known;
  }

  /**
   * Returns the encoded form of a stated timeframe's text, when the generator's quoting of the plain text would
   * give the same bytes: the text is {@link Written#isPlain plain}, the generator has no character escapes of
   * the caller's, and, for a text beyond ASCII, escapes no character beyond ASCII.
   *
   * @param form the text's written form
   * @param callersEscapes whether the generator has character escapes of the caller's
   * @param escapesNonAscii whether the generator escapes characters beyond ASCII
   * @return the encoded form, or null to write the text as a string
   */
  @SuppressWarnings("unchecked") // only this encoding fills its slot
  public S timeframe(Written.Timeframe form, boolean callersEscapes, boolean escapesNonAscii) {
    if (!form.plain || callersEscapes || escapesNonAscii && !form.isAscii()) {
      return null;
    }
    Object encoded = form.forms.get(slot);
    if (encoded == null) {
      encoded = encoder.apply(form.text());
      form.forms.set(slot, encoded);
    }
    return (S) encoded;
  }

  /** How many language tags this encoding remembers (for tests). */
  int rememberedTags() {
    return tags.size();
  }
}
