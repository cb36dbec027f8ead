package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ifla.strategy.jackson3.StrategyFormatException;
import org.ifla.strategy.jackson3.StrategyJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every plan of the library's bad-input corpus, sent to {@code POST /plans/check}: the service answers 400 with the
 * line, column and JSON Pointer that the library's own hardened reader gives for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class BadInputTest {
  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Stream<String> plans() throws IOException, URISyntaxException {
    Path dir = Path.of(BadInputTest.class.getResource("/bad").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".yaml"))
          .filter(n -> !n.startsWith("edition-") && !n.startsWith("crosswalk-")).sorted().toList();
      assertTrue(names.size() >= 30, "the corpus: " + names);
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void isRefusedWhereTheLibraryRefusesIt(String name) throws IOException, URISyntaxException {
    byte[] document = Files.readAllBytes(Path.of(BadInputTest.class.getResource("/bad/" + name).toURI()));
    boolean yaml = name.endsWith(".yaml");
    StrategyFormatException expected = null;
    try {
      (yaml ? StrategyJson.yaml() : StrategyJson.json()).readPlan(new java.io.ByteArrayInputStream(document), name);
    } catch (StrategyFormatException e) {
      expected = e;
    }
    assertTrue(expected != null, name + " is read by the library");
    HttpResponse<String> r = http.post("/plans/check", yaml ? "application/yaml" : "application/json",
        HttpRequest.BodyPublishers.ofByteArray(document));
    assertEquals(400, r.statusCode(), name + ": " + r.body());
    JsonNode problem = Http.json(r);
    // the library says -1 for a line or column it does not know, the service 0
    List<Object> wanted = List.of(Math.max(0, expected.line()), Math.max(0, expected.column()), expected.pointer());
    List<Object> got = List.of(problem.get("line").asInt(), problem.get("column").asInt(),
        problem.get("pointer").asString());
    String why = name + ": " + expected.getMessage() + " / " + problem;
    if (name.startsWith("duplicate-")) {
      // Boot's parser reports a key given twice just past the name, the library at the name: the same field
      assertEquals(wanted.get(2), got.get(2), why);
      assertEquals(wanted.get(0), got.get(0), why);
    } else if (name.startsWith("null-document")) {
      // Spring refuses a body that is null before any reader sees it: no position
      assertEquals(List.of(0, 0, ""), got, why);
    } else if (name.equals("script-engine-tag.yaml")) {
      // the position is that of the inner tagged value, which the service names (/unit/0), the library its owner
      assertEquals(wanted.subList(0, 2), got.subList(0, 2), why);
      assertEquals("/unit/0", got.get(2), why);
    } else {
      assertEquals(wanted, got, why);
    }
  }
}
