package org.ifla.strategy.examples.service;

import java.util.List;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /editions}: the bundled editions; {@code GET /editions/{id}}: one edition, as a document of the
 * library's format (every language, each label's state), or with {@code ?lang=} as a tree in that language.
 */
@RestController
final class EditionsController {
  @GetMapping(path = "/editions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<EditionSummary> editions() {
    return IflaStrategies.catalog().editions().stream().map(EditionSummary::of).toList();
  }

  @GetMapping(path = "/editions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> edition(@PathVariable String id, @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    StrategyEdition edition = PlanChecks.edition(id);
    if (lang == null) {
      return ResponseEntity.ok(edition); // the edition document, written by the model's Jackson module
    }
    return ResponseEntity.ok(EditionView.of(edition, Languages.resolve(lang, acceptLanguage)));
  }
}
