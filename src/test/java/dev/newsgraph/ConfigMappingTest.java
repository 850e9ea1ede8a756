package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;

import dev.newsgraph.demo.DemoConfig;
import dev.newsgraph.graphql.LimitsConfig;
import dev.newsgraph.http.TarpitConfig;
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
                .withMapping(TarpitConfig.class)
                // Quarkus' own value formats: sizes such as 8M, durations such as 10S.
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    @Test
    void defaultsAreThoseOfTheReadme() {
        SmallRyeConfig config = config(Map.of());
        assertEquals(100, config.getConfigMapping(LimitsConfig.class).pageSize());
        assertEquals(5000, config.getConfigMapping(LimitsConfig.class).parserTokens());
        assertEquals(8L * 1024 * 1024, config.getConfigMapping(LimitsConfig.class).responseSize().asLongValue());
        assertEquals(Duration.ofSeconds(10), config.getConfigMapping(LimitsConfig.class).timeout());
        assertEquals(50_000, config.getConfigMapping(LimitsConfig.class).nodes());
        assertTrue(config.getConfigMapping(DemoConfig.class).enabled());
        assertEquals(Optional.empty(), config.getConfigMapping(ImportConfig.class).folder());
        assertEquals(Duration.ofSeconds(1), config.getConfigMapping(TarpitConfig.class).delay());
        assertEquals(10_000, config.getConfigMapping(TarpitConfig.class).maxHeld());
        assertEquals(8, config.getConfigMapping(TarpitConfig.class).maxHeldPerClient());
    }

    @Test
    void theTarpitIsSetByItsVariables() {
        SmallRyeConfig config = config(Map.of("NEWSGRAPH_TARPIT_DELAY", "PT0.25S", "NEWSGRAPH_TARPIT_MAX_HELD", "300",
                "NEWSGRAPH_TARPIT_MAX_HELD_PER_CLIENT", "3"));
        assertEquals(Duration.ofMillis(250), config.getConfigMapping(TarpitConfig.class).delay());
        assertEquals(300, config.getConfigMapping(TarpitConfig.class).maxHeld());
        assertEquals(3, config.getConfigMapping(TarpitConfig.class).maxHeldPerClient());
    }

    @Test
    void environmentVariablesKeepTheirNames() {
        SmallRyeConfig config = config(Map.of("NEWSGRAPH_LIMITS_PAGE_SIZE", "7", "NEWSGRAPH_LIMITS_PARSER_TOKENS", "900",
                "NEWSGRAPH_LIMITS_RESPONSE_SIZE", "64K", "NEWSGRAPH_LIMITS_TIMEOUT", "PT2S", "NEWSGRAPH_LIMITS_NODES", "1234",
                "NEWSGRAPH_DEMO", "false", "NEWSGRAPH_IMPORT_DIR", "/srv/articles"));
        assertEquals(7, config.getConfigMapping(LimitsConfig.class).pageSize());
        assertEquals(900, config.getConfigMapping(LimitsConfig.class).parserTokens());
        assertEquals(64L * 1024, config.getConfigMapping(LimitsConfig.class).responseSize().asLongValue());
        assertEquals(Duration.ofSeconds(2), config.getConfigMapping(LimitsConfig.class).timeout());
        assertEquals(1234, config.getConfigMapping(LimitsConfig.class).nodes());
        assertFalse(config.getConfigMapping(DemoConfig.class).enabled());
        assertEquals(Optional.of("/srv/articles"), config.getConfigMapping(ImportConfig.class).folder());
    }

    @Test
    void anUnreadableValueStopsTheStart() {
        assertThrows(RuntimeException.class, () -> config(Map.of("NEWSGRAPH_LIMITS_PAGE_SIZE", "lots")));
    }
}
