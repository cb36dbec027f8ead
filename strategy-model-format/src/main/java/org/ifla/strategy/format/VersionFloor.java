package org.ifla.strategy.format;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The oldest release of a dependency (a Jackson major version) that a Jackson module works with, and the check
 * each module runs before its first mapper or module is set up: an older release on the class path fails at
 * once, with a message naming the release needed and the releases found, instead of failing later in some
 * other way. Each module hands its Jackson's versions over as plain numbers ({@link #check(List)}); a release of
 * another major version (another library) and an unknown version (a repackaged or shaded copy) are not judged.
 *
 * <p>Thread-safe; immutable but for remembering that {@link #checkOnce} passed.
 */
public final class VersionFloor {
  private final String module;
  private final String dependency;
  private final String artifacts;
  private final String bom;
  private final int major;
  private final int minor;
  private final int patch;
  private volatile boolean passed;

  private VersionFloor(String module, String dependency, String artifacts, String bom, int major, int minor,
      int patch) {
    this.module = checkNotNull(module, "module");
    this.dependency = checkNotNull(dependency, "dependency");
    this.artifacts = checkNotNull(artifacts, "artifacts");
    this.bom = checkNotNull(bom, "bom");
    checkArgument(major >= 0 && minor >= 0 && patch >= 0, "negative version number in %s.%s.%s", major, minor,
        patch);
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }

  /**
   * Returns the floor of a dependency.
   *
   * @param module the module that needs it, as the message names it ({@code strategy-model-jackson3})
   * @param dependency the dependency's name ({@code Jackson})
   * @param artifacts the artifacts checked, as the message lists them
   * @param bom the group and artifact id of the dependency's BOM, which the message suggests importing
   * @param version the floor, {@code major.minor.patch}
   * @return the floor
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the version is not three non-negative numbers
   */
  public static VersionFloor of(String module, String dependency, String artifacts, String bom, String version) {
    String[] parts = checkNotNull(version, "version").split("\\.", -1);
    checkArgument(parts.length == 3, "not major.minor.patch: %s", version);
    try {
      return new VersionFloor(module, dependency, artifacts, bom, Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not major.minor.patch: " + version, e);
    }
  }

  /**
   * Returns a release found on the class path, to check.
   *
   * @param artifactId the artifact's id, as the message names it
   * @param major its major version
   * @param minor its minor version
   * @param patch its patch level
   * @param text the version as the dependency writes it (with any qualifier), as the message shows it
   * @return the release found
   * @throws NullPointerException if the artifact id or text is null
   */
  public static Found found(String artifactId, int major, int minor, int patch, String text) {
    return new Found(checkNotNull(artifactId, "artifactId"), major, minor, patch, checkNotNull(text, "text"));
  }

  /**
   * Returns a release found on the class path, to check, or null (not judged) when its version is unknown.
   *
   * @param artifactId the artifact's id, as the message names it
   * @param unknown whether the version is unknown (a repackaged or shaded copy)
   * @param major its major version
   * @param minor its minor version
   * @param patch its patch level
   * @param text the version as the dependency writes it (with any qualifier), as the message shows it
   * @return the release found, or null when unknown
   * @throws NullPointerException if the version is known and the artifact id or text is null
   */
  public static Found found(String artifactId, boolean unknown, int major, int minor, int patch, String text) {
    return unknown ? null : found(artifactId, major, minor, patch, text);
  }

  /** A release found on the class path ({@link #found}). Immutable. */
  public static final class Found {
    private final String artifactId;
    private final int major;
    private final int minor;
    private final int patch;
    private final String text;

    private Found(String artifactId, int major, int minor, int patch, String text) {
      this.artifactId = artifactId;
      this.major = major;
      this.minor = minor;
      this.patch = patch;
      this.text = text;
    }

    @Override
    public String toString() {
      return artifactId + " " + text;
    }
  }

  /**
   * Returns the floor as text, {@code major.minor.patch}.
   *
   * @return the floor
   */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }

  /**
   * Whether a release is accepted: of another major version (another library, not judged), or of the floor's
   * and not older than it.
   *
   * @param found the release
   * @return whether it is accepted
   * @throws NullPointerException if the release is null
   */
  public boolean accepts(Found found) {
    if (found.major != major) {
      return true;
    }
    int minorOrder = Integer.compare(found.minor, minor);
    return minorOrder > 0 || minorOrder == 0 && found.patch >= patch;
  }

  /**
   * Checks the releases found.
   *
   * @param found the releases found on the class path; null for a release whose version is unknown (a
   *     repackaged or shaded copy), which is given the benefit of the doubt
   * @throws IllegalStateException if one is older than the floor, naming the floor and every older release
   * @throws NullPointerException if the list is null
   */
  public void check(List<Found> found) {
    List<String> old = new ArrayList<>();
    for (Found release : found) {
      if (release != null && !accepts(release)) {
        old.add(release.toString());
      }
    }
    if (!old.isEmpty()) {
      throw new IllegalStateException(module + " needs " + dependency + " " + this + " or newer (" + artifacts
          + "), but found " + String.join(", ", old) + ": depend on a newer " + dependency + ", for example by "
          + "importing " + bom + ":" + this + " or newer");
    }
  }

  /**
   * Runs a module's check of the releases on its class path, until it has passed once: the releases on a class
   * path do not change.
   *
   * @param check the check, which throws when a release is older than this floor
   * @throws IllegalStateException if the check does
   */
  public void checkOnce(Runnable check) {
    if (!passed) {
      check.run();
      passed = true;
    }
  }
}
