/**
 * Text in several languages: {@link org.ifla.strategy.text.LocalizedText}, one
 * {@link org.ifla.strategy.text.Label} per BCP 47 language tag, with a documented fallback chain and a mark on
 * every label that says whether it is the official wording of its source.
 *
 * <p>This package depends on nothing else in the library.
 */
package org.ifla.strategy.text;
