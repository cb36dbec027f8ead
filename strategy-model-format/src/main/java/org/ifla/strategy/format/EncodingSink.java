package org.ifla.strategy.format;

import java.io.IOException;

/**
 * A {@link TokenSink} that writes the texts documents repeat ({@link Name}s, enum constants' names, language
 * tags, stated timeframes) pre-encoded by its adapter's {@link Encoding} where the generator's quoting of the
 * plain text would give the same bytes, and as plain text otherwise: the decision is made here, once for every
 * Jackson adapter, which only writes and describes its generator. One per document; not thread-safe. Not for
 * use outside this library's modules.
 *
 * @param <S> the adapter's pre-encoded string type
 */
public abstract class EncodingSink<S> implements TokenSink {
  private final Encoding<S> encoding;

  /**
   * Creates a sink writing with the adapter's encoding.
   *
   * @param encoding the adapter's encoding, made once ({@link Encoding#create})
   */
  protected EncodingSink(Encoding<S> encoding) {
    this.encoding = encoding;
  }

  /**
   * Writes a pre-encoded text as a string.
   *
   * @param text the encoded text
   * @throws IOException if writing fails
   */
  protected abstract void writeEncoded(S text) throws IOException;

  /**
   * Writes a pre-encoded text as a field's name.
   *
   * @param name the encoded name
   * @throws IOException if writing fails
   */
  protected abstract void writeEncodedName(S name) throws IOException;

  /**
   * Whether the generator has character escapes of the caller's, which pre-encoded texts would bypass.
   *
   * @return whether it has
   */
  protected abstract boolean hasCallersEscapes();

  /**
   * Whether the generator escapes characters beyond ASCII, which pre-encoded texts would not.
   *
   * @return whether it does
   */
  protected abstract boolean escapesNonAscii();

  @Override
  public final void writeFieldName(Name name) throws IOException {
    writeEncodedName(encoding.name(name));
  }

  @Override
  public final void writeConstant(Enum<?> constant) throws IOException {
    if (hasCallersEscapes()) {
      writeString(Names.of(constant));
    } else {
      writeEncoded(encoding.constant(constant));
    }
  }

  @Override
  public final void writeLanguageTag(String tag) throws IOException {
    S known = hasCallersEscapes() ? null : encoding.languageTag(tag);
    if (known == null) {
      writeFieldName(tag);
    } else {
      writeEncodedName(known);
    }
  }

  @Override
  public final void writeTimeframe(Written.Timeframe form) throws IOException {
    S encoded = encoding.timeframe(form, hasCallersEscapes(), escapesNonAscii());
    if (encoded == null) {
      writeString(form.text());
    } else {
      writeEncoded(encoded);
    }
  }
}
