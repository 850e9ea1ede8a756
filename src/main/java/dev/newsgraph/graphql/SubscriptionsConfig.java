package dev.newsgraph.graphql;

import io.quarkus.runtime.configuration.MemorySize;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live subscriptions over WebSocket, {@code NEWSGRAPH_SUBSCRIPTIONS_*}. */
@ConfigMapping(prefix = "newsgraph.subscriptions")
public interface SubscriptionsConfig {

    /**
     * The most bytes of subscription messages a socket may have waiting to be written ({@code 1M},
     * {@code 256K}); a client that reads slower than its events arrive and passes it is closed with
     * {@link SubscriberSocket#SLOW_CONSUMER} instead of being buffered without limit.
     */
    @WithDefault("1M")
    MemorySize maxQueued();
}
