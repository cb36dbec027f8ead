package org.ifla.strategy.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The page for unit officers: {@code /} (a static page) posts a plan file to {@code /page/check}, which answers an
 * HTML page with the findings beside the plan's parts and the edition's tree with coverage. A plain multipart form
 * post, so that it works without JavaScript; the language switch posts the plan again (as JSON, from a hidden
 * field) with the other language.
 */
@Controller
final class PageController {
  /** The path prefix of the page's requests, answered in HTML even when they fail. */
  static final String PREFIX = "/page/";

  /** The media type of the page's answers. */
  static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final PlanChecks checks;
  private final JsonMapper json;
  private final YAMLMapper yaml;

  PageController(PlanChecks checks, JsonMapper json, YAMLMapper yaml) {
    this.checks = checks;
    this.json = json;
    this.yaml = yaml;
  }

  /** Whether a request is one of the page's (answered in HTML). */
  static boolean isPage(HttpServletRequest request) {
    return request.getRequestURI().startsWith(PREFIX);
  }

  @GetMapping(PREFIX + "check")
  ResponseEntity<String> checkForm() {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/").build();
  }

  @PostMapping(path = PREFIX + "check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> check(@RequestParam(name = "plan", required = false) MultipartFile file,
      @RequestParam(name = "document", required = false) String document,
      @RequestParam(name = "filename", required = false) String fileName,
      @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) throws IOException {
    PageText text = PageText.of(pageLocale(lang, request));
    byte[] content;
    String name;
    if (file != null && !file.isEmpty()) {
      content = file.getBytes();
      String original = file.getOriginalFilename();
      name = original == null ? "plan" : Excerpts.cut(original, Excerpts.MAX_LENGTH);
    } else if (document != null && !document.isEmpty()) {
      content = document.getBytes(StandardCharsets.UTF_8);
      name = fileName == null || fileName.isBlank() ? "plan.json" : Excerpts.cut(fileName, Excerpts.MAX_LENGTH);
    } else {
      return html(HttpStatus.BAD_REQUEST, PlanPage.error(text, text.get("no-file")));
    }
    ActionPlan plan;
    ObjectMapper mapper = mapperFor(name, content);
    try {
      plan = mapper.readValue(content, ActionPlan.class);
    } catch (JacksonException e) {
      return html(HttpStatus.BAD_REQUEST, PlanPage.unreadable(text, name, DocumentError.of(e, content,
          mapper == yaml)));
    }
    AlignmentReport report = checks.check(plan);
    Optional<StrategyEdition> edition = plan.edition().flatMap(IflaStrategies::edition);
    return html(HttpStatus.OK, PlanPage.result(text, name, plan, report, edition, json.writeValueAsString(plan)));
  }

  /** JSON for a {@code .json} name or a document that starts with <code>{</code>, YAML otherwise. */
  private ObjectMapper mapperFor(String name, byte[] content) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return json;
    }
    for (byte b : content) {
      if (b == '{') {
        return json;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        break;
      }
    }
    return yaml;
  }

  private static Locale pageLocale(String lang, HttpServletRequest request) {
    try {
      return Languages.resolve(lang, request.getHeader("Accept-Language"));
    } catch (BadRequestException e) {
      return Locale.ENGLISH;
    }
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(HTML).body(body);
  }
}
