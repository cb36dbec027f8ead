package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Severities: their order and their names in each language. */
class SeverityTest {
  @Test
  void severitiesAreListedMostSeriousFirst() {
    assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO), List.of(Severity.values()));
  }

  @Test
  void namesAreInTheLanguageAsked() {
    assertEquals("ERROR", Severity.ERROR.displayName(Locale.ENGLISH));
    assertEquals("WARNING", Severity.WARNING.displayName(Locale.ENGLISH));
    assertEquals("INFO", Severity.INFO.displayName(Locale.ENGLISH));
    assertEquals("错误", Severity.ERROR.displayName(Locale.CHINESE));
    assertEquals("警告", Severity.WARNING.displayName(Locale.SIMPLIFIED_CHINESE));
    assertEquals("提示", Severity.INFO.displayName(Locale.forLanguageTag("zh-Hant")));
    assertEquals("ERROR", Severity.ERROR.displayName(Locale.GERMAN));
    assertNullRejected(() -> Severity.ERROR.displayName((Locale) null));
    assertNullRejected(() -> Severity.ERROR.displayName((org.ifla.strategy.text.LanguageTag) null));
  }
}
