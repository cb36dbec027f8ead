package org.ifla.strategy.format;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Values read before, found again by the characters of their text in the parser's own buffer: documents repeat
 * a few short texts ("Nov 2019 - May 2020"), and for those the reader neither makes a {@link String} nor hashes
 * one into a map. A text is remembered only once it was read and accepted, so a text found here needs no
 * further check.
 *
 * <p>A fixed table of {@code 2^bits} slots, probed at most {@value #PROBES} times: bounded whatever a document
 * holds; a text that finds no free slot takes the place of another. Thread-safe without locks: a slot holds one
 * immutable entry (its characters and value), written whole and compared whole, so a reader that races a
 * writer finds either the entry or nothing; the hashes beside the entries only avoid looking at entries that
 * cannot match.
 *
 * @param <T> the type of the values, immutable
 */
final class KnownTexts<T> {
  private static final int PROBES = 8;

  /** A text's characters and the value read from them. Immutable. */
  private static final class Entry<T> {
    final char[] text;
    final T value;

    Entry(char[] text, T value) {
      this.text = text;
      this.value = value;
    }
  }

  private final int mask;
  private final int maxLength;
  private final int[] hashes;
  private final Entry<?>[] entries;

  /**
   * A table of {@code 2^bits} slots for texts of at most {@code maxLength} characters.
   *
   * @throws IllegalArgumentException if bits is not between 4 and 20
   */
  KnownTexts(int bits, int maxLength) {
    if (bits < 4 || bits > 20) {
      throw new IllegalArgumentException("bits: " + bits);
    }
    this.mask = (1 << bits) - 1;
    this.maxLength = maxLength;
    this.hashes = new int[1 << bits];
    this.entries = new Entry<?>[1 << bits];
  }

  /** The value remembered for the {@code length} characters from {@code offset}, or null. */
  T find(char[] chars, int offset, int length) {
    if (length > maxLength) {
      return null;
    }
    int hash = hash(chars, offset, length);
    for (int probe = 0, slot = hash & mask; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      if (hashes[slot] == hash) {
        Entry<?> entry = entries[slot];
        if (entry != null && sameText(entry.text, chars, offset, length)) {
          @SuppressWarnings("unchecked") // only values of T are put in
          T value = (T) entry.value;
          return value;
        }
      } else if (entries[slot] == null) {
        return null;
      }
    }
    return null;
  }

  /**
   * Remembers the value read from the text, when the text is short enough: in a free slot of its probes, or
   * else in place of the entry at its first slot, so that a table filled by odd texts still learns the texts
   * read now.
   */
  void remember(String text, T value) {
    requireNonNull(value, "value");
    int length = text.length();
    if (length > maxLength) {
      return;
    }
    char[] chars = text.toCharArray();
    int hash = hash(chars, 0, length);
    int first = hash & mask;
    for (int probe = 0, slot = first; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      Entry<?> entry = entries[slot];
      if (entry == null) {
        put(slot, hash, chars, value);
        return;
      }
      if (hashes[slot] == hash && sameText(entry.text, chars, 0, length)) {
        return;
      }
    }
    put(first, hash, chars, value);
  }

  private void put(int slot, int hash, char[] chars, T value) {
    entries[slot] = new Entry<>(chars, value);
    hashes[slot] = hash;
  }

  private static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash ^ (hash >>> 16);
  }

  private static boolean sameText(char[] text, char[] chars, int offset, int length) {
    return text.length == length && Arrays.equals(text, 0, length, chars, offset, offset + length);
  }
}
