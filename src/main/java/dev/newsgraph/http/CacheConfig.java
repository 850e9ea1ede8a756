package dev.newsgraph.http;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;

import dev.newsgraph.ConfigBounds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The response cache, {@code NEWSGRAPH_CACHE_*}. */
@ConfigMapping(prefix = "newsgraph.cache")
public interface CacheConfig {

    /** Whether anonymous query answers are kept at all. */
    @WithDefault("true")
    boolean enabled();

    /** The oldest an answer may be, whatever happens (a missed change signal, another writer). */
    @WithDefault("10S")
    Duration ttl();

    /** The most answers kept. */
    @WithDefault("1000")
    @WithConverter(ConfigBounds.AtLeastOne.class)
    int maxEntries();

    /** The most bytes kept, answers and their keys together. */
    @WithDefault("32M")
    MemorySize maxSize();

    /** A larger answer is sent but not kept. */
    @WithDefault("512K")
    MemorySize maxEntrySize();
}
