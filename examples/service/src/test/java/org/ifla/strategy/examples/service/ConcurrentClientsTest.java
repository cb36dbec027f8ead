package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Eight clients at once, a few thousand requests of every kind between them: no error, and every answer the same
 * as the one a single client got first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;
  private static final int ROUNDS = 25;

  @LocalServerPort
  int port;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightClientsGetTheSameAnswersAsOne() throws Exception {
    Http http = new Http(port);
    String coverage = "[" + Samples.OF_2019.stream().map(Samples::json).collect(Collectors.joining(",")) + "]";
    List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
    for (String sample : List.of(Samples.METLIB, Samples.NOIR, "information-literacy-2024-2026.yaml",
        "rare-books-2016-2018.yaml")) {
      String yaml = Samples.yaml(sample);
      String json = Samples.json(sample);
      requests.add(() -> http.post("/plans/check", "application/yaml", yaml));
      requests.add(() -> http.post("/plans/check?lang=zh", "application/json", json));
    }
    requests.add(() -> http.post("/plans/coverage", "application/json", coverage));
    requests.add(() -> http.post("/plans/coverage?lang=zh", "application/json", coverage));
    requests.add(() -> http.get("/editions"));
    requests.add(() -> http.get("/editions/ifla-strategy-2019-2024"));
    requests.add(() -> http.get("/editions/ifla-strategy-2024-2029?lang=zh"));
    requests.add(() -> http.get("/editions/nope"));
    requests.add(() -> http.post("/plans/check", "application/json", "{\"format\": ]"));
    requests.add(() -> http.postForm("/page/check", List.<String[]>of(new String[] {"lang", "zh"}),
        List.<String[]>of(new String[] {"plan", Samples.METLIB, Samples.yaml(Samples.METLIB)})));

    List<String> expected = new ArrayList<>();
    for (Supplier<HttpResponse<String>> request : requests) {
      expected.add(answer(request.get()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        clients.add(pool.submit(() -> {
          int sent = 0;
          for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < requests.size(); i++) {
              int k = (i + offset + round) % requests.size(); // each client in another order
              assertEquals(expected.get(k), answer(requests.get(k).get()), "request " + k);
              sent++;
            }
          }
          return sent;
        }));
      }
      int total = 0;
      for (Future<Integer> client : clients) {
        total += client.get();
      }
      assertEquals(CLIENTS * ROUNDS * requests.size(), total);
      assertTrue(total >= 2000, "a few thousand requests: " + total);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a client sees: status, media type and body. */
  private static String answer(HttpResponse<String> r) {
    return r.statusCode() + " " + Http.mediaType(r) + "\n" + r.body();
  }
}
