package org.ifla.strategy.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.ifla.strategy.framework.IflaStrategies;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the citation parser and resolver: for any text, {@link Citation#findAll} returns citations in
 * order, never overlapping, each the very substring of the text at its span, with a stated title no longer than
 * {@link Citation#MAX_TITLE_LENGTH}; each citation found parses back on its own to the same number and kind;
 * {@link Citation#parse} of the whole text either succeeds with a citation spanning the whole (trimmed) text or
 * fails with the documented {@link IllegalArgumentException}; and resolving the text, with no context, with each
 * bundled edition given and with a date, never throws and gives one result per citation, a resolved one always
 * naming an element of the edition it chose.
 *
 * <p>The input is read as UTF-8. Without {@code JAZZER_FUZZ}, the method runs once per file of
 * {@code CitationFuzzTestInputs/findAndResolve/} in the test resources; FUZZING.md says how to fuzz.
 */
class CitationFuzzTest {
  private static final CitationResolver RESOLVER = CitationResolver.bundled();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void findAndResolve(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ImmutableList<Citation> found = Citation.findAll(text);
    int previousEnd = 0;
    for (Citation c : found) {
      assertTrue(c.start() >= previousEnd, () -> "overlapping or unordered: " + found);
      assertTrue(c.end() <= text.length() && c.start() < c.end(), c::toString);
      assertEquals(text.substring(c.start(), c.end()), c.text());
      assertTrue(c.statedTitle().map(t -> !t.isEmpty() && t.length() <= Citation.MAX_TITLE_LENGTH).orElse(true),
          c::toString);
      previousEnd = c.end();
    }

    try {
      Citation whole = Citation.parse(text);
      assertNotNull(whole.number());
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
    }

    check(RESOLVER.resolveAll(text), found);
    for (var edition : IflaStrategies.catalog().editions()) {
      check(RESOLVER.withEdition(edition.id()).resolveAll(text), found);
    }
    check(RESOLVER.withDate(LocalDate.of(2020, 6, 1)).resolveAll(text), found);
  }

  private static void check(ImmutableList<ResolvedCitation> resolved, ImmutableList<Citation> found) {
    assertEquals(found.size(), resolved.size());
    for (int i = 0; i < found.size(); i++) {
      ResolvedCitation r = resolved.get(i);
      assertEquals(found.get(i), r.citation());
      if (r.isResolved()) {
        assertTrue(r.element().isPresent() && r.edition().isPresent(), r::toString);
      } else {
        assertFalse(r.element().isPresent(), r::toString);
      }
    }
  }
}
