/**
 * Text in several languages: {@link org.ifla.strategy.text.LocalizedText}, one
 * {@link org.ifla.strategy.text.Label} per {@link org.ifla.strategy.text.LanguageTag}, with a documented fallback
 * chain that says when it falls back ({@link org.ifla.strategy.text.ResolvedLabel}), and on every label where its
 * words come from ({@link org.ifla.strategy.text.Provenance}: official, quoted from a named source, or rendered)
 * and the source it names.
 *
 * <p>This package depends on nothing else in the library.
 */
package org.ifla.strategy.text;
