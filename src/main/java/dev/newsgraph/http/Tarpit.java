package dev.newsgraph.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Which of the door's 429s are held back, and for how long. A client is told to wait once at full speed;
 * one that sends again before its Retry-After has passed is answered only after {@code delay} (at most its
 * Retry-After), so a client that loops on its 429s is answered about once per delay per connection instead
 * of as fast as the door can say no, and a client that obeys Retry-After never waits for an answer. The
 * held answers are counted per client and in total; past either bound a 429 is not held but sent at once
 * on a connection that is then closed, so holding cannot pin down more than a known number of connections
 * and timers. Thread-safe: the event loops share one instance.
 */
@Singleton
public class Tarpit {

    /** How one 429 goes out: at once, at once closing the connection, or after {@code millis}. */
    static final class Hold {
        static final Hold AT_ONCE = new Hold(0, null, null);
        static final Hold CLOSE = new Hold(0, null, null);

        final long millis;
        private final AtomicInteger total;
        private final AtomicInteger perClient;

        private Hold(long millis, AtomicInteger total, AtomicInteger perClient) {
            this.millis = millis;
            this.total = total;
            this.perClient = perClient;
        }

        boolean held() {
            return millis > 0;
        }

        /** The held answer is being sent (or its client has gone): it no longer counts against the bounds. */
        void release() {
            if (total != null) {
                total.decrementAndGet();
                perClient.decrementAndGet();
            }
        }
    }

    /** The most clients whose last 429 is remembered; beyond it the least recently told are forgotten. */
    static final int MAX_CLIENTS = 100_000;

    /** What is known of a client told to wait: until when, and how many of its answers are held now. */
    private static final class Told {
        final AtomicLong until = new AtomicLong();
        final AtomicInteger held = new AtomicInteger();
    }

    private final long delayMillis;
    private final int maxHeld;
    private final int maxHeldPerClient;
    private final AtomicInteger held = new AtomicInteger();
    private final Cache<String, Told> told;

    @Inject
    public Tarpit(TarpitConfig config) {
        this(config.delay(), config.maxHeld(), config.maxHeldPerClient());
    }

    Tarpit(Duration delay, int maxHeld, int maxHeldPerClient) {
        this.delayMillis = Math.max(0, delay.toMillis());
        this.maxHeld = maxHeld;
        this.maxHeldPerClient = maxHeldPerClient;
        // a Retry-After is at most a minute or two (a minute's debt), so a client not told for longer is new again
        this.told = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(5)).build();
    }

    /** Records that the client is told to wait {@code waitSeconds}, and decides how its 429 goes out. */
    Hold hold(String client, long waitSeconds) {
        if (delayMillis == 0) {
            return Hold.AT_ONCE;
        }
        long now = System.nanoTime();
        Told state = told.get(client, key -> new Told());
        long before = state.until.getAndSet(now + Duration.ofSeconds(waitSeconds).toNanos());
        if (before == 0 || now - before >= 0) {
            return Hold.AT_ONCE; // the first 429 since the client was last told, or it waited as told
        }
        if (state.held.incrementAndGet() > maxHeldPerClient) {
            state.held.decrementAndGet();
            return Hold.CLOSE;
        }
        if (held.incrementAndGet() > maxHeld) {
            held.decrementAndGet();
            state.held.decrementAndGet();
            return Hold.CLOSE;
        }
        return new Hold(Math.min(delayMillis, Duration.ofSeconds(waitSeconds).toMillis()), held, state.held);
    }

    /** The answers held now, in the whole instance. */
    int held() {
        return held.get();
    }
}
