package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;

/** The cache's own bookkeeping: bounds, generations and the bytes it reports. */
class ResponseCacheBoundsTest {

    private ResponseCache cache;

    @BeforeEach
    void setUp() {
        cache = new ResponseCache();
        cache.enabled = true;
        cache.ttl = Duration.ofSeconds(10);
        cache.maxEntries = 10;
        cache.maxSize = new MemorySize(java.math.BigInteger.valueOf(10_000));
        cache.maxEntrySize = new MemorySize(java.math.BigInteger.valueOf(2_000));
        cache.registry = new SimpleMeterRegistry();
        cache.init();
    }

    private ResponseCache.Slot admitted(String key) {
        return new ResponseCache.Slot(key, cache.generation());
    }

    @Test
    void neverHoldsMoreThanItsEntryBound() {
        for (int i = 0; i < 100; i++) {
            cache.store(admitted("request " + i), "application/json", "{\"data\":" + i + "}");
            assertTrue(cache.size() <= 10, "held " + cache.size());
        }
        assertTrue(cache.holds("request 99"), "the newest answer is kept");
    }

    @Test
    void neverHoldsMoreThanItsByteBound() {
        String answer = "x".repeat(1_500);
        for (int i = 0; i < 50; i++) {
            cache.store(admitted("r" + i), "application/json", answer);
            assertTrue(cache.heldBytes() <= 10_000, "held " + cache.heldBytes() + " bytes");
        }
    }

    @Test
    void tooBigAnAnswerIsNotKept() {
        cache.store(admitted("big"), "application/json", "y".repeat(2_001));
        assertFalse(cache.holds("big"));
        assertEquals(0, cache.heldBytes());
    }

    @Test
    void anAnswerComputedBeforeAWriteIsNotKept() {
        ResponseCache.Slot before = admitted("read during a write");
        cache.invalidate();
        cache.store(before, "application/json", "{\"data\":{}}");
        assertFalse(cache.holds("read during a write"));
    }

    @Test
    void aWriteDropsEverythingAndTheByteCountFollows() {
        cache.store(admitted("a"), "application/json", "{\"data\":1}");
        cache.store(admitted("b"), "application/json", "{\"data\":2}");
        assertEquals(2, cache.size());
        assertEquals(10 + 2 * "a".length() + 10 + 2 * "b".length(), cache.heldBytes());
        cache.invalidate();
        assertEquals(0, cache.size());
        assertEquals(0, cache.heldBytes());
    }
}
