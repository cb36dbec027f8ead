package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before the first mapper is built, that the Jackson on the class path is one this library works with:
 * 2.19.0 or newer, for jackson-core, jackson-databind and jackson-dataformat-yaml alike. An older Jackson
 * compiles against this library but fails later, and on 2.18 and older YAML does not read back every text it
 * writes; so an older one fails here, at once, with a message that names the version needed and the version
 * found (README, "Compatibility and versioning"; the POM's {@code jackson.floor.version}).
 */
final class JacksonVersions {
  /** The oldest Jackson 2 release this library works with; CI runs the Jackson tests on it. */
  static final Version FLOOR = new Version(2, 19, 0, null, "com.fasterxml.jackson", "jackson");

  private static volatile boolean checked;

  private JacksonVersions() {}

  /**
   * Checks the running Jackson, once.
   *
   * @throws IllegalStateException if a Jackson artifact is older than {@link #FLOOR}
   */
  static void check() {
    if (!checked) {
      check(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
          com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
          com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
      checked = true;
    }
  }

  /**
   * Checks the given versions of jackson-core, jackson-databind and jackson-dataformat-yaml.
   *
   * @throws IllegalStateException if one is a Jackson 2 release older than {@link #FLOOR}
   */
  static void check(Version... found) {
    List<String> old = new ArrayList<>();
    for (Version version : found) {
      if (tooOld(version)) {
        old.add(version.getArtifactId() + " " + version.toString());
      }
    }
    if (!old.isEmpty()) {
      throw new IllegalStateException("strategy-model-jackson needs Jackson " + FLOOR + " or newer (jackson-core, "
          + "jackson-databind and jackson-dataformat-yaml), but found " + String.join(", ", old)
          + ": depend on a newer Jackson, for example by importing com.fasterxml.jackson:jackson-bom:"
          + FLOOR + " or newer");
    }
  }

  private static boolean tooOld(Version version) {
    // An unknown version (a repackaged or shaded Jackson) is given the benefit of the doubt.
    // Version.compareTo compares group and artifact ids first: compare the numbers alone.
    if (version.isUnknownVersion() || version.getMajorVersion() != FLOOR.getMajorVersion()) {
      return false;
    }
    int minor = Integer.compare(version.getMinorVersion(), FLOOR.getMinorVersion());
    return minor < 0 || minor == 0 && version.getPatchLevel() < FLOOR.getPatchLevel();
  }
}
