package org.ifla.strategy.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A Spring Boot 4 service on strategy-model: the bundled editions, plan checks and coverage over HTTP, and a page
 * for unit officers ({@code /}). Request and response bodies of model types are read and written by Boot's own
 * auto-configured Jackson 3 mapper, which finds {@code strategy-model-jackson3}'s module by service loading; the
 * service has no serializer of its own.
 *
 * <p>Start it with {@code java -jar examples/service/target/strategy-service.jar}; it listens on 127.0.0.1:8080
 * unless {@code --server.address} or {@code --server.port} say otherwise.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class StrategyServiceApplication {
  /** Spring instantiates the application class; nothing else does. */
  StrategyServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments ({@code --server.port=9090} and the like)
   */
  public static void main(String[] args) {
    SpringApplication.run(StrategyServiceApplication.class, args);
  }
}
