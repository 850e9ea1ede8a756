package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;

import dev.newsgraph.demo.DemoConfig;
import dev.newsgraph.graphql.LimitsConfig;
import dev.newsgraph.http.CacheConfig;
import dev.newsgraph.http.TarpitConfig;
import dev.newsgraph.ingest.ImportConfig;
import dev.newsgraph.security.RateLimitConfig;

import io.smallrye.config.ConfigMapping;
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
                .withMapping(TarpitConfig.class).withMapping(CacheConfig.class).withMapping(RateLimitConfig.class)
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
        assertEquals(64L * 1024, config.getConfigMapping(LimitsConfig.class).queryBodySize().asLongValue());
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

    @Test
    void aValueBelowItsBoundStopsTheStartNamingTheSetting() {
        String[][] refused = {
            { "NEWSGRAPH_LIMITS_PAGE_SIZE", "0", "newsgraph.limits.page-size" },
            { "NEWSGRAPH_LIMITS_NODES", "-5", "newsgraph.limits.nodes" },
            { "NEWSGRAPH_LIMITS_PARSER_TOKENS", "0", "newsgraph.limits.parser-tokens" },
            { "NEWSGRAPH_CACHE_MAX_ENTRIES", "0", "newsgraph.cache.max-entries" },
            { "NEWSGRAPH_RATE_LIMIT", "-1", "newsgraph.rate-limit" },
            { "NEWSGRAPH_TARPIT_MAX_HELD", "-1", "newsgraph.tarpit.max-held" },
            { "NEWSGRAPH_TARPIT_MAX_HELD_PER_CLIENT", "-1", "newsgraph.tarpit.max-held-per-client" },
            { "NEWSGRAPH_LIMITS_PAGE_SIZE", "3000000000", "newsgraph.limits.page-size" },
        };
        for (String[] setting : refused) {
            RuntimeException error = assertThrows(RuntimeException.class, () -> config(Map.of(setting[0], setting[1])),
                    setting[0] + "=" + setting[1]);
            assertTrue(error.getMessage().contains(setting[2]), error.getMessage());
        }
    }

    @Test
    void theSmallestAllowedValuesAreAccepted() {
        SmallRyeConfig config = config(Map.of("NEWSGRAPH_LIMITS_PAGE_SIZE", "1", "NEWSGRAPH_LIMITS_NODES", "1",
                "NEWSGRAPH_LIMITS_PARSER_TOKENS", "1", "NEWSGRAPH_CACHE_MAX_ENTRIES", "1", "NEWSGRAPH_RATE_LIMIT", "0"));
        assertEquals(1, config.getConfigMapping(LimitsConfig.class).pageSize());
        assertEquals(1, config.getConfigMapping(LimitsConfig.class).nodes());
        assertEquals(1, config.getConfigMapping(LimitsConfig.class).parserTokens());
        assertEquals(1, config.getConfigMapping(CacheConfig.class).maxEntries());
        assertEquals(0, config.getConfigMapping(RateLimitConfig.class).perMinute());
        SmallRyeConfig tarpit = config(Map.of("NEWSGRAPH_TARPIT_MAX_HELD", "0", "NEWSGRAPH_TARPIT_MAX_HELD_PER_CLIENT", "0"));
        assertEquals(0, tarpit.getConfigMapping(TarpitConfig.class).maxHeld());
        assertEquals(0, tarpit.getConfigMapping(TarpitConfig.class).maxHeldPerClient());
        assertEquals(1_000_000, config(Map.of()).getConfigMapping(RateLimitConfig.class).perMinute());
    }

    /**
     * A Bean Validation constraint on a mapping makes Quarkus start a second Hibernate Validator for the
     * configuration at every start (a fifth of the start's CPU before its first answer, docs/benchmarks.md):
     * bounds go in {@link ConfigBounds} converters instead.
     */
    @Test
    void noMappingCarriesBeanValidationConstraints() throws IOException, ClassNotFoundException {
        Path classes = Path.of(ConfigBounds.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> constrained = new ArrayList<>();
        int mappings = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(ConfigMapping.class)) {
                    continue;
                }
                mappings++;
                for (Method method : type.getMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        if (annotation.annotationType().getName().startsWith("jakarta.validation.")) {
                            constrained.add(type.getSimpleName() + "." + method.getName() + " @" + annotation.annotationType().getSimpleName());
                        }
                    }
                }
            }
        }
        assertTrue(mappings >= 8, "found only " + mappings + " mappings");
        assertEquals(List.of(), constrained);
    }
}
