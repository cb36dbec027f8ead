package org.ifla.strategy.examples;

import java.time.LocalDate;
import org.ifla.strategy.citation.CitationResolver;
import org.ifla.strategy.citation.ResolvedCitation;

/**
 * The README's citation sample: the citations in a blog post's closing line, resolved by the post's date, with
 * the title checked (IFLA's blog #35 tagged 2.1 with 1.4's title).
 */
public final class CiteText {
  private CiteText() {}

  /**
   * Runs the sample.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CitationResolver resolver = CitationResolver.bundled().withDate(LocalDate.of(2021, 1, 19));
    String post = "This idea relates to Key Initiative 2.1: Shape public opinion and debate around open access…";
    for (ResolvedCitation c : resolver.resolveAll(post)) {
      System.out.println(c.citation().text() + " -> " + c.element().map(Object::toString).orElse("unresolved")
          + (c.titleMatches() ? "" : "; the title is " + c.betterMatch().map(Object::toString).orElse("none's")));
    }
  }
}
