package dev.newsgraph.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery settings ({@code NEWSGRAPH_WEBHOOK_*}). */
@ConfigMapping(prefix = "newsgraph.webhook")
public interface WebhookConfig {

    /**
     * Where webhooks may point: comma-separated host names (exact, or {@code *.example.com} for its
     * subdomains) and CIDR ranges of the addresses they resolve to; {@code *} allows every host.
     */
    @WithDefault("*")
    String hosts();

    /** Consecutive failed deliveries after which a webhook is disabled. */
    @WithDefault("10")
    int maxFailures();

    /** The wait after the first failure; it doubles with each further failure, up to {@link #backoffCap()}. */
    @WithDefault("PT1S")
    Duration backoff();

    /** The longest wait between two attempts. */
    @WithDefault("PT10M")
    Duration backoffCap();

    /** How long one delivery may take, connecting included. */
    @WithDefault("PT10S")
    Duration timeout();
}
