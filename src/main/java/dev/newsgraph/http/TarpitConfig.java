package dev.newsgraph.http;

import java.time.Duration;

import dev.newsgraph.ConfigBounds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The door's tarpit, {@code NEWSGRAPH_TARPIT_*}: how long the 429 to a client that keeps sending after it
 * was told to wait is held back, and how many such answers are held at once.
 */
@ConfigMapping(prefix = "newsgraph.tarpit")
public interface TarpitConfig {

    /**
     * The longest a repeated 429 is held back ({@code 1S}, {@code PT0.5S}); never longer than the client's
     * Retry-After. {@code 0} answers every 429 at once.
     */
    @WithDefault("1S")
    Duration delay();

    /** The most answers held back at once in the whole instance; beyond it, the 429 is sent at once and the connection closed. */
    @WithDefault("10000")
    @WithConverter(ConfigBounds.NotNegative.class)
    int maxHeld();

    /** The most answers held back at once for one client; beyond it, the 429 is sent at once and the connection closed. */
    @WithDefault("8")
    @WithConverter(ConfigBounds.NotNegative.class)
    int maxHeldPerClient();
}
