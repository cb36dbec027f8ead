package org.ifla.strategy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in this process: every command, every exit status. */
class StrategyCliTest {
  /** The sample plans as shipped in examples/plans (the tests run in the examples folder). */
  private static final Path METLIB = Path.of("plans", "metropolitan-libraries-2019-2020.yaml");
  private static final Path NOIR = Path.of("plans", "noir-2016-17.yaml");

  @Test
  void demoPrintsTheStrategyInBothLanguagesAndTheSampleFindings() {
    CliRun run = new CliRun("demo");
    assertEquals(0, run.status, run::toString);
    assertTrue(run.out.contains("Libraries are connected and energised through vibrant, global professional "
        + "communities"), run::toString);
    assertTrue(run.out.contains("充满活力的全球专业社区"), run::toString);
    assertTrue(run.out.contains("Sustainable futures for all through knowledge and information"), run::toString);
    assertTrue(run.out.contains("ERROR element-of-other-edition at /parts/0/alignments/1: 4.5 is not in"),
        run::toString);
    assertTrue(run.out.contains("不在计划所引用的版本"), run::toString);
  }

  @Test
  void showPrintsTheTreeInTheChosenLanguageMarkingEveryLabelByItsProvenance() {
    CliRun en = new CliRun("show", "--edition", "ifla-strategy-2019-2024");
    assertEquals(0, en.status, en::toString);
    assertTrue(en.out.contains("  1 Strengthen the Global Voice of Libraries [O1]"), en::toString);
    assertTrue(en.out.contains("    1.1 Show the power of libraries in achieving the Sustainable Development "
        + "Goals [O1]"), en::toString);
    assertTrue(en.out.lines().anyMatch(l -> l.startsWith("    2.4 Provide tools") && l.matches(".* \\[Q\\d+\\]")),
        en::toString);
    assertTrue(en.out.lines().anyMatch(l -> l.startsWith("    4.1 ") && l.matches(".* \\[R\\d+\\]")), en::toString);
    assertTrue(en.out.contains("[O] official: IFLA's own words, verbatim"), en::toString);
    assertTrue(en.out.contains("[Q] quoted: verbatim from a named source"), en::toString);
    assertTrue(en.out.contains("[R] rendered: written for this library"), en::toString);
    assertTrue(en.out.contains("\n   1  IFLA Strategy 2019-2024, ifla.org"), en::toString);
    assertTrue(en.out.contains("Metropolitan Libraries Section, Action Plan 2019-2020"), en::toString);
    // every line of the tree is marked
    en.out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")).forEach(l -> assertTrue(
        l.matches(".*\\[[OQR]\\d+( [a-zA-Z-]+)?\\]$"), () -> "unmarked: " + l));

    CliRun zh = new CliRun("show", "--lang", "zh");
    assertEquals(0, zh.status, zh::toString);
    assertTrue(zh.out.lines().anyMatch(l -> l.matches("  1 充满活力的全球专业社区 \\[引\\d+\\]")), zh::toString);
    assertTrue(zh.out.lines().anyMatch(l -> l.matches("国际图联战略 2024-2029 \\[译\\d+\\].*")), zh::toString);
    assertTrue(zh.out.contains("[官] 官方：国际图联自己的原文"), zh::toString);
    assertTrue(zh.out.contains("[引] 引用："), zh::toString);
    assertTrue(zh.out.contains("[译] 译写："), zh::toString);
    assertTrue(zh.out.contains("来源（标记中的数字）："), zh::toString);
    assertFalse(zh.out.contains("quoted:") || zh.out.contains("rendered:") || zh.out.contains("Sources"), zh::toString);

    // Traditional Chinese where the edition has only Simplified: the mark names the language shown
    CliRun traditional = new CliRun("show", "--lang", "zh-Hant-TW");
    assertTrue(traditional.out.lines().anyMatch(l -> l.matches("  1 充满活力的全球专业社区 \\[引\\d+ zh\\]")),
        traditional::toString);
    assertTrue(traditional.out.contains("标记中的语言标签"), traditional::toString);
    CliRun fallback = new CliRun("show", "--lang", "fr", "--edition", "ifla-strategic-plan-2016-2021");
    assertTrue(fallback.out.contains("Capacity Building [O1 en]"), fallback::toString);
  }

  @Test
  void showTakesTheEditionAsAPlainArgument() {
    CliRun plain = new CliRun("show", "ifla-strategy-2019-2024");
    assertEquals(0, plain.status, plain::toString);
    assertEquals(new CliRun("show", "--edition", "ifla-strategy-2019-2024").out, plain.out);
    assertTrue(plain.out.startsWith("IFLA Strategy 2019-2024 [O1] (ifla-strategy-2019-2024, 2019-2024)"),
        plain::toString);
    CliRun zh = new CliRun("show", "ifla-strategic-plan-2016-2021", "--lang", "zh");
    assertEquals(0, zh.status, zh::toString);
    assertTrue(zh.out.contains("国际图联战略计划 2016-2021"), zh::toString);
    CliRun same = new CliRun("show", "ifla-strategy-2019-2024", "--edition", "ifla-strategy-2019-2024");
    assertEquals(0, same.status, same::toString);
    CliRun both = new CliRun("show", "ifla-strategy-2019-2024", "--edition", "ifla-strategy-2024-2029");
    assertEquals(2, both.status, both::toString);
    assertTrue(both.err.contains("Two editions named"), both::toString);
    CliRun unknown = new CliRun("show", "ifla-strategy-2030-2035");
    assertEquals(2, unknown.status, unknown::toString);
    assertTrue(unknown.err.contains("the bundled editions are"), unknown::toString);
  }

  @Test
  void editionsListsIdsPeriodsLanguagesAndHowManyLabelsAreOfficial() {
    CliRun run = new CliRun("editions");
    assertEquals(0, run.status, run::toString);
    for (String line : List.of("ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024  ",
        "ifla-strategy-2024-2029  ", "2024-2029", "    zh-Hant ")) {
      assertTrue(run.out.contains(line), () -> line + "\n" + run);
    }
    // 2024-2029 English is complete but mostly rendered: the line says so
    assertTrue(run.out.contains("    en       100.0 %  (74 of 74, the title included; labels: 7 official, "
        + "0 quoted, 84 rendered)"), run::toString);
    assertTrue(run.out.contains("    zh        97.3 %  (72 of 74, the title included; labels: 0 official, "
        + "88 quoted, 1 rendered)"), run::toString);
    CliRun zh = new CliRun("editions", "--lang", "zh");
    assertTrue(zh.out.contains("（含标题，74 项中有 74 项；标签：官方 7，引用 0，译写 84）"), zh::toString);
  }

  @Test
  void validateSeed002ReportsBothMistakesAndExitsOne() {
    CliRun run = new CliRun("validate", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.contains(METLIB + ": ERROR element-of-other-edition at /parts/0/alignments/1: "),
        run::toString);
    assertTrue(run.out.contains(METLIB + ": WARNING stated-title-mismatch at /parts/0/alignments/0: "),
        run::toString);
    assertEquals(2, run.out.lines().count(), run::toString);
  }

  @Test
  void validateAPlanWithoutErrorsExitsZero() {
    CliRun run = new CliRun("validate", NOIR.toString());
    assertEquals(0, run.status, run::toString);
    // two key initiatives written by titles no key initiative has, one found by its title
    assertEquals(3, run.out.lines().count(), run::toString);
    assertTrue(run.out.contains(NOIR + ": INFO element-found-by-title at /alignments/2: \"International Advocacy\""),
        run::toString);
  }

  @Test
  void validateInChinese() {
    CliRun run = new CliRun("validate", "--lang", "zh", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    // the edition is named by its Chinese title
    assertTrue(run.out.contains("不在计划所引用的版本国际图联战略 2019-2024中"), run::toString);
  }

  @Test
  void validateAsJsonGivesExactlyTheFiveKeys() throws IOException {
    CliRun run = new CliRun("validate", "--format", "json", "--lang", "zh", METLIB.toString(), NOIR.toString());
    assertEquals(1, run.status, run::toString);
    JsonNode all = new ObjectMapper().readTree(run.out);
    assertEquals(5, all.size(), run::toString);
    List<JsonNode> findings = new ArrayList<>();
    for (JsonNode finding : all) {
      List<String> keys = new ArrayList<>();
      finding.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("file", "rule", "severity", "location", "message"), keys);
      if (finding.get("file").asText().equals(METLIB.toString())) {
        findings.add(finding);
      }
    }
    assertEquals(2, findings.size(), run::toString);
    assertEquals("stated-title-mismatch", findings.get(0).get("rule").asText());
    assertEquals("WARNING", findings.get(0).get("severity").asText());
    assertEquals("/parts/0/alignments/1", findings.get(1).get("location").asText());
    assertTrue(findings.get(1).get("message").asText().contains("不在"), run::toString);
  }

  @Test
  void validateAgainstAnotherEdition() {
    CliRun run = new CliRun("validate", "--edition", "ifla-strategic-plan-2016-2021", METLIB.toString());
    // Checked against the 2016 edition, the first focus area's citations are right and the second's are not.
    assertFalse(run.out.contains("at /parts/0/"), run::toString);
    assertTrue(run.out.contains("ERROR element-of-other-edition at /parts/1/alignments/3: 2.4 is not in "
        + "IFLA Strategic Plan 2016-2021"), run::toString);
    assertEquals(1, run.status, run::toString);
  }

  @Test
  void anUnreadableFileExitsTwoWithFileLineColumnPointerAndReason(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"format\": \"ifla-strategy-plan\",\n  \"formatVersion\": 1,\n"
        + "  \"template\": \"focus-area\"\n}\n");
    CliRun run = new CliRun("validate", bad.toString(), NOIR.toString());
    assertEquals(2, run.status, run::toString);
    assertTrue(run.err.startsWith(bad + ":4:15: /template: invalid plan template \"focus-area\""), run::toString);
    CliRun missing = new CliRun("validate", dir.resolve("absent.yaml").toString());
    assertEquals(2, missing.status, missing::toString);
    assertTrue(missing.err.contains("absent.yaml"), missing::toString);
    CliRun unknownKind = new CliRun("validate", dir.resolve("plan.txt").toString());
    assertEquals(2, unknownKind.status, unknownKind::toString);
  }

  @Test
  void wrongUsageExitsTwo() {
    assertEquals(2, new CliRun().status);
    assertEquals(2, new CliRun("validate").status);
    assertEquals(2, new CliRun("frobnicate").status);
    assertEquals(2, new CliRun("validate", "--format", "xml", NOIR.toString()).status);
    CliRun edition = new CliRun("show", "--edition", "ifla-strategy-2030-2035");
    assertEquals(2, edition.status, edition::toString);
    assertTrue(edition.err.contains("the bundled editions are ifla-strategic-plan-2016-2021"), edition::toString);
  }

  /** Seed 001's closing line, copied from the seed. */
  private static final String SEED_001 = "This idea relates to the IFLA Strategy! 1.2 Build a strong presence in "
      + "international organizations and meetings as a valued partner.";

  /** Seed 002's key initiative row, copied from the seed: a description after the number, not a title. */
  private static final String SEED_002_KI = "4.5\tMetLib Section’s planned activities focus on strengthening and "
      + "communicating our relevance to public libraries, particularly libraries serving larger Metropolitan cores "
      + "and cities, and pave the way to grow MetLib’s (and IFLA’s) presence in different geographical regions and "
      + "Metropolitan Cities, and correspondingly grow participation of libraries and library workers in MetLib "
      + "section activities progressively.\t\t";

  @Test
  void citeResolvesSeed001AndExitsZero() {
    CliRun run = new CliRun("cite", SEED_001);
    assertEquals(0, run.status, run::toString);
    assertEquals("'1.2 Build a strong presence in international organizations and meetings as a valued partner' "
        + "-> ifla-strategy-2019-2024:SD1.KI2 (edition by title); title matches\n", run.out.replace("\r\n", "\n"));
  }

  @Test
  void citeResolvesSeed002s45By2019sDateTo2016() {
    CliRun run = new CliRun("cite", "--date", "2019-10-15", SEED_002_KI, "SD4");
    assertEquals(0, run.status, run::toString);
    assertTrue(run.out.contains("'4.5' -> ifla-strategic-plan-2016-2021:SD4.KI5 (edition by date)"), run::toString);
    assertTrue(run.out.contains("'SD4' -> ifla-strategy-2019-2024:SD4 (edition by date)"), run::toString);
  }

  @Test
  void citeExitsOneOnAMismatchedTitleAndNamesTheBetterMatch() {
    CliRun run = new CliRun("cite", "Key Initiative 2.1: Shape public opinion and debate around open access…");
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.contains("-> ifla-strategy-2019-2024:SD2.KI1 (edition by number); title does not match; "
        + "better match ifla-strategy-2019-2024:SD1.KI4 Shape public opinion"), run::toString);
  }

  @Test
  void citeExitsOneOnAnUnresolvedCitation() {
    CliRun run = new CliRun("cite", "--edition", "ifla-strategy-2019-2024", "KI 4.5", "KI 1.2");
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.contains("'KI 4.5' -> unresolved in ifla-strategy-2019-2024"), run::toString);
    assertTrue(run.out.contains("'KI 1.2' -> ifla-strategy-2019-2024:SD1.KI2 (edition by given)"), run::toString);
  }

  @Test
  void citeWithoutCitationsExitsThreeAndSaysSo() {
    // Exited 0 before issue 20, as if all were resolved.
    CliRun run = new CliRun("cite", "no citation here", "Action 3.1 Hold a webinar on open data");
    assertEquals(3, run.status, run::toString);
    assertEquals("", run.out);
    assertTrue(run.err.contains("No citation found: nothing was checked."), run::toString);
    CliRun json = new CliRun("cite", "--format", "json", "Objective 1", "活动 1.1");
    assertEquals(3, json.status, json::toString);
    assertEquals("[ ]", json.out.strip());
    CliRun one = new CliRun("cite", "no citation here", "SD4");
    assertEquals(0, one.status, one::toString);
    assertEquals("", one.err);
  }

  @Test
  void citeHelpDocumentsTheExitStatusOfNoCitation() {
    CliRun run = new CliRun("cite", "--help");
    assertTrue(run.out.replaceAll("\\s+", " ").contains("3 no TEXT holds any citation"), run::toString);
  }

  @Test
  void citeReportsATitleAfterANumberAndAFullStopThatIsAnotherElements() {
    CliRun run = new CliRun("cite", "--date", "2020-10-01", "Strategic Direction 1. Optimise our Organisation");
    assertEquals(1, run.status, run::toString);
    assertEquals("'Strategic Direction 1. Optimise our Organisation' -> ifla-strategy-2019-2024:SD1 (edition by "
        + "date); title does not match; better match ifla-strategy-2019-2024:SD4 Optimise our Organisation\n",
        run.out.replace("\r\n", "\n"));
    CliRun right = new CliRun("cite", "--date", "2020-10-01",
        "Strategic Direction 1. Strengthen the Global Voice of Libraries");
    assertEquals(0, right.status, right::toString);
    assertTrue(right.out.contains("title matches"), right::toString);
  }

  @Test
  void citeSkipsAUnitsOwnNumbering() {
    CliRun run = new CliRun("cite", "Action 3.1 Hold a webinar on open data (KI 1.2)");
    assertEquals(0, run.status, run::toString);
    assertEquals("'KI 1.2' -> ifla-strategy-2019-2024:SD1.KI2 (edition by number)\n", run.out.replace("\r\n", "\n"));
  }

  @Test
  void citeReadsListsAndTitlesAlone() {
    CliRun list = new CliRun("cite", "--edition", "ifla-strategy-2019-2024", "Key Initiatives 2.1, 2.3 and 2.4",
        "关键举措 1.1、1.4");
    assertEquals(0, list.status, list::toString);
    assertEquals(List.of("'Key Initiatives 2.1' -> ifla-strategy-2019-2024:SD2.KI1 (edition by given)",
        "'2.3' -> ifla-strategy-2019-2024:SD2.KI3 (edition by given)",
        "'2.4' -> ifla-strategy-2019-2024:SD2.KI4 (edition by given)",
        "'关键举措 1.1' -> ifla-strategy-2019-2024:SD1.KI1 (edition by given)",
        "'1.4' -> ifla-strategy-2019-2024:SD1.KI4 (edition by given)"),
        List.of(list.out.strip().replace("\r\n", "\n").split("\n")));
    CliRun title = new CliRun("cite", "Strategic Direction: Optimise our Organisation");
    assertEquals(0, title.status, title::toString);
    assertEquals("'Strategic Direction: Optimise our Organisation' -> ifla-strategy-2019-2024:SD4 (edition by "
        + "title); cited by title\n", title.out.replace("\r\n", "\n"));
    CliRun wrongKind = new CliRun("cite", "the Key Initiative Libraries in Society");
    assertEquals(1, wrongKind.status, wrongKind::toString);
    assertEquals("'Key Initiative Libraries in Society' -> unresolved; cited by title; better match "
        + "ifla-strategic-plan-2016-2021:SD1 Libraries in Society\n", wrongKind.out.replace("\r\n", "\n"));
  }

  @Test
  void citeAsJsonGivesTheSixKeysInChineseToo() throws IOException {
    CliRun run = new CliRun("cite", "--format", "json", "影响领域 2", "Key Initiative 2.1: Shape public opinion and "
        + "debate around open access", "KI 9.9");
    assertEquals(1, run.status, run::toString);
    JsonNode citations = new ObjectMapper().readTree(run.out);
    assertEquals(3, citations.size(), run::toString);
    for (JsonNode citation : citations) {
      List<String> keys = new ArrayList<>();
      citation.fieldNames().forEachRemaining(keys::add);
      // byTitle added by issue 20
      assertEquals(List.of("text", "edition", "element", "titleMatches", "betterMatch", "byTitle"), keys);
    }
    assertEquals("影响领域 2", citations.get(0).get("text").asText());
    assertEquals("ifla-strategy-2024-2029", citations.get(0).get("edition").asText());
    assertEquals("ifla-strategy-2024-2029:IA2", citations.get(0).get("element").asText());
    assertTrue(citations.get(0).get("titleMatches").asBoolean());
    assertTrue(citations.get(0).get("betterMatch").isNull());
    assertFalse(citations.get(0).get("byTitle").asBoolean());
    assertFalse(citations.get(1).get("titleMatches").asBoolean());
    assertEquals("ifla-strategy-2019-2024:SD1.KI4", citations.get(1).get("betterMatch").asText());
    assertTrue(citations.get(2).get("element").isNull());
    assertTrue(citations.get(2).get("edition").isNull());
    assertFalse(citations.get(2).get("titleMatches").asBoolean());
  }

  @Test
  void theReadmesCiteSamplePrintsWhatTheReadmeSays() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```console", readme.indexOf("## Citations"));
    List<String> lines = List.of(readme.substring(start + "```console".length(), readme.indexOf("```", start + 3))
        .strip().split("\n"));
    String prefix = "$ java -jar examples/target/strategy.jar ";
    assertTrue(lines.get(0).startsWith(prefix), lines::toString);
    List<String> args = new ArrayList<>();
    java.util.regex.Matcher arg = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)")
        .matcher(lines.get(0).substring(prefix.length()));
    while (arg.find()) {
      args.add(arg.group(1) != null ? arg.group(1) : arg.group(2));
    }
    CliRun run = new CliRun(args.toArray(new String[0]));
    assertEquals(0, run.status, run::toString);
    assertEquals(String.join("\n", lines.subList(1, lines.size())), run.out.strip().replace("\r\n", "\n"));
  }

  @Test
  void citeWithWrongUsageExitsTwo() {
    CliRun date = new CliRun("cite", "--date", "2019-13-01", "SD4");
    assertEquals(2, date.status, date::toString);
    assertTrue(date.err.contains("'2019-13-01' is not a date of the form YYYY-MM-DD"), date::toString);
    CliRun edition = new CliRun("cite", "--edition", "ifla-strategy-2030-2035", "SD4");
    assertEquals(2, edition.status, edition::toString);
    assertTrue(edition.err.contains("Unknown edition 'ifla-strategy-2030-2035'"), edition::toString);
    assertEquals(2, new CliRun("cite", "--format", "xml", "SD4").status);
    assertEquals(2, new CliRun("cite").status);
  }

  @Test
  void everyCommandHasHelpAndTheToolAVersion() {
    for (String command : List.of("demo", "show", "validate", "editions", "cite")) {
      CliRun run = new CliRun(command, "--help");
      assertEquals(0, run.status, run::toString);
      assertTrue(run.out.startsWith("Usage: strategy " + command), run::toString);
    }
    CliRun help = new CliRun("--help");
    assertEquals(0, help.status);
    assertTrue(help.out.contains("validate"), help::toString);
    CliRun version = new CliRun("--version");
    assertEquals(0, version.status);
    assertTrue(version.out.startsWith("strategy 0."), version::toString);
  }
}
