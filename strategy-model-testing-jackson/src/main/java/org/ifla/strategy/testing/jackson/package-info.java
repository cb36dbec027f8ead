/**
 * The test kit's documents ({@code strategy-model-testing-jackson}): generated plan and edition documents in JSON
 * and YAML ({@link org.ifla.strategy.testing.jackson.Documents}), valid ones and ones with one planted format
 * error and the location the reader must report ({@link org.ifla.strategy.testing.jackson.PlantedFormatError}).
 */
package org.ifla.strategy.testing.jackson;
