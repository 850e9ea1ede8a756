package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.newsgraph.demo.DemoConfig;
import dev.newsgraph.graphql.LimitsConfig;
import dev.newsgraph.ingest.ImportConfig;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The typed settings keep the variable names and defaults operators already use: each mapping read
 * without Quarkus, from nothing (the defaults) and from environment variables.
 */
class ConfigMappingTest {

    private static SmallRyeConfig config(Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withMapping(LimitsConfig.class).withMapping(DemoConfig.class).withMapping(ImportConfig.class)
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    @Test
    void defaultsAreThoseOfTheReadme() {
        SmallRyeConfig config = config(Map.of());
        assertEquals(100, config.getConfigMapping(LimitsConfig.class).pageSize());
        assertEquals(5000, config.getConfigMapping(LimitsConfig.class).parserTokens());
        assertTrue(config.getConfigMapping(DemoConfig.class).enabled());
        assertEquals(Optional.empty(), config.getConfigMapping(ImportConfig.class).folder());
    }

    @Test
    void environmentVariablesKeepTheirNames() {
        SmallRyeConfig config = config(Map.of("NEWSGRAPH_LIMITS_PAGE_SIZE", "7", "NEWSGRAPH_LIMITS_PARSER_TOKENS", "900",
                "NEWSGRAPH_DEMO", "false", "NEWSGRAPH_IMPORT_DIR", "/srv/articles"));
        assertEquals(7, config.getConfigMapping(LimitsConfig.class).pageSize());
        assertEquals(900, config.getConfigMapping(LimitsConfig.class).parserTokens());
        assertFalse(config.getConfigMapping(DemoConfig.class).enabled());
        assertEquals(Optional.of("/srv/articles"), config.getConfigMapping(ImportConfig.class).folder());
    }

    @Test
    void anUnreadableValueStopsTheStart() {
        assertThrows(RuntimeException.class, () -> config(Map.of("NEWSGRAPH_LIMITS_PAGE_SIZE", "lots")));
    }
}
