package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.Version;
import java.util.Arrays;
import org.ifla.strategy.format.VersionFloor;

/**
 * Checks, before the first mapper is built, that the Jackson on the class path is one this library works with:
 * 2.19.0 or newer, for jackson-core, jackson-databind and jackson-dataformat-yaml alike. An older Jackson
 * compiles against this library but fails later, and on 2.18 and older YAML does not read back every text it
 * writes; so an older one fails here, at once, with a message that names the version needed and the version
 * found (README, "Compatibility and versioning"; the POM's {@code jackson.floor.version}).
 */
final class JacksonVersions {
  /** The oldest Jackson 2 release this library works with; CI runs the Jackson tests on it. */
  static final VersionFloor FLOOR = VersionFloor.of("strategy-model-jackson", "Jackson",
      "jackson-core, jackson-databind and jackson-dataformat-yaml", "com.fasterxml.jackson:jackson-bom", "2.19.0");

  private JacksonVersions() {}

  /**
   * Checks the running Jackson, until it has passed once.
   *
   * @throws IllegalStateException if a Jackson artifact is older than {@link #FLOOR}
   */
  static void check() {
    FLOOR.checkOnce(() -> check(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION));
  }

  /**
   * Checks the given versions of jackson-core, jackson-databind and jackson-dataformat-yaml; an unknown version
   * (a repackaged or shaded Jackson) is given the benefit of the doubt.
   *
   * @throws IllegalStateException if one is a Jackson 2 release older than {@link #FLOOR}
   */
  static void check(Version... found) {
    FLOOR.check(Arrays.stream(found).map(v -> VersionFloor.found(v.getArtifactId(), v.isUnknownVersion(),
        v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel(), v.toString())).toList());
  }
}
