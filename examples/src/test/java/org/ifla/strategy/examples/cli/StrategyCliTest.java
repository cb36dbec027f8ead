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
  void showPrintsTheTreeInTheChosenLanguageMarkingWhatIsNotOfficial() {
    CliRun en = new CliRun("show", "--edition", "ifla-strategy-2019-2024");
    assertEquals(0, en.status, en::toString);
    assertTrue(en.out.contains("  1 Strengthen the Global Voice of Libraries"), en::toString);
    assertTrue(en.out.contains("    1.1 Show the power of libraries in achieving the Sustainable Development "
        + "Goals"), en::toString);
    assertTrue(en.out.contains("* not IFLA's official wording"), en::toString);
    CliRun zh = new CliRun("show", "--lang", "zh");
    assertEquals(0, zh.status, zh::toString);
    assertTrue(zh.out.contains("  1 充满活力的全球专业社区 *"), zh::toString);
    CliRun fallback = new CliRun("show", "--lang", "fr", "--edition", "ifla-strategic-plan-2016-2021");
    assertTrue(fallback.out.contains("Capacity Building"), fallback::toString);
  }

  @Test
  void editionsListsIdsPeriodsAndLanguages() {
    CliRun run = new CliRun("editions");
    assertEquals(0, run.status, run::toString);
    for (String line : List.of("ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024  ",
        "ifla-strategy-2024-2029  ", "2024-2029", "    zh-Hant ")) {
      assertTrue(run.out.contains(line), () -> line + "\n" + run);
    }
    assertTrue(run.out.contains("100.0 %"), run::toString);
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
  void validateACleanPlanExitsZero() {
    CliRun run = new CliRun("validate", NOIR.toString());
    assertEquals(0, run.status, run::toString);
    assertEquals(NOIR + ": no findings", run.out.strip(), run::toString);
  }

  @Test
  void validateInChinese() {
    CliRun run = new CliRun("validate", "--lang", "zh", METLIB.toString());
    assertEquals(1, run.status, run::toString);
    assertTrue(run.out.contains("不在计划所引用的版本 ifla-strategy-2019-2024 中"), run::toString);
  }

  @Test
  void validateAsJsonGivesExactlyTheFiveKeys() throws IOException {
    CliRun run = new CliRun("validate", "--format", "json", "--lang", "zh", METLIB.toString(), NOIR.toString());
    assertEquals(1, run.status, run::toString);
    JsonNode findings = new ObjectMapper().readTree(run.out);
    assertEquals(2, findings.size(), run::toString);
    for (JsonNode finding : findings) {
      List<String> keys = new ArrayList<>();
      finding.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("file", "rule", "severity", "location", "message"), keys);
      assertEquals(METLIB.toString(), finding.get("file").asText());
    }
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
        + "ifla-strategic-plan-2016-2021"), run::toString);
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
  void citeWithoutCitationsExitsZeroAndSaysSo() {
    CliRun run = new CliRun("cite", "no citation here");
    assertEquals(0, run.status, run::toString);
    assertEquals("", run.out);
    assertTrue(run.err.contains("No citation found."), run::toString);
  }

  @Test
  void citeAsJsonGivesTheFiveKeysInChineseToo() throws IOException {
    CliRun run = new CliRun("cite", "--format", "json", "影响领域 2", "Key Initiative 2.1: Shape public opinion and "
        + "debate around open access", "KI 9.9");
    assertEquals(1, run.status, run::toString);
    JsonNode citations = new ObjectMapper().readTree(run.out);
    assertEquals(3, citations.size(), run::toString);
    for (JsonNode citation : citations) {
      List<String> keys = new ArrayList<>();
      citation.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("text", "edition", "element", "titleMatches", "betterMatch"), keys);
    }
    assertEquals("影响领域 2", citations.get(0).get("text").asText());
    assertEquals("ifla-strategy-2024-2029", citations.get(0).get("edition").asText());
    assertEquals("ifla-strategy-2024-2029:IA2", citations.get(0).get("element").asText());
    assertTrue(citations.get(0).get("titleMatches").asBoolean());
    assertTrue(citations.get(0).get("betterMatch").isNull());
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
