/**
 * Citations of the strategy as people write them in free text ("1.2", "KI 4.5", "Key Initiative 2.1: Shape
 * public opinion...", "Strategic Direction 3, Key Initiative 2", "SD4", "Impact Area 02", "关键举措 1.2"), found
 * with {@link org.ifla.strategy.citation.Citation#findAll(CharSequence)} and resolved against an edition, given or
 * inferred from the text's date or the stated title, by {@link org.ifla.strategy.citation.CitationResolver}
 * into {@link org.ifla.strategy.citation.ResolvedCitation}s.
 *
 * <p>This package depends on {@code org.ifla.strategy.text} and {@code org.ifla.strategy.framework} only; stated
 * titles are checked with {@link org.ifla.strategy.framework.TitleMatcher}, the matcher the
 * {@code stated-title-mismatch} rule uses.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null} unless its
 * documentation says so.
 */
@Value.Style(
    // Generated code carries no annotation from the build classpath (such as @Generated), so that users
    // compiling against this library need no Immutables jar and see no warnings.
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PRIVATE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    strictBuilder = false,
    allParameters = false)
package org.ifla.strategy.citation;

import org.immutables.value.Value;
