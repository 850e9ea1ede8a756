package dev.newsgraph.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The rate limit by cost: each client spends the node counts of its operations from a token bucket of
 * {@code perMinute} nodes, refilled continuously over a minute (Bucket4j). Buckets live in a bounded map;
 * one untouched for a minute is full again, so dropping it then loses nothing.
 */
public final class RateLimiter {

    /** The most clients tracked at once; beyond it the least recently seen start over with a full bucket. */
    static final int MAX_CLIENTS = 100_000;

    private final long perMinute;
    private final Cache<String, Bucket> buckets;

    /** @param perMinute nodes per client and minute; 0 turns the limit off */
    public RateLimiter(long perMinute) {
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(1)).build();
    }

    public boolean isEnabled() {
        return perMinute > 0;
    }

    public long perMinute() {
        return perMinute;
    }

    /**
     * Spends an operation's nodes (at least one, so that even empty operations are counted; at most a
     * whole bucket, so that every operation the node limit lets through can pass once the bucket is full).
     *
     * @return 0 when spent, else the seconds until the client's bucket holds enough again
     */
    public long spend(String client, long nodes) {
        if (!isEnabled()) {
            return 0;
        }
        long cost = Math.min(Math.max(1, nodes), perMinute);
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(cost);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
