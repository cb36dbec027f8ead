package org.ifla.strategy.examples.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code strategy.service.*}).
 *
 * @param maxBodySize the largest request body accepted, a plan upload included; a larger one is answered
 *     {@code 413 Content Too Large} (default 1 MB)
 */
@ConfigurationProperties("strategy.service")
public record ServiceProperties(@DefaultValue("1MB") DataSize maxBodySize) {}
