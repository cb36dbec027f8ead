package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.format.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * The Jackson versions this library works with: the floor is checked before the first mapper is built, and
 * plans are read and written on the Jackson the build runs with. CI runs this class with the newest Jackson (the
 * POM's {@code jackson.version}) and again with the floor (the {@code jackson-floor} profile, .ci/run).
 */
class JacksonVersionsTest {
  private static Version core(String version) {
    return jackson(version, "jackson-core");
  }

  private static Version jackson(String version, String artifact) {
    String[] parts = version.split("\\.");
    return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), null,
        "com.fasterxml.jackson.core", artifact);
  }

  @Test
  void theFloorAndNewerPass() {
    for (String version : List.of("2.19.0", "2.19.4", "2.20.1", "2.22.4", "2.100.0")) {
      JacksonVersions.check(core(version), jackson(version, "jackson-databind"),
          jackson(version, "jackson-dataformat-yaml"));
    }
    // Jackson 3 (another package) and an unknown version (a shaded copy) are not judged
    JacksonVersions.check(core("3.0.0"), Version.unknownVersion());
  }

  @Test
  void anOlderJacksonFailsNamingTheVersionNeededAndTheVersionFound() {
    // what a Spring Boot 3.3 platform pins, and the first releases with and without each read limit
    for (String version : List.of("2.17.2", "2.18.6", "2.16.0", "2.15.4", "2.12.7")) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> JacksonVersions.check(core("2.22.4"), jackson(version, "jackson-databind")));
      assertEquals("strategy-model-jackson needs Jackson 2.19.0 or newer (jackson-core, jackson-databind and "
          + "jackson-dataformat-yaml), but found jackson-databind " + version + ": depend on a newer Jackson, for "
          + "example by importing com.fasterxml.jackson:jackson-bom:2.19.0 or newer", e.getMessage());
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JacksonVersions.check(
        core("2.17.2"), jackson("2.19.0", "jackson-databind"), jackson("2.18.9", "jackson-dataformat-yaml")));
    assertTrue(e.getMessage().contains("but found jackson-core 2.17.2, jackson-dataformat-yaml 2.18.9:"),
        e::getMessage);
  }

  @Test
  void theRunningJacksonIsTheOneTheBuildAskedForAndPasses() {
    // surefire passes the POM's jackson.version (the floor under -Pjackson-floor): a profile that did not reach
    // the class path fails here
    String expected = System.getProperty("strategy.jackson.version");
    if (expected != null) {
      assertEquals(expected, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
      assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
      assertEquals(expected, com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString());
    }
    JacksonVersions.check();
  }

  @Test
  void plansAreReadAndWrittenOnTheRunningJackson() throws Exception {
    for (ActionPlan plan : List.of(SeedPlans.metropolitanLibraries2019(), SeedPlans.noir2016())) {
      for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
        String written = format.write(plan);
        assertEquals(plan, format.readPlan(written), format::toString);
        assertEquals(written, format.write(format.readPlan(written)), format::toString);
      }
      // the token limit, which Jackson enforces from 2.18 on, holds on the running Jackson: JSON and YAML
      String json = StrategyJson.json().write(plan);
      for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
        String document = format.isYaml() ? StrategyJson.yaml().write(plan) : json;
        StrategyJson few = format.withLimits(ReadLimits.defaults().withMaxTokenCount(20));
        StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> few.readPlan(document));
        assertTrue(e.reason().contains("Token count"), e::getMessage);
      }
    }
  }
}
