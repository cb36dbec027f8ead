package org.ifla.strategy.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled editions are exactly what they were when their loading was rewritten for start-up speed: the
 * JSON this module writes for each was saved then (test resources {@code bundled-editions/ID.json}), and both
 * the written form and the edition read back from the saved form must equal today's. A deliberate change to
 * the bundled labels updates the saved files with it: run this test with {@code -Dbundled.regenerate=true}.
 */
class BundledEditionsSnapshotTest {
  @ParameterizedTest
  @ValueSource(strings = {"ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024", "ifla-strategy-2024-2029"})
  void theBundledEditionEqualsItsSavedForm(String id) throws IOException {
    StrategyEdition bundled = IflaStrategies.edition(EditionId.parse(id)).orElseThrow();
    if (Boolean.getBoolean("bundled.regenerate")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/bundled-editions", id + ".json"),
          StrategyJson.json().write(bundled), UTF_8);
    }
    String saved = saved(id);
    assertEquals(saved, StrategyJson.json().write(bundled), id);
    assertEquals(StrategyJson.json().readEdition(saved), bundled, id);
  }

  private static String saved(String id) throws IOException {
    String file = "/bundled-editions/" + id + ".json";
    try (InputStream in = BundledEditionsSnapshotTest.class.getResourceAsStream(file)) {
      assertNotNull(in, id);
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
