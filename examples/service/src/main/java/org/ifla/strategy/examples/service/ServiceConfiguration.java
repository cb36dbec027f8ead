package org.ifla.strategy.examples.service;

import org.ifla.strategy.jackson3.StrategyJson;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.yaml.JacksonYamlHttpMessageConverter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The service's Jackson set-up. Boot's auto-configured JSON mapper already has the model's module (found by
 * service loading, {@code spring.jackson.find-and-add-modules}); the service only makes it strict about
 * untrusted input, as the library's own readers are: a key given twice, an unknown field (which the module
 * otherwise leaves to the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}, off in Jackson 3) and content after the
 * document are refused. Boot has no YAML mapper; YAML bodies get the library's hardened one ({@code StrategyJson
 * .newYamlMapper()}: anchors, aliases and tags refused, the library's limits).
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {
  /** Spring instantiates configurations; nothing else does. */
  ServiceConfiguration() {}

  @Bean
  JsonMapperBuilderCustomizer strictReading() {
    return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @Bean
  YAMLMapper yamlMapper() {
    return StrategyJson.newYamlMapper();
  }

  /** YAML in its default place among the converters, after JSON, so that answers stay JSON. */
  @Bean
  ServerHttpMessageConvertersCustomizer yamlConverter(YAMLMapper yamlMapper) {
    return builder -> builder.withYamlConverter(new JacksonYamlHttpMessageConverter(yamlMapper));
  }
}
