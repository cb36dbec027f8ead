package org.ifla.strategy.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The Jackson 3 floor, checked before the first mapper is built and when the module is set up. The tests run on
 * the newest Jackson 3 and, under {@code -Pjackson3-floor}, on the floor (Jackson3VersionTest checks which).
 */
class Jackson3VersionsTest {
  private static Version jackson(String version, String artifact) {
    return VersionUtil.parseVersion(version, "tools.jackson.core", artifact);
  }

  @Test
  void theFloorAndNewerPass() {
    for (String version : List.of("3.1.3", "3.1.4", "3.2.0", "3.3.0", "3.100.0")) {
      Jackson3Versions.check(jackson(version, "jackson-core"), jackson(version, "jackson-databind"),
          jackson(version, "jackson-dataformat-yaml"));
    }
    // another major version and an unknown version (a shaded copy) are not judged
    Jackson3Versions.check(jackson("2.17.0", "jackson-core"), Version.unknownVersion());
  }

  @Test
  void anOlderJackson3FailsNamingTheVersionNeededAndTheVersionFound() {
    for (String version : List.of("3.1.2", "3.1.0", "3.0.4", "3.0.0")) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Jackson3Versions.check(jackson("3.3.0", "jackson-core"), jackson(version, "jackson-databind")));
      assertEquals("strategy-model-jackson3 needs Jackson 3.1.3 or newer (jackson-core, jackson-databind and "
          + "jackson-dataformat-yaml), but found jackson-databind " + version + ": depend on a newer Jackson, for "
          + "example by importing tools.jackson:jackson-bom:3.1.3 or newer", e.getMessage());
    }
  }

  @Test
  void theFloorIsTheOneThePomNamesAndTheRunningJacksonPasses() {
    // under -Pjackson3-floor the build runs on jackson3.floor.version, which must be the floor checked here
    String asked = System.getProperty("strategy.jackson3.version");
    String floor = System.getProperty("strategy.jackson3.floor.version");
    if (floor != null) {
      assertEquals(floor, Jackson3Versions.FLOOR.toString());
    }
    if (asked != null && asked.equals(floor)) {
      assertEquals(floor, tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
    }
    Jackson3Versions.check();
    ActionPlan plan = SeedPlans.noir2016();
    assertEquals(plan, StrategyJson.json().readPlan(StrategyJson.json().write(plan)));
  }
}
