package org.ifla.strategy.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with java.net.http's WebSocket: no WebDriver, and
 * nothing downloaded. One page (tab) per instance; {@link #close()} ends the browser and removes its profile.
 */
final class Chromium implements AutoCloseable {
  /** The command that installs the browser on Debian. */
  static final String INSTALL = "apt-get install -y chromium";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * The browser's executable: {@code CHROMIUM} from the environment, else {@code chromium} on the path. When there
   * is none, a test under CI ({@code CI=true}) fails, and elsewhere it is skipped, saying how to install it.
   */
  static Path executable() {
    return executable(System.getenv());
  }

  /** {@link #executable()} in a given environment. */
  static Path executable(Map<String, String> env) {
    Optional<Path> found = Optional.ofNullable(env.get("CHROMIUM")).map(Path::of).filter(Files::isExecutable)
        .or(() -> Stream.of(env.getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable)
            .findFirst());
    if (found.isEmpty()) {
      String message = "Chromium is not installed (no `chromium` on the PATH, no CHROMIUM variable); install "
          + "Debian's package: " + INSTALL;
      if ("true".equals(env.get("CI"))) {
        Assertions.fail(message + " (.ci/run installs it when missing)");
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  /** Starts a headless browser with a fresh profile and attaches to its first tab. */
  static Chromium start(Path workDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    List<String> command = List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(workDir.resolve("chromium.log").toFile()).start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("Chromium did not start; see " + workDir.resolve("chromium.log"));
        }
        Thread.sleep(50);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
      HttpClient client = HttpClient.newHttpClient();
      JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString())
          .body());
      String page = null;
      for (JsonNode target : targets) {
        if ("page".equals(target.get("type").asString())) {
          page = target.get("webSocketDebuggerUrl").asString();
        }
      }
      if (page == null) {
        throw new IllegalStateException("Chromium has no page: " + targets);
      }
      Listener listener = new Listener();
      WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(page), listener)
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      Chromium chromium = new Chromium(process, profile, socket);
      listener.chromium = chromium;
      chromium.call("Page.enable", JSON.createObjectNode());
      chromium.call("Runtime.enable", JSON.createObjectNode());
      chromium.call("DOM.enable", JSON.createObjectNode());
      return chromium;
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException(e);
    }
  }

  /** Calls a DevTools method and waits for its result. */
  JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    try {
      JsonNode response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (response.has("error")) {
        throw new IllegalStateException(method + " failed: " + response.get("error"));
      }
      return response.get("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + ": " + e, e);
    }
  }

  /** Turns the page's own scripts off (or on again), as a browser without JavaScript. */
  void scripts(boolean enabled) {
    call("Emulation.setScriptExecutionDisabled", JSON.createObjectNode().put("value", !enabled));
  }

  /** Opens a URL and waits until it has loaded. */
  void open(String url) {
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url));
  }

  /** The value of a JavaScript expression in the page (a string, number, boolean or JSON-like value). */
  JsonNode eval(String expression) {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    JsonNode value = result.get("result").get("value");
    return value == null ? JSON.nullNode() : value;
  }

  /** A string-valued expression. */
  String text(String expression) {
    return eval(expression).asString();
  }

  /** Waits until an expression is true. */
  void waitFor(String condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        if (eval("!!(" + condition + ")").asBoolean()) {
          return;
        }
      } catch (IllegalStateException e) {
        // the page is between two documents; try again
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page never showed " + condition + "; it shows "
            + text("document.body ? document.body.innerText.slice(0, 2000) : location.href"));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Chooses a file in a file input, as a person would in the file chooser. */
  void chooseFile(String selector, Path file) {
    JsonNode found = call("Runtime.evaluate", JSON.createObjectNode()
        .put("expression", "document.querySelector(" + JSON.writeValueAsString(selector) + ")"));
    String objectId = found.get("result").get("objectId").asString();
    ObjectNode params = JSON.createObjectNode().put("objectId", objectId);
    params.putArray("files").add(file.toAbsolutePath().toString());
    call("DOM.setFileInputFiles", params);
  }

  /** Clicks an element: a real mouse click at its centre. */
  void click(String selector) {
    JsonNode box = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector)
        + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
    for (String type : List.of("mousePressed", "mouseReleased")) {
      call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type)
          .put("x", box.get("x").asDouble()).put("y", box.get("y").asDouble()).put("button", "left")
          .put("clickCount", 1));
    }
  }

  /** Saves a PNG of the whole page. */
  void screenshot(Path file) throws IOException {
    int height = eval("Math.ceil(document.documentElement.scrollHeight)").asInt();
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1280)
        .put("height", Math.max(height, 600)).put("deviceScaleFactor", 1).put("mobile", false));
    JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    call("Emulation.clearDeviceMetricsOverride", JSON.createObjectNode());
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
  }

  @Override
  public void close() throws IOException {
    try {
      call("Browser.close", JSON.createObjectNode());
    } catch (RuntimeException e) {
      // it may close the socket before it answers
    }
    socket.abort();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (UncheckedIOException | IOException e) {
      // a profile left behind in target/ is harmless
    }
  }

  /** Gathers text frames into messages and hands each answer to its caller. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder frames = new StringBuilder();
    volatile Chromium chromium;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      frames.append(data);
      if (last) {
        String message = frames.toString();
        frames.setLength(0);
        JsonNode node = JSON.readTree(message);
        if (node.has("id") && chromium != null) {
          CompletableFuture<JsonNode> answer = chromium.pending.remove(node.get("id").asInt());
          if (answer != null) {
            answer.complete(node);
          }
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
