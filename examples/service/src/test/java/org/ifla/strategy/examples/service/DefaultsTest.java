package org.ifla.strategy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The settings a user gets with the README's command. */
class DefaultsTest {
  @Test
  void listensOnLoopbackOnlyWithAOneMegabyteLimit() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = DefaultsTest.class.getResourceAsStream("/application.properties")) {
      properties.load(in);
    }
    assertEquals("127.0.0.1", properties.getProperty("server.address"));
    assertEquals("8080", properties.getProperty("server.port"));
    assertEquals("1MB", properties.getProperty("strategy.service.max-body-size"));
    assertEquals("${strategy.service.max-body-size}",
        properties.getProperty("spring.servlet.multipart.max-request-size"));
  }
}
