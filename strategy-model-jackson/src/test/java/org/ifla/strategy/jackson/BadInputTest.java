package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.ifla.strategy.format.ReadLimits;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of {@code src/test/resources/bad/}: every file fails with a {@link StrategyFormatException}
 * at the pointer, line and reason {@code cases.tsv} gives for it, as bytes and as text. And the limits: a
 * document just under each reads, one just over fails, huge or deep documents fail fast.
 */
class BadInputTest {
  /** One line of cases.tsv. */
  record Case(String file, String pointer, int line, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String line : new String(bytes("cases.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      cases.add(new Case(f[0], f[1], f[2].equals("-") ? -1 : Integer.parseInt(f[2]), f[3]));
    }
    return cases;
  }

  private static byte[] bytes(String file) {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no bad/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StrategyJson format(String file) {
    return file.endsWith(".json") ? StrategyJson.json() : StrategyJson.yaml();
  }

  private static Class<?> type(String file) {
    return file.startsWith("edition-") ? StrategyEdition.class
        : file.startsWith("crosswalk-") ? Crosswalk.class : ActionPlan.class;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void failsAtThePlaceCasesTsvSays(Case c) {
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> format(c.file())
        .read(new ByteArrayInputStream(bytes(c.file())), c.file(), type(c.file())));
    assertEquals(c.file(), e.source());
    assertEquals(c.pointer(), e.pointer(), e::getMessage);
    if (c.line() > 0) {
      assertEquals(c.line(), e.line(), e::getMessage);
    }
    // a fragment may name alternatives, separated by " || ", where Jackson releases word a reason differently
    assertTrue(Arrays.stream(c.fragment().split(" \\|\\| ")).anyMatch(e.reason()::contains),
        () -> "expected \"" + c.fragment() + "\" in " + e.getMessage());
    assertTrue(e.getMessage().startsWith(c.file() + ":"), e::getMessage);
    assertTrue(e.getMessage().length() < 400, () -> e.getMessage().length() + ": " + e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void failsAtTheSamePointerWhenReadAsText(Case c) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(c.file()))).toString();
    } catch (CharacterCodingException notText) {
      return; // bytes that are not UTF-8 text cannot be given as a String
    }
    if (text.startsWith("\uFEFF") || c.file().startsWith("bom-")) {
      return;
    }
    StrategyFormatException e = assertThrows(StrategyFormatException.class,
        () -> format(c.file()).read(text, type(c.file())));
    assertEquals("(string)", e.source());
    assertEquals(c.pointer(), e.pointer(), e::getMessage);
  }

