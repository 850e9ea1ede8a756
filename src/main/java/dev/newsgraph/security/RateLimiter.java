package dev.newsgraph.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * The rate limit by cost: each client spends the node counts of its operations from a token bucket of
 * {@code perMinute} nodes, refilled continuously over a minute (Bucket4j). Buckets live in a bounded map;
 * one untouched for a minute is full again, so dropping it then loses nothing. One limiter serves the
 * whole instance: the edge asks it before reading a request ({@link #waitSeconds}), the engine spends
 * each operation's count ({@link #spend}), and requests refused without running pay for the refusal
 * ({@link #charge}).
 */
@Singleton
public final class RateLimiter {

    /** The most clients tracked at once; beyond it the least recently seen start over with a full bucket. */
    static final int MAX_CLIENTS = 100_000;

    private final long perMinute;
    private final Cache<String, Bucket> buckets;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config.perMinute());
    }

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
        ConsumptionProbe probe = bucketOf(client).tryConsumeAndReturnRemaining(cost);
        if (probe.isConsumed()) {
            return 0;
        }
        return seconds(probe.getNanosToWaitForRefill());
    }

    /**
     * Charges {@code nodes} to the client's bucket without refusing anything: what a request refused before
     * it ran costs. The bucket may go into debt, at most a minute's budget deep, and the edge turns the
     * client away unread until the debt is refilled: a client that is refused again and again waits for it,
     * however fast the bucket refills between two of its requests.
     */
    public void charge(String client, long nodes) {
        if (!isEnabled() || nodes <= 0) {
            return;
        }
        Bucket bucket = bucketOf(client);
        long take = Math.min(nodes, bucket.getAvailableTokens() + perMinute);
        if (take > 0) {
            bucket.consumeIgnoringRateLimits(take);
        }
    }

    /** 0 while the client's bucket holds at least one node, else the seconds until it does; spends nothing. */
    public long waitSeconds(String client) {
        if (!isEnabled()) {
            return 0;
        }
        Bucket bucket = buckets.getIfPresent(client);
        if (bucket == null) {
            return 0; // not seen for a minute: full
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** What a client over its budget is told, wherever it is turned away. */
    public String spentMessage(long retryAfter) {
        return "this client has spent its " + perMinute + " nodes of the minute; retry in " + retryAfter + " s";
    }

    private Bucket bucketOf(String client) {
        return buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
