package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version comparison and message both Jackson modules' floor checks use. */
class VersionFloorTest {
  private static final VersionFloor FLOOR = VersionFloor.of("strategy-model-x", "Lib", "a and b", "g:lib-bom",
      "3.1.3");

  private static VersionFloor.Found found(String artifact, String version) {
    int[] n = Arrays.stream(version.split("-")[0].split("\\.")).mapToInt(Integer::parseInt).toArray();
    return VersionFloor.found(artifact, n[0], n[1], n[2], version);
  }

  @Test
  void theFloorNewerReleasesAndOtherMajorVersionsAreAccepted() {
    for (String version : List.of("3.1.3", "3.1.4", "3.1.10", "3.2.0", "3.10.0", "2.0.0", "2.99.99", "4.0.0",
        "3.1.3-rc1")) {
      assertTrue(FLOOR.accepts(found("a", version)), version);
    }
    FLOOR.check(Arrays.asList(found("a", "3.3.0"), null, found("b", "2.17.0")));
  }

  @Test
  void olderReleasesOfTheSameMajorVersionAreRefusedNamingNeededAndFound() {
    for (String version : List.of("3.1.2", "3.1.0", "3.0.9", "3.0.0", "3.0.10")) {
      assertFalse(FLOOR.accepts(found("a", version)), version);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> FLOOR.check(List.of(found("a", "3.2.0"), found("b", version))));
      assertEquals("strategy-model-x needs Lib 3.1.3 or newer (a and b), but found b " + version
          + ": depend on a newer Lib, for example by importing g:lib-bom:3.1.3 or newer", e.getMessage());
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FLOOR.check(List.of(found("a", "3.0.1"), found("b", "3.1.1-SNAPSHOT"))));
    assertTrue(e.getMessage().contains("but found a 3.0.1, b 3.1.1-SNAPSHOT:"), e::getMessage);
  }

  @Test
  void anUnknownVersionIsNotJudged() {
    assertEquals(null, VersionFloor.found("a", true, 0, 0, 0, "0.0.0"));
    VersionFloor.Found known = VersionFloor.found("a", false, 3, 0, 0, "3.0.0");
    assertFalse(FLOOR.accepts(known));
    assertEquals("a 3.0.0", known.toString());
  }

  @Test
  void aCheckRunsUntilItHasPassedOnce() {
    VersionFloor floor = VersionFloor.of("m", "d", "a", "b", "1.2.0");
    int[] runs = {0};
    Runnable failing = () -> {
      runs[0]++;
      floor.check(List.of(found("a", "1.1.9")));
    };
    assertThrows(IllegalStateException.class, () -> floor.checkOnce(failing));
    assertThrows(IllegalStateException.class, () -> floor.checkOnce(failing));
    assertEquals(2, runs[0]);
    Runnable passing = () -> runs[0]++;
    floor.checkOnce(passing);
    floor.checkOnce(passing);
    floor.checkOnce(failing);
    assertEquals(3, runs[0]);
  }

  @Test
  void aFloorIsThreeNumbers() {
    assertEquals("3.1.3", FLOOR.toString());
    for (String bad : List.of("3.1", "3.1.3.4", "3.x.0", "3.1.-1", "")) {
      assertThrows(IllegalArgumentException.class, () -> VersionFloor.of("m", "d", "a", "b", bad), bad);
    }
    assertThrows(NullPointerException.class, () -> VersionFloor.of(null, "d", "a", "b", "1.0.0"));
  }
}
