package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as its users use it: started on a random loopback port, every endpoint and every error status
 * exercised with java.net.http's client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class ServiceHttpTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String EN_MESSAGE = "4.5 is not in IFLA Strategy 2019-2024, the edition the plan cites";
  private static final String ZH_MESSAGE = "4.5 不在计划所引用的版本国际图联战略 2019-2024中";

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper bootsMapper;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void bootsOwnMapperHasTheModelsModuleFromServiceLoadingAlone() {
    List<String> modules = bootsMapper.registeredModules().stream().map(m -> m.getModuleName()).toList();
    assertTrue(modules.contains("StrategyModule"), modules.toString());
  }

  // ---- editions -------------------------------------------------------------------------------------------

  @Test
  void listsTheBundledEditions() {
    HttpResponse<String> r = http.get("/editions");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", Http.mediaType(r));
    JsonNode editions = Http.json(r);
    List<String> ids = new ArrayList<>();
    editions.forEach(e -> ids.add(e.get("id").asString()));
    assertEquals(List.of("ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024", "ifla-strategy-2024-2029"),
        ids);
    JsonNode newest = editions.get(2);
    assertEquals(2024, newest.get("firstYear").asInt());
    assertEquals("/editions/ifla-strategy-2024-2029", newest.get("href").asString());
    // The title is written by the model's module: an object from language tag to label, each with its
    // provenance and source.
    JsonNode en = newest.get("title").get("en");
    assertEquals("IFLA Strategy 2024-2029", en.get("text").asString(), newest.toString());
    assertEquals("official", en.get("provenance").asString(), newest.toString());
    assertEquals("rendered", newest.get("title").get("zh").get("provenance").asString(), newest.toString());
    assertEquals(List.of("en", "zh"), List.of(newest.get("languages").get(0).asString(),
        newest.get("languages").get(1).asString()));
  }

  @Test
  void servesAnEditionAsADocumentOfTheLibrarysFormat() {
    HttpResponse<String> r = http.get("/editions/ifla-strategy-2024-2029");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode edition = Http.json(r);
    assertEquals("ifla-strategy-edition", edition.get("format").asString());
    assertEquals("ifla-strategy-2024-2029", edition.get("id").asString());
    assertTrue(r.body().contains("充满活力的全球专业社区"), "the Chinese labels are in the document");
  }

  @Test
  void servesAnEditionInChineseWithTheStateOfEachLabel() {
    JsonNode zh = Http.json(http.get("/editions/ifla-strategy-2024-2029?lang=zh"));
    assertEquals("zh", zh.get("lang").asString());
    JsonNode ia1 = zh.get("areas").get(0);
    assertEquals("IA1", ia1.get("id").asString());
    assertEquals("impact-area", ia1.get("kind").asString());
    assertEquals("充满活力的全球专业社区", ia1.get("title").get("text").asString());
    assertEquals("zh", ia1.get("title").get("language").asString());
    assertEquals("quoted", ia1.get("title").get("state").asString(), "the Chinese text is not IFLA's own");
    assertTrue(ia1.get("title").has("source"), ia1.toString());
    assertEquals("IA1.KI1", ia1.get("children").get(0).get("id").asString());

    JsonNode en = Http.json(http.get("/editions/ifla-strategy-2024-2029?lang=en"));
    JsonNode enArea = en.get("areas").get(0);
    assertEquals("Libraries are connected and energised through vibrant, global professional communities",
        enArea.get("title").get("text").asString());
    assertEquals("official", enArea.get("title").get("state").asString());
  }

  @Test
  void fallsBackAlongTheLanguageChainAndSaysWhichLanguageWasServed() {
    // 2016-2021 has no Chinese key initiatives: the English label is served, and named.
    JsonNode zh = Http.json(http.get("/editions/ifla-strategic-plan-2016-2021?lang=zh"));
    JsonNode ki = zh.get("areas").get(0).get("children").get(0);
    assertEquals("key-initiative", ki.get("kind").asString());
    assertEquals("en", ki.get("title").get("language").asString());
    assertEquals("zh", zh.get("areas").get(0).get("title").get("language").asString());
  }

  @Test
  void anUnknownEditionIsNotFound() {
    HttpResponse<String> r = http.get("/editions/ifla-strategy-2099-2100");
    assertEquals(404, r.statusCode());
    assertEquals(PROBLEM, Http.mediaType(r));
    JsonNode problem = Http.json(r);
    assertEquals(404, problem.get("status").asInt());
    assertEquals("urn:ifla-strategy:problem:unknown-edition", problem.get("type").asString());
    assertEquals("/editions/ifla-strategy-2099-2100", problem.get("instance").asString());
  }

  @Test
  void anUnsupportedLanguageIsABadRequest() {
    HttpResponse<String> r = http.get("/editions/ifla-strategy-2024-2029?lang=fr");
    assertEquals(400, r.statusCode());
    assertEquals(PROBLEM, Http.mediaType(r));
    assertEquals("urn:ifla-strategy:problem:unsupported-language", Http.json(r).get("type").asString());
  }

  // ---- plans/check ----------------------------------------------------------------------------------------

  @Test
  void checksAPlanInYamlAndAnswersTheFindingsInEnglish() {
    HttpResponse<String> r = http.post("/plans/check", "application/yaml", Samples.yaml(Samples.METLIB));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = Http.json(r);
    assertEquals("en", answer.get("lang").asString());
    assertEquals("Metropolitan Libraries", answer.get("unit").asString());
    assertEquals("ifla-strategy-2019-2024", answer.get("edition").asString());
    assertEquals(1, answer.get("errors").asInt());
    JsonNode error = finding(answer, "element-of-other-edition");
    assertEquals("/parts/0/alignments/1", error.get("location").asString());
    assertEquals("error", error.get("severity").asString());
    assertEquals("ERROR", error.get("severityName").asString());
    assertTrue(error.get("message").asString().startsWith(EN_MESSAGE), error.toString());
    // the report itself, in the document format: the message template in every language
    JsonNode reported = answer.get("report").get("findings");
    assertEquals(answer.get("findings").size(), reported.size());
    assertTrue(reported.toString().contains("\"zh\""), reported.toString());
  }

  @Test
  void answersInChineseByParameterOrByAcceptLanguage() {
    String plan = Samples.yaml(Samples.METLIB);
    JsonNode byParameter = Http.json(http.post("/plans/check?lang=zh", "application/yaml", plan));
    JsonNode byHeader = Http.json(http.post("/plans/check", "application/yaml", plan,
        "Accept-Language", "fr;q=0.9, zh-CN;q=0.8, en;q=0.5"));
    for (JsonNode answer : List.of(byParameter, byHeader)) {
      JsonNode error = finding(answer, "element-of-other-edition");
      assertEquals("错误", error.get("severityName").asString());
      assertTrue(error.get("message").asString().startsWith(ZH_MESSAGE), error.toString());
    }
    assertEquals("zh", byParameter.get("lang").asString());
    assertEquals("zh-CN", byHeader.get("lang").asString());
  }

  @Test
  void checksTheSamePlanInJsonWithTheSameFindings() {
    HttpResponse<String> json = http.post("/plans/check", "application/json", Samples.json(Samples.METLIB));
    HttpResponse<String> yaml = http.post("/plans/check", "application/yaml", Samples.yaml(Samples.METLIB));
    assertEquals(200, json.statusCode(), json.body());
    assertEquals(Http.json(yaml), Http.json(json));
  }

  @Test
  void aBadJsonValueIsABadRequestNamingLineColumnAndPointer() {
    String body = "{\n  \"format\": \"ifla-strategy-plan\",\n  \"formatVersion\": 2,\n"
        + "  \"unit\": {\"name\": {\"en\": \"X\"}, \"type\": \"committee-of-everything\"},\n"
        + "  \"template\": \"focus-areas\"\n}\n";
    JsonNode problem = assertUnreadable(http.post("/plans/check", "application/json", body), 4, 41, "/unit/type");
    assertEquals("urn:ifla-strategy:problem:unreadable-document", problem.get("type").asString());
    assertEquals("Unreadable document", problem.get("title").asString());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("/plans/check", problem.get("instance").asString());
  }

  @Test
  void aBadYamlValueIsABadRequestNamingLineColumnAndPointer() {
    String body = "format: ifla-strategy-plan\nformatVersion: 2\nunit:\n  name:\n    en: X\n  type: section\n"
        + "template: focus-areas\nperiod: 2019\nparts:\n  - title:\n      en: One\n    alignments:\n"
        + "      - element: \"SD1..KI1\"\n";
    assertUnreadable(http.post("/plans/check", "application/yaml", body), 13, 18,
        "/parts/0/alignments/0/element");
  }

  @Test
  void yamlIsReadByTheLibrarysHardenedReaderThatRefusesAliases() {
    String body = "format: ifla-strategy-plan\nformatVersion: 2\nunit: &u\n  name:\n    en: X\n  type: section\n"
        + "template: other\nx-copy: *u\n";
    JsonNode problem = assertUnreadable(http.post("/plans/check", "application/yaml", body), 4, 3, "/unit");
    assertTrue(problem.get("detail").asString().startsWith("YAML anchors are not allowed"), problem.toString());
  }

  @Test
  void malformedJsonIsABadRequestWithItsPosition() {
    HttpResponse<String> r = http.post("/plans/check", "application/json", "{\n  \"format\": ]\n}");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode problem = Http.json(r);
    assertEquals(2, problem.get("line").asInt(), problem.toString());
    assertEquals(13, problem.get("column").asInt(), problem.toString());
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    String body = Samples.json(Samples.METLIB).replaceFirst("\\{", "{\"status\": \"x\", ");
    HttpResponse<String> r = http.post("/plans/check", "application/json", body);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(Http.json(r).get("detail").asString().contains("status"), r.body());
  }

  @Test
  void anUnsupportedMediaTypeIs415() {
    HttpResponse<String> r = http.post("/plans/check", "text/plain", Samples.yaml(Samples.METLIB));
    assertEquals(415, r.statusCode(), r.body());
    assertEquals(PROBLEM, Http.mediaType(r));
    assertEquals(415, Http.json(r).get("status").asInt());
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "{\"format\": \"" + "x".repeat(1024 * 1024) + "\"}";
    HttpResponse<String> r = http.post("/plans/check", "application/json", big);
    assertEquals(413, r.statusCode());
    assertEquals(PROBLEM, Http.mediaType(r));
    assertEquals("urn:ifla-strategy:problem:body-too-large", Http.json(r).get("type").asString());
    assertShort(r);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() {
    byte[] big = ("{\"format\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = http.post("/plans/check", "application/json",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    assertEquals(413, r.statusCode(), r.body());
    assertEquals(PROBLEM, Http.mediaType(r));
    assertShort(r);
  }

  @Test
  void aLargeBadBodyIsAnsweredWithNoMoreThanAnExcerpt() {
    String junk = "Q".repeat(600_000);
    List<String> bodies = List.of(
        "{\"format\": \"ifla-strategy-plan\", \"formatVersion\": 2, \"unit\": {\"name\": {\"en\": \"X\"}, "
            + "\"type\": \"" + junk + "\"}}",
        "{\"format\": " + junk + "}",
        "{\"" + junk + "\": 1}",
        "format: ifla-strategy-plan\nformatVersion: 2\n" + junk + ": [\n");
    for (String body : bodies) {
      String type = body.startsWith("{") ? "application/json" : "application/yaml";
      HttpResponse<String> r = http.post("/plans/check", type, body);
      assertEquals(400, r.statusCode(), () -> r.body().substring(0, Math.min(400, r.body().length())));
      assertShort(r);
    }
  }

  // ---- plans/coverage -------------------------------------------------------------------------------------

  @Test
  void countsTheCoverageOfSeveralPlans() {
    String plans = "[" + Samples.OF_2019.stream().map(Samples::json).collect(Collectors.joining(",")) + "]";
    HttpResponse<String> r = http.post("/plans/coverage?lang=zh", "application/json", plans);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode coverage = Http.json(r);
    assertEquals("ifla-strategy-2019-2024", coverage.get("edition").asString());
    assertEquals(3, coverage.get("plans").asInt());
    assertEquals(4, coverage.get("areas").size());
    JsonNode sd4 = element(coverage, "SD4");
    assertEquals("strategic-direction", sd4.get("kind").asString());
    assertEquals("优化我们的组织", sd4.get("title").asString());
    assertTrue(sd4.get("parts").toString().contains("\"plan\":0"), sd4.toString());
    assertTrue(coverage.get("unaddressed").isArray());
  }

  @Test
  void countsPlansSentAsAYamlSequence() {
    String plans = Samples.OF_2019.stream()
        .map(n -> "- " + Samples.yaml(n).replaceAll("(?m)^#.*\\n", "").replace("\n", "\n  ").strip())
        .collect(Collectors.joining("\n"));
    HttpResponse<String> yaml = http.post("/plans/coverage", "application/yaml", plans + "\n");
    String json = "[" + Samples.OF_2019.stream().map(Samples::json).collect(Collectors.joining(",")) + "]";
    HttpResponse<String> fromJson = http.post("/plans/coverage", "application/json", json);
    assertEquals(200, yaml.statusCode(), yaml.body());
    assertEquals(Http.json(fromJson), Http.json(yaml));
  }

  @Test
  void plansOfSeveralEditionsNeedTheEditionNamed() {
    String plans = "[" + Samples.json(Samples.METLIB) + "," + Samples.json(Samples.NOIR) + "]";
    HttpResponse<String> r = http.post("/plans/coverage", "application/json", plans);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("urn:ifla-strategy:problem:no-single-edition", Http.json(r).get("type").asString());

    JsonNode named = Http.json(http.post("/plans/coverage?edition=ifla-strategy-2019-2024", "application/json",
        plans));
    assertEquals(List.of(1), List.of(named.get("skipped").get(0).asInt()));
    assertEquals(1, named.get("skipped").size());

    HttpResponse<String> unknown = http.post("/plans/coverage?edition=nope", "application/json", plans);
    assertEquals(400, unknown.statusCode());
    assertEquals("urn:ifla-strategy:problem:unknown-edition", Http.json(unknown).get("type").asString());
  }

  @Test
  void aBadPlanAmongSeveralIsPointedAtByItsIndex() {
    String plans = "[" + Samples.json(Samples.METLIB) + ",\n{\"format\": \"ifla-strategy-plan\", "
        + "\"formatVersion\": 2, \"template\": \"nonsense\"}]";
    HttpResponse<String> r = http.post("/plans/coverage", "application/json", plans);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(Http.json(r).get("pointer").asString().startsWith("/1"), r.body());
  }

  // ---- the page, without JavaScript -----------------------------------------------------------------------

  @Test
  void theStaticPageHasAPlainUploadForm() {
    HttpResponse<String> r = http.get("/");
    assertEquals(200, r.statusCode());
    assertEquals("text/html", Http.mediaType(r));
    assertTrue(r.body().contains("<form class=\"upload\" method=\"post\" action=\"/page/check\" "
        + "enctype=\"multipart/form-data\">"), r.body());
    assertEquals(200, http.get("/style.css").statusCode());
    assertEquals(200, http.get("/page.js").statusCode());
  }

  @Test
  void anUploadIsAnsweredWithAPageOfFindingsBesideTheParts() {
    HttpResponse<String> r = http.postForm("/page/check", List.<String[]>of(new String[] {"lang", "zh"}),
        List.<String[]>of(new String[] {"plan", Samples.METLIB, Samples.yaml(Samples.METLIB)}));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/html", Http.mediaType(r));
    String page = r.body();
    assertTrue(page.contains("<html lang=\"zh\">"));
    assertTrue(page.contains("Re-defining the Metropolitan Libraries Section’s value proposition"), page);
    assertTrue(page.contains(ZH_MESSAGE), page);
    assertTrue(page.contains("重点领域"), "the parts are named as the template calls them");
    assertTrue(page.contains("data-element=\"SD4\""), "the edition's tree");
    // the language switch carries the plan, so that the other language needs no new upload
    assertTrue(page.contains("name=\"document\" value=\"{&quot;format&quot;:"), page);
  }

  @Test
  void theLanguageSwitchShowsThePlanAgainInTheOtherLanguage() {
    String document = Samples.json(Samples.METLIB);
    HttpResponse<String> r = http.postForm("/page/check", List.of(new String[] {"lang", "en"},
        new String[] {"document", document}, new String[] {"filename", Samples.METLIB}), List.of());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains(EN_MESSAGE), r.body());
    assertTrue(r.body().contains("Focus areas"), r.body());
  }

  @Test
  void everythingFromThePlanIsEscaped() {
    String plan = Samples.yaml(Samples.METLIB)
        .replace("en: Metropolitan Libraries", "en: \"<script>alert('unit')</script>\"")
        .replace("statedTitle: Capacity Building", "statedTitle: \"<img src=x onerror=alert(1)>\"");
    HttpResponse<String> r = http.postForm("/page/check", List.of(),
        List.<String[]>of(new String[] {"plan", "<b>plan</b>.yaml", plan}));
    assertEquals(200, r.statusCode(), r.body());
    assertFalse(r.body().contains("<script>alert"), r.body());
    assertFalse(r.body().contains("<img src=x"), r.body());
    assertFalse(r.body().contains("<b>plan"), r.body());
    assertTrue(r.body().contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt;"), r.body());
  }

  @Test
  void anUnreadableUploadIsAnsweredWithAPageNamingWhere() {
    HttpResponse<String> r = http.postForm("/page/check", List.of(),
        List.<String[]>of(new String[] {"plan", "bad.yaml", "format: ifla-strategy-plan\nformatVersion: 2\n"
            + "template: nonsense\n"}));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("text/html", Http.mediaType(r));
    assertTrue(r.body().contains("The file could not be read"), r.body());
    assertTrue(r.body().contains("Line 3, column 11, at /template"), r.body());
  }

  @Test
  void anUploadWithNoFileIsABadRequest() {
    HttpResponse<String> r = http.postForm("/page/check", List.<String[]>of(new String[] {"lang", "en"}),
        List.of());
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("Choose a plan file"), r.body());
  }

  @Test
  void anUploadOverTheLimitIsAnsweredWithAPage() {
    HttpResponse<String> r = http.postForm("/page/check", List.of(),
        List.<String[]>of(new String[] {"plan", "big.yaml", "x".repeat(1024 * 1024 + 1)}));
    assertEquals(413, r.statusCode());
    assertEquals("text/html", Http.mediaType(r));
    assertShort(r);
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  private static final Pattern LONG_RUN = Pattern.compile("(.)\\1{" + Excerpts.MAX_WORD + ",}");

  /** An answer that repeats no more of the request than a short excerpt. */
  private static void assertShort(HttpResponse<String> r) {
    assertTrue(r.body().length() < 4096, () -> "answer of " + r.body().length() + " characters");
    assertFalse(LONG_RUN.matcher(r.body()).find(), r::body);
  }

  /** A 400 problem naming where the document is bad. */
  private static JsonNode assertUnreadable(HttpResponse<String> r, int line, int column, String pointer) {
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(PROBLEM, Http.mediaType(r));
    JsonNode problem = Http.json(r);
    assertEquals(List.of(line, column, pointer), List.of(problem.get("line").asInt(), problem.get("column").asInt(),
        problem.get("pointer").asString()), problem.toString());
    return problem;
  }

  private static JsonNode finding(JsonNode answer, String rule) {
    for (JsonNode f : answer.get("findings")) {
      if (f.get("rule").asString().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding of " + rule + " in " + answer);
  }

  private static JsonNode element(JsonNode coverage, String id) {
    for (JsonNode e : coverage.get("elements")) {
      if (e.get("element").asString().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id + " in " + coverage);
  }
}
