package org.ifla.strategy.examples.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.ResolvedLabel;

/**
 * An edition in one language ({@code GET /editions/{id}?lang=zh}): its statements, and its areas with their key
 * initiatives and measures of success, each title with the language actually served and the state of its label.
 *
 * @param id the edition's id
 * @param lang the language asked for
 * @param title the edition's title
 * @param firstYear the first year of its period
 * @param lastYear the last year of its period
 * @param statements the vision, mission, theory of change, preamble and field outcomes it states
 * @param areas its areas (strategic directions, impact areas, the enabler), each with its key initiatives and
 *     measures as children
 */
public record EditionView(String id, String lang, Text title, int firstYear, int lastYear,
    List<Element> statements, List<Element> areas) {

  /**
   * One element.
   *
   * @param id its id in the edition ({@code SD1.KI2})
   * @param kind its kind, in the document format's spelling ({@code key-initiative})
   * @param number the number IFLA gives it ({@code 1.2}), or null
   * @param title its title
   * @param children the key initiatives and measures of an area; empty for other elements
   */
  public record Element(String id, String kind, String number, Text title, List<Element> children) {}

  /**
   * A text in the language served.
   *
   * @param text the text
   * @param language the language tag of the label served, which differs from the one asked for when the
   *     element lacks that language ({@code LocalizedText}'s fallback chain)
   * @param state the label's provenance: {@code official} for IFLA's own published wording, {@code quoted} for
   *     words taken verbatim from another named source (a published translation), {@code rendered} for a
   *     rendering the library carries where no source was found
   * @param source the source a quoted label names, or null
   */
  public record Text(String text, String language, String state, String source) {
    static Text of(LocalizedText text, Locale locale) {
      ResolvedLabel resolved = text.resolve(locale);
      Label label = resolved.label();
      return new Text(label.text(), resolved.served().toString(),
          label.provenance().name().toLowerCase(Locale.ROOT), label.source().orElse(null));
    }
  }

  /** The edition in the language of {@code locale}. */
  static EditionView of(StrategyEdition edition, Locale locale) {
    List<Element> statements = new ArrayList<>();
    edition.vision().ifPresent(s -> statements.add(element(s, locale, List.of())));
    edition.mission().ifPresent(s -> statements.add(element(s, locale, List.of())));
    edition.theoryOfChange().ifPresent(s -> statements.add(element(s, locale, List.of())));
    edition.preamble().forEach(s -> statements.add(element(s, locale, List.of())));
    edition.fieldOutcomes().forEach(s -> statements.add(element(s, locale, List.of())));
    List<Element> areas = new ArrayList<>();
    for (StrategyArea area : edition.areas()) {
      List<Element> children = new ArrayList<>();
      edition.keyInitiatives().stream().filter(k -> k.area().equals(area.id()))
          .forEach(k -> children.add(element(k, locale, List.of())));
      edition.measuresOfSuccess().stream().filter(m -> m.area().equals(area.id()))
          .forEach(m -> children.add(element(m, locale, List.of())));
      areas.add(element(area, locale, children));
    }
    return new EditionView(edition.id().toString(), Languages.tag(locale), Text.of(edition.title(), locale),
        edition.firstYear(), edition.lastYear(), List.copyOf(statements), List.copyOf(areas));
  }

  private static Element element(StrategyElement e, Locale locale, List<Element> children) {
    Optional<String> number = e.number();
    return new Element(e.id().toString(), kind(e.kind()), number.orElse(null), Text.of(e.title(), locale),
        List.copyOf(children));
  }

  /** An element's kind as the document format spells it ({@code key-initiative}). */
  static String kind(ElementKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
