package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 the tests run on is the one the build asked for: the newest by default, the floor under
 * {@code -Pjackson3-floor} (README, "Compatibility and versioning"), for core, databind and the YAML data format
 * alike.
 */
class Jackson3VersionTest {
  @Test
  void theTestsRunOnTheJacksonAskedFor() {
    String asked = System.getProperty("strategy.jackson3.version");
    assertNotNull(asked, "run through Maven, which sets strategy.jackson3.version");
    assertEquals(asked, tools.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(asked, tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertEquals(asked, tools.jackson.dataformat.yaml.PackageVersion.VERSION.toString());
  }
}
