package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.newsgraph.notify.PostgresChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Whole responses of anonymous queries, kept until the graph changes.
 *
 * <p>A frontend's feed asks the same query again and again between two writes; executing it each
 * time costs far more (GraphQL execution, three SQL statements, JSON) than handing back the bytes
 * of the last answer. An answer is kept only when it has no errors, came from a query (never a
 * mutation) sent without credentials, and was computed entirely after the last write:
 * every transaction that ends on this instance moves a generation counter on, an answer is stored
 * with the generation seen when its request arrived, and only an answer of the current generation
 * is served. A client that writes and then reads therefore always reads its write. With
 * PostgreSQL, other instances hear of the commit through NOTIFY and drop their answers too (within
 * a fraction of a second); {@code newsgraph.cache.ttl} bounds the age of any answer whatever
 * happens.
 */
@ApplicationScoped
public class ResponseCache {

    static final String SLOT = "newsgraph.responseCache.slot";
    /** Requests bigger than this (bytes) are not cached: their key would cost more than it saves. */
    private static final int MAX_REQUEST = 16 * 1024;
    /** Response header saying whether the answer came from the cache. */
    public static final String HEADER = "X-Newsgraph-Cache";

    @ConfigProperty(name = "newsgraph.cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "newsgraph.cache.ttl", defaultValue = "10S")
    Duration ttl;

    @ConfigProperty(name = "newsgraph.cache.max-entries", defaultValue = "1000")
    int maxEntries;

    @ConfigProperty(name = "newsgraph.cache.max-size", defaultValue = "32M")
    MemorySize maxSize;

    @ConfigProperty(name = "newsgraph.cache.max-entry-size", defaultValue = "512K")
    MemorySize maxEntrySize;

    @Inject
    PostgresChannel postgres;

    @Inject
    MeterRegistry registry;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private Counter hits;
    private Counter misses;

    record Entry(long generation, long expiresAt, String contentType, byte[] body, int size) {
    }

    /** What a request that may be cached carries from arrival to its answer. */
    record Slot(String key, long generation) {
    }

    @jakarta.annotation.PostConstruct
    void init() {
        hits = Counter.builder("newsgraph.response.cache.requests").tag("result", "hit")
                .description("GraphQL requests answered from the response cache").register(registry);
        misses = Counter.builder("newsgraph.response.cache.requests").tag("result", "miss")
                .description("Cacheable GraphQL requests that were executed").register(registry);
        Gauge.builder("newsgraph.response.cache.bytes", bytes, AtomicLong::get)
                .description("Bytes held by the response cache (answers and the requests they answer)").register(registry);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Answers the request from the cache when it can; otherwise returns false and the request goes
     * on. Called once the body has been read.
     */
    boolean serve(RoutingContext ctx) {
        if (!enabled || !anonymous(ctx)) {
            return false;
        }
        String key = key(ctx);
        Entry entry = key == null ? null : entries.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.generation != generation.get() || System.nanoTime() - entry.expiresAt > 0) {
            if (entries.remove(key, entry)) {
                bytes.addAndGet(-entry.size);
            }
            return false;
        }
        hits.increment();
        ctx.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType)
                .putHeader(HEADER, "hit")
                .end(Buffer.buffer(entry.body));
        return true;
    }

    /**
     * Marks a request whose document was checked and whose operation is a query: if it answers
     * without errors, the answer is kept ({@link #store}).
     */
    void admit(RoutingContext ctx) {
        if (!enabled || !anonymous(ctx)) {
            return;
        }
        String key = key(ctx);
        if (key == null) {
            return;
        }
        misses.increment();
        ctx.put(SLOT, new Slot(key, generation.get()));
        ctx.response().putHeader(HEADER, "miss");
    }

    /** Keeps the answer of an admitted request, unless the graph changed since it arrived. */
    void store(Slot slot, String contentType, String body) {
        byte[] data = body.getBytes(StandardCharsets.UTF_8);
        if (data.length > maxEntrySize.asLongValue() || slot.generation != generation.get()) {
            return;
        }
        if (entries.size() >= maxEntries || bytes.get() + data.length + 2L * slot.key.length() > maxSize.asLongValue()) {
            evictSome();
        }
        // The key (the request) is held too; count it, as Java holds it (about two bytes a character).
        Entry entry = new Entry(slot.generation, System.nanoTime() + ttl.toNanos(), contentType, data,
                data.length + 2 * slot.key.length());
        Entry previous = entries.put(slot.key, entry);
        bytes.addAndGet(entry.size - (previous == null ? 0 : previous.size));
        if (slot.generation != generation.get() && entries.remove(slot.key, entry)) {
            bytes.addAndGet(-entry.size); // a write ended while we were storing
        }
    }

    /** Answers held now. */
    int size() {
        return entries.size();
    }

    /** Bytes held now, as the gauge reports them. */
    long heldBytes() {
        return bytes.get();
    }

    /** The generation a request arriving now would be admitted with. */
    long generation() {
        return generation.get();
    }

    boolean holds(String key) {
        return entries.containsKey(key);
    }

    /** Forgets every answer: the graph changed (or may have). */
    public void invalidate() {
        generation.incrementAndGet();
        clear();
    }

    /** Every transaction that ends on this instance may have changed the graph. */
    void onTransactionEnd(@Observes @Destroyed(TransactionScoped.class) Object event) {
        invalidate();
        if (enabled) {
            postgres.signalChange();
        }
    }

    private void clear() {
        Iterator<Entry> values = entries.values().iterator();
        while (values.hasNext()) {
            Entry entry = values.next();
            values.remove();
            bytes.addAndGet(-entry.size);
        }
    }

    private void evictSome() {
        // Answers are all of one generation; dropping about half keeps the bookkeeping trivial.
        int drop = Math.max(1, entries.size() / 2);
        Iterator<Entry> values = entries.values().iterator();
        while (drop-- > 0 && values.hasNext()) {
            Entry entry = values.next();
            values.remove();
            bytes.addAndGet(-entry.size);
        }
    }

    private static boolean anonymous(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /** Everything the answer depends on: method, URI (GET parameters), accepted and sent types, body. */
    private static String key(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("charset")
                && !accept.toLowerCase(java.util.Locale.ROOT).contains("utf-8")) {
            return null; // answered in another charset: not worth keeping
        }
        StringBuilder key = new StringBuilder(256).append(method.name()).append('\n').append(ctx.request().uri())
                .append('\n').append(accept).append('\n').append(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (method == HttpMethod.POST) {
            if (ctx.body() == null || ctx.body().buffer() == null || ctx.body().length() > MAX_REQUEST) {
                return null; // no body, or one too big to be worth keeping as a key
            }
            key.append('\n').append(ctx.body().asString());
        }
        return key.toString();
    }
}
