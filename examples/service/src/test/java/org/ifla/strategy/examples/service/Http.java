package org.ifla.strategy.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client (java.net.http) for the service on a loopback port. Thread-safe. */
final class Http {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** The absolute URI of a path. */
  URI uri(String path) {
    return URI.create(base + path);
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    return post(path, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String... headers) {
    return send(request(path, headers).header("Content-Type", contentType).POST(body).build());
  }

  /** A multipart form post, as a browser sends one: text fields, then files (name, file name, content). */
  HttpResponse<String> postForm(String path, List<String[]> fields, List<String[]> files) {
    String boundary = "----strategy" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    for (String[] field : fields) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
          + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (String[] file : files) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0] + "\"; filename=\""
          + file[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file[2] + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build());
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A body as a JSON tree. */
  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** The response's media type, without parameters. */
  static String mediaType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
  }
}
