package org.ifla.strategy.jackson3;

import java.util.Arrays;
import org.ifla.strategy.format.VersionFloor;
import tools.jackson.core.Version;

/**
 * Checks, before the first mapper is built or the module is set up, that the Jackson 3 on the class path is one
 * this library works with: 3.1.3 or newer, for jackson-core, jackson-databind and jackson-dataformat-yaml alike
 * (README, "Compatibility and versioning"; the POM's {@code jackson3.floor.version}). An older one fails at
 * once, with a message naming the version needed and the versions found.
 */
final class Jackson3Versions {
  /** The oldest Jackson 3 release this library works with; CI runs the module's tests on it. */
  static final VersionFloor FLOOR = VersionFloor.of("strategy-model-jackson3", "Jackson",
      "jackson-core, jackson-databind and jackson-dataformat-yaml", "tools.jackson:jackson-bom", "3.1.3");

  private Jackson3Versions() {}

  /**
   * Checks the running Jackson 3, until it has passed once.
   *
   * @throws IllegalStateException if a Jackson 3 artifact is older than {@link #FLOOR}
   */
  static void check() {
    FLOOR.checkOnce(() -> check(tools.jackson.core.json.PackageVersion.VERSION,
        tools.jackson.databind.cfg.PackageVersion.VERSION, tools.jackson.dataformat.yaml.PackageVersion.VERSION));
  }

  /**
   * Checks the given versions of jackson-core, jackson-databind and jackson-dataformat-yaml; an unknown version
   * (a repackaged or shaded Jackson) is not judged, nor a release of another major version.
   *
   * @throws IllegalStateException if one is a Jackson 3 release older than {@link #FLOOR}
   */
  static void check(Version... found) {
    FLOOR.check(Arrays.stream(found).map(v -> VersionFloor.found(v.getArtifactId(), v.isUnknownVersion(),
        v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel(), v.toString())).toList());
  }
}
