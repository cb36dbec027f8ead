package org.ifla.strategy.examples.service;

import java.util.List;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.LocalizedText;

/**
 * One bundled edition in {@code GET /editions}.
 *
 * @param id the edition's id
 * @param title its title in every language it has (written by the model's Jackson module: an official label as a
 *     string, another as an object marked {@code "official": false})
 * @param firstYear the first year of its period
 * @param lastYear the last year of its period
 * @param languages the language tags its labels use
 * @param href where the whole edition is served
 */
public record EditionSummary(String id, LocalizedText title, int firstYear, int lastYear, List<String> languages,
    String href) {

  static EditionSummary of(StrategyEdition edition) {
    return new EditionSummary(edition.id().toString(), edition.title(), edition.firstYear(), edition.lastYear(),
        edition.languages().stream().map(Object::toString).toList(), "/editions/" + edition.id());
  }
}
