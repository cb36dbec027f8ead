package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Where the browser test finds Chromium, and what it says when there is none. */
class ChromiumTest {
  @Test
  void withoutChromiumCiFailsAndElsewhereTheTestIsSkippedNamingTheInstallCommand() {
    Map<String, String> none = Map.of("PATH", "/nonexistent");
    AssertionFailedError failed = assertThrows(AssertionFailedError.class,
        () -> Chromium.executable(Map.of("PATH", "/nonexistent", "CI", "true")));
    assertTrue(failed.getMessage().contains("apt-get install -y chromium"), failed.getMessage());
    TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Chromium.executable(none));
    assertTrue(skipped.getMessage().contains("apt-get install -y chromium"), skipped.getMessage());
  }

  @Test
  void theChromiumVariableNamesTheBrowser() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java"); // any executable will do
    assertEquals(java, Chromium.executable(Map.of("CHROMIUM", java.toString(), "PATH", "/nonexistent")));
  }
}
