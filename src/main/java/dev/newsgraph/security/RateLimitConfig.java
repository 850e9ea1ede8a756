package dev.newsgraph.security;

import dev.newsgraph.ConfigBounds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * NEWSGRAPH_RATE_LIMIT: the nodes each client may spend per minute; {@code 0} turns the limit off. The
 * default, a million, is 20 operations at the node limit a minute, or 700 of the README's feed query:
 * more than a person clicking through a frontend asks for, far less than a script looping on big pages.
 */
@ConfigMapping(prefix = "newsgraph.rate-limit")
public interface RateLimitConfig {

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    @WithDefault("1000000")
    @WithConverter(ConfigBounds.NotNegativeLong.class)
    long perMinute();
}
