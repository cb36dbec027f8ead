package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in a real browser (Debian's headless Chromium): a unit officer chooses a sample plan, sends it, reads
 * the findings beside the plan's parts, switches to Chinese, and sees the edition's tree with coverage; and the
 * same without JavaScript. The screenshots are kept in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class PageBrowserTest {
  private static final Path TARGET = Path.of("target");
  private static final Path SCREENSHOTS = TARGET.resolve("screenshots");

  @LocalServerPort
  int port;

  @BeforeAll
  static void browserInstalled() {
    Chromium.executable(); // fails under CI, skips elsewhere, when there is none
  }

  @Test
  void aUnitOfficerChecksAPlanInEnglishAndInChinese() throws Exception {
    Files.createDirectories(TARGET);
    try (Chromium browser = Chromium.start(TARGET)) {
      browser.open("http://127.0.0.1:" + port + "/");
      assertEquals("IFLA strategy · plan check", browser.text("document.title"));
      browser.chooseFile("input[type=file][name=plan]", Samples.file(Samples.METLIB));
      browser.waitFor("document.querySelector('form.upload button').textContent.includes('"
          + Samples.METLIB + "')"); // the script shows the chosen file
      browser.click("form.upload button[type=submit]");
      browser.waitFor("location.pathname === '/page/check' && document.readyState === 'complete'"
          + " && document.querySelector('.parts')");

      // English: the findings beside the part they are about
      assertEquals("en", browser.text("document.documentElement.lang"));
      String part = browser.text("document.querySelector('#part-0').innerText");
      assertTrue(part.contains("Re-defining the Metropolitan Libraries Section’s value proposition"), part);
      assertTrue(part.contains("ERROR"), part);
      assertTrue(part.contains("4.5 is not in IFLA Strategy 2019-2024, the edition the plan cites"), part);
      assertTrue(part.contains("WARNING"), part);
      assertEquals("Focus areas", browser.text("document.querySelector('.parts h2').innerText"));
      assertEquals(2, browser.eval("document.querySelectorAll('.part').length").asInt());
      // the edition's tree, with what the plan covers
      assertTrue(browser.eval("document.querySelector('.node[data-element=\"SD4\"]').classList"
          + ".contains('addressed')").asBoolean());
      assertTrue(browser.eval("document.querySelector('.node[data-element=\"SD3\"]').classList"
          + ".contains('gap')").asBoolean());
      browser.screenshot(SCREENSHOTS.resolve("plan-check-en.png"));

      // the severity filter (JavaScript): hide the errors, show them again
      browser.click(".counts .count.error");
      assertEquals("none", browser.text("getComputedStyle(document.querySelector('.finding.error')).display"));
      browser.click(".counts .count.error");
      assertEquals("list-item",
          browser.text("getComputedStyle(document.querySelector('.finding.error')).display"));

      // Chinese, without choosing the file again
      browser.click("form.lang button[value=zh]");
      browser.waitFor("document.documentElement.lang === 'zh' && document.querySelector('.parts')");
      String zhPart = browser.text("document.querySelector('#part-0').innerText");
      assertTrue(zhPart.contains("错误"), zhPart);
      assertTrue(zhPart.contains("4.5 不在计划所引用的版本国际图联战略 2019-2024中"), zhPart);
      assertTrue(zhPart.contains("警告"), zhPart);
      assertEquals("重点领域", browser.text("document.querySelector('.parts h2').innerText"));
      String tree = browser.text("document.querySelector('.edition').innerText");
      assertTrue(tree.contains("优化我们的组织"), tree);
      assertTrue(tree.contains("未涉及"), tree);
      browser.screenshot(SCREENSHOTS.resolve("plan-check-zh.png"));

      // and back to English
      browser.click("form.lang button[value=en]");
      browser.waitFor("document.documentElement.lang === 'en' && document.querySelector('.parts')");
      assertTrue(browser.text("document.querySelector('#part-0').innerText").contains("ERROR"));
    }
    assertTrue(Files.size(SCREENSHOTS.resolve("plan-check-en.png")) > 10_000);
    assertTrue(Files.size(SCREENSHOTS.resolve("plan-check-zh.png")) > 10_000);
  }

  @Test
  void theUploadAndTheLanguageSwitchWorkWithoutJavaScript() throws Exception {
    Files.createDirectories(TARGET);
    try (Chromium browser = Chromium.start(TARGET)) {
      browser.scripts(false);
      browser.open("http://127.0.0.1:" + port + "/");
      assertEquals(false, browser.eval("document.documentElement.classList.contains('js')").asBoolean(),
          "the page's script did not run");
      browser.chooseFile("input[type=file][name=plan]", Samples.file(Samples.NOIR));
      browser.click("input[type=radio][value=zh]");
      browser.click("form.upload button[type=submit]");
      browser.waitFor("location.pathname === '/page/check' && document.readyState === 'complete'"
          + " && document.querySelector('.parts')");
      assertEquals("zh", browser.text("document.documentElement.lang"));
      assertEquals("目标", browser.text("document.querySelector('.parts h2').innerText"));
      // NOIR states its alignments for the whole plan, by title alone
      String whole = browser.text("document.querySelector('.summary .aligned').innerText");
      assertTrue(whole.startsWith("整个计划对应") && whole.contains("International Advocacy"), whole);
      assertTrue(browser.text("document.querySelector('.summary h1').innerText").contains("NOIR"),
          browser.text("document.querySelector('.summary h1').innerText"));
      browser.click("form.lang button[value=en]");
      browser.waitFor("document.documentElement.lang === 'en' && document.querySelector('.parts')");
      assertEquals("Objectives", browser.text("document.querySelector('.parts h2').innerText"));
      assertEquals(false, browser.eval("document.documentElement.classList.contains('js')").asBoolean());
      browser.screenshot(SCREENSHOTS.resolve("plan-check-no-javascript.png"));
    }
  }
}