  @Test
  void everyFileOfTheCorpusIsACase() throws IOException, URISyntaxException {
    List<String> listed = cases().stream().map(Case::file).sorted().collect(Collectors.toList());
    List<String> files;
    try (Stream<Path> paths = Files.list(Path.of(BadInputTest.class.getResource("/bad").toURI()))) {
      files = paths.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("cases.tsv") && !n.equals("README.md")).sorted().collect(Collectors.toList());
    }
    assertEquals(files, listed);
    assertTrue(listed.size() >= 25, "cases: " + listed.size());
    assertEquals(listed.size(), new TreeSet<>(listed).size(), "a file is listed twice");
  }

  // ---- what looks bad but is a plan to read and report on ------------------------------------------------

  @Test
  void aLeadingUtf8ByteOrderMarkIsAccepted() throws IOException {
    byte[] valid = bytes("../golden/noir-2016-17.json");
    byte[] withBom = new byte[valid.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(valid, 0, withBom, 3, valid.length);
    assertEquals(StrategyJson.json().readPlan(new ByteArrayInputStream(valid), "a"),
        StrategyJson.json().readPlan(new ByteArrayInputStream(withBom), "b"));
  }

  @Test
  void anInvertedTimeframeInAPlanIsReadAndReportedByTheRules() throws IOException {
    String json = new String(bytes("../golden/noir-2016-17.json"), StandardCharsets.UTF_8);
    ActionPlan plan = StrategyJson.json().readPlan(json.replace("\"2016-17\"", "\"2017-05/2016-01\""));
    assertEquals(1, RuleSet.standard().check(plan).findings("timeframe-inverted").size());
  }

  @Test
  void anUnknownEditionIsReadAndReportedByTheRules() throws IOException {
    String json = new String(bytes("../golden/noir-2016-17.json"), StandardCharsets.UTF_8);
    ActionPlan plan = StrategyJson.json().readPlan(json.replace("ifla-strategic-plan-2016-2021",
        "national-library-association-2016-2020"));
    assertEquals(1, RuleSet.standard().check(plan).findings("unknown-edition").size());
  }

  // ---- limits -----------------------------------------------------------------------------------------

  private static String plan(String status) {
    return "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 1, \"template\": \"goals\", "
        + "\"unit\": {\"name\": {\"en\": \"A\"}, \"type\": \"network\"}, \"status\": \"" + status + "\"}";
  }

  @Test
  void nestingTenThousandDeepFailsFastAndTheMappersHoldTheDepthLimit() {
    String arrays = "[".repeat(10_000) + "]".repeat(10_000);
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String planWithDeepStatus = plan("x").replace("\"x\"", arrays);
    // The reader refuses the first token out of place, long before the depth matters.
    for (String deep : List.of(arrays, objects, planWithDeepStatus)) {
      for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
        StrategyFormatException e = assertThrows(StrategyFormatException.class,
            () -> format.read(deep, ActionPlan.class));
        assertTrue(e.getMessage().length() < 400, e::getMessage);
      }
    }
    // What does descend, such as a caller's tree read with the hardened mapper, stops at the depth limit.
    for (String deep : List.of(arrays, objects)) {
      IOException e = assertThrows(IOException.class, () -> StrategyJson.json().mapper().readTree(deep));
      assertTrue(e.getMessage().contains("nesting depth"), e::getMessage);
    }
    IOException yaml = assertThrows(IOException.class, () -> StrategyJson.yaml().mapper().readTree(arrays));
    assertTrue(yaml.getMessage().contains("nesting depth") || yaml.getMessage().contains("Nesting Depth"),
        yaml::getMessage);
  }

  @Test
  void aFiftyMegabyteStringFailsOnTheStringLimitWithoutEchoingIt() {
    String huge = "x".repeat(50 * 1024 * 1024);
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> format.readPlan(plan(huge)));
      assertTrue(e.reason().contains("String value length"), e::getMessage);
      if (!format.isYaml()) {
        // YAML stops the runaway scalar while scanning ahead, before its field is reached
        assertEquals("/status", e.pointer());
      }
      assertTrue(e.getMessage().length() < 400, () -> "message of " + e.getMessage().length() + " characters");
    }
  }

  @Test
  void eachLimitReadsJustUnderAndFailsJustOver() throws IOException {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(100).withMaxNameLength(20)
        .withMaxNestingDepth(4).withMaxDocumentLength(400);
    StrategyJson json = StrategyJson.json().withLimits(limits);
    StrategyJson yaml = StrategyJson.yaml().withLimits(limits);

    // string length
    assertEquals("y".repeat(100), json.readPlan(plan("y".repeat(100))).status().orElseThrow());
    assertThrows(StrategyFormatException.class, () -> json.readPlan(plan("y".repeat(101))));
    // name length: a language tag is a field name
    String name20 = "en-x-" + "a".repeat(8) + "-" + "b".repeat(6);
    assertEquals(20, name20.length());
    String name21 = "en-x-" + "a".repeat(8) + "-" + "b".repeat(7);
    String base = plan("s");
    assertTrue(json.readPlan(base.replace("{\"en\": \"A\"}", "{\"" + name20 + "\": \"A\"}")).unit().name()
        .languages().size() == 1);
    assertThrows(StrategyFormatException.class, () -> json.readPlan(base.replace("{\"en\": \"A\"}",
        "{\"" + name21 + "\": \"A\"}")));
    // depth: the plan nests unit > name > label = 3; a 4th level is allowed, a 5th is not
    String depth4 = base.replace("{\"en\": \"A\"}", "{\"en\": {\"text\": \"A\", \"official\": true}}");
    assertEquals("A", json.readPlan(depth4).unit().name().labels().get(0).text());
    String depth5 = base.replace("\"status\": \"s\"", "\"activities\": [{\"title\": {\"en\": {\"text\": \"A\","
        + " \"official\": true}}}]");
    assertTrue(assertThrows(StrategyFormatException.class, () -> json.readPlan(depth5)).reason()
        .contains("nesting depth"));
    // document length, counted in bytes, alone
    StrategyJson short400 = StrategyJson.json().withLimits(ReadLimits.defaults().withMaxDocumentLength(400));
    String fits = plan("z".repeat(400 - plan("").length()));
    assertEquals(400, fits.length());
    assertEquals(fits.length() - plan("").length(), short400.read(new ByteArrayInputStream(
        fits.getBytes(StandardCharsets.UTF_8)), "fits", ActionPlan.class).status().orElseThrow().length());
    String over = plan("z".repeat(401 - plan("").length()));
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> short400.read(
        new ByteArrayInputStream(over.getBytes(StandardCharsets.UTF_8)), "over", ActionPlan.class));
    assertTrue(e.reason().contains("Document length"), e::getMessage);
    // the same limits hold for YAML
    assertThrows(StrategyFormatException.class, () -> yaml.readPlan(plan("y".repeat(101))));
    assertFalse(yaml.readPlan(plan("y".repeat(100))).status().isEmpty());
    assertThrows(StrategyFormatException.class, () -> yaml.readPlan(base.replace("{\"en\": \"A\"}",
        "{\"" + name21 + "\": \"A\"}")));
    assertEquals(1, yaml.readPlan(base.replace("{\"en\": \"A\"}", "{\"" + name20 + "\": \"A\"}")).unit().name()
        .languages().size());
  }

  /** The tokens of a JSON document, counted by a plain parser: values, field names, starts and ends. */
  private static long tokens(String json) throws IOException {
    long count = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
        .createParser(json)) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  @Test
  void theTokenCountTheYamlDepthAndTheYamlLengthReadJustUnderAndFailJustOver() throws IOException {
    // token count: a plan with 50 collaborators, read with exactly as many tokens allowed, and with one fewer
    String collaborators = IntStream.range(0, 50).mapToObj(i -> "\"c" + i + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
    String plan = plan("s").replace("\"status\": \"s\"", "\"activities\": [{\"title\": {\"en\": \"A\"}, "
        + "\"collaborators\": " + collaborators + "}]");
    long count = tokens(plan);
    assertTrue(count > 80, () -> "tokens: " + count);
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      StrategyJson exact = format.withLimits(ReadLimits.defaults().withMaxTokenCount(count));
      assertEquals(50, exact.readPlan(plan).activities().get(0).collaborators().size());
      StrategyJson fewer = format.withLimits(ReadLimits.defaults().withMaxTokenCount(count - 1));
      StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> fewer.readPlan(plan));
      assertTrue(e.reason().contains("Token count"), e::getMessage);
    }
    // the default allows a million tokens: a plan of 900 000 collaborators reads, and one of a million (one
    // token each, and the plan's own, in under 6 MB) fails
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      for (int n : new int[] {900_000, 1_000_000}) {
        String many = plan("s").replace("\"status\": \"s\"", "\"activities\": [{\"title\": {\"en\": "
            + "\"A\"}, \"collaborators\": [" + "\"c\", ".repeat(n - 1) + "\"c\"]}]");
        if (n < ReadLimits.defaults().maxTokenCount()) {
          assertEquals(n, format.readPlan(many).activities().get(0).collaborators().size());
        } else {
          assertTrue(assertThrows(StrategyFormatException.class, () -> format.readPlan(many)).reason()
              .contains("Token count"));
        }
      }
    }

    // YAML depth: as in JSON, 4 levels read and 5 fail
    StrategyJson yaml = StrategyJson.yaml().withLimits(ReadLimits.defaults().withMaxNestingDepth(4));
    String base = plan("s");
    String depth4 = base.replace("{\"en\": \"A\"}", "{\"en\": {\"text\": \"A\", \"official\": true}}");
    assertEquals("A", yaml.readPlan(depth4).unit().name().labels().get(0).text());
    String depth5 = base.replace("\"status\": \"s\"", "\"activities\": [{\"title\": {\"en\": {\"text\": \"A\","
        + " \"official\": true}}}]");
    StrategyFormatException deep = assertThrows(StrategyFormatException.class, () -> yaml.readPlan(depth5));
    assertTrue(deep.reason().toLowerCase(java.util.Locale.ROOT).contains("nesting depth"), deep::getMessage);

    // YAML document length, in characters
    StrategyJson short400 = StrategyJson.yaml().withLimits(ReadLimits.defaults().withMaxDocumentLength(400));
    String fits = plan("z".repeat(400 - plan("").length()));
    assertEquals(400, fits.length());
    assertEquals(400 - plan("").length(), short400.readPlan(fits).status().orElseThrow().length());
    String over = plan("z".repeat(401 - plan("").length()));
    StrategyFormatException e = assertThrows(StrategyFormatException.class, () -> short400.read(
        new ByteArrayInputStream(over.getBytes(StandardCharsets.UTF_8)), "over", ActionPlan.class));
    // Jackson 2.21 and newer count the length themselves; 2.19 and 2.20 leave it to SnakeYAML's code point limit
    assertTrue(e.reason().contains("Document length") || e.reason().contains("exceeds the limit: 400 code points"),
        e::getMessage);
  }
}
