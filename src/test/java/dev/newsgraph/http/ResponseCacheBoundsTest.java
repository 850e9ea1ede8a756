package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;

/** The cache's own bookkeeping: bounds, single flight, and what a write drops. */
class ResponseCacheBoundsTest {

    private ResponseCache cache;

    @BeforeEach
    void setUp() {
        cache = new ResponseCache();
        // A proxy rather than a class implementing the mapping: CDI would see its validation annotations.
        Map<String, Object> settings = Map.of("enabled", true, "ttl", Duration.ofSeconds(10), "maxEntries", 10,
                "maxSize", new MemorySize(BigInteger.valueOf(10_000)),
                "maxEntrySize", new MemorySize(BigInteger.valueOf(2_000)));
        cache.config = (CacheConfig) java.lang.reflect.Proxy.newProxyInstance(CacheConfig.class.getClassLoader(),
                new Class<?>[] { CacheConfig.class }, (proxy, method, args) -> settings.get(method.getName()));
        cache.registry = new SimpleMeterRegistry();
        cache.init();
    }

    private static Answer answer(String json) {
        return new Answer(200, MediaTypes.JSON, json.getBytes(StandardCharsets.UTF_8), true, Map.of());
    }

    private void store(String key, String json) {
        cache.executeOnce(key, () -> answer(json));
    }

    @Test
    void neverHoldsMoreThanItsEntryBound() {
        for (int i = 0; i < 100; i++) {
            store("request " + i, "{\"data\":" + i + "}");
            assertTrue(cache.size() <= 10, "held " + cache.size());
        }
    }

    @Test
    void neverHoldsMoreThanItsByteBound() {
        String big = "x".repeat(1_500);
        for (int i = 0; i < 50; i++) {
            store("r" + i, big);
            assertTrue(cache.heldBytes() <= 10_000, "held " + cache.heldBytes() + " bytes");
        }
    }

    @Test
    void tooBigAnAnswerIsNotKept() {
        store("big", "y".repeat(2_001));
        assertNull(cache.ready("big"));
        assertEquals(0, cache.size());
    }

    @Test
    void anAnswerWithErrorsIsHandedBackButNotKept() {
        ResponseCache.Flight flight = cache.executeOnce("failing", () -> new Answer(200, MediaTypes.JSON,
                "{\"errors\":[]}".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        assertEquals("miss", flight.how());
        assertNotNull(flight.answer().join().answer());
        assertNull(cache.ready("failing"));
    }

    @Test
    void aKeptAnswerIsServedWithItsTagUntilAWrite() {
        store("a", "{\"data\":1}");
        ResponseCache.Kept kept = cache.ready("a");
        assertNotNull(kept);
        assertEquals(ResponseCache.etag("{\"data\":1}"), kept.etag());
        cache.invalidate();
        assertNull(cache.ready("a"));
        assertEquals(0, cache.size());
    }

    @Test
    void anExecutionRunningDuringAWriteIsNotKept() {
        cache.executeOnce("read during a write", () -> {
            cache.invalidate(); // the write commits while the read executes
            return answer("{\"data\":{}}");
        });
        assertNull(cache.ready("read during a write"));
    }

    @Test
    void aRequestArrivingWhileItsTwinExecutesWaitsForItsAnswer() throws Exception {
        AtomicInteger executions = new AtomicInteger();
        java.util.concurrent.CountDownLatch executing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> cache.executeOnce("twin", () -> {
            executions.incrementAndGet();
            executing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer("{\"data\":\"once\"}");
        }));
        first.start();
        executing.await();
        ResponseCache.Flight second = cache.executeOnce("twin", () -> {
            executions.incrementAndGet();
            return answer("{\"data\":\"twice\"}");
        });
        assertEquals("shared", second.how());
        release.countDown();
        first.join();
        assertEquals("{\"data\":\"once\"}", new String(second.answer().join().answer().body(), StandardCharsets.UTF_8));
        assertEquals(1, executions.get());
    }
}
