package org.ifla.strategy.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The sample plans of {@code examples/plans/} (copied to the test class path under {@code plans/}), as YAML and
 * as JSON. The JSON form is made from the YAML by plain Jackson trees, without the model, so that it does not
 * depend on the code under test.
 */
final class Samples {
  /** Seed 002: cites the 2019-2024 strategy, with two planted errors (an element of 2016-2021). */
  static final String METLIB = "metropolitan-libraries-2019-2020.yaml";
  /** The sample plans citing {@code ifla-strategy-2019-2024}. */
  static final List<String> OF_2019 = List.of(METLIB, "asia-oceania-rdc-2022-2024.yaml",
      "digital-scholarship-projects-2021-2023.yaml");
  /** A sample citing {@code ifla-strategic-plan-2016-2021}. */
  static final String NOIR = "noir-2016-17.yaml";

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Samples() {}

  /** The sample's YAML text. */
  static String yaml(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/plans/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no sample plan " + name + " on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample as a JSON document (the same tree). */
  static String json(String name) {
    return JSON.writeValueAsString(tree(name));
  }

  /** The sample as a plain tree. */
  static JsonNode tree(String name) {
    return YAML.readTree(yaml(name));
  }

  /** The sample's file on disk (for a browser's file chooser). */
  static Path file(String name) {
    URL url = Samples.class.getResource("/plans/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
