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
    /** The cache key of a request {@link #serve} could not answer, for {@link #admit} to use. */
    private static final String KEY = "newsgraph.responseCache.key";
    /** Requests bigger than this (bytes) are not cached: their key would cost more than it saves. */
    private static final int MAX_REQUEST = 16 * 1024;
    /** How long identical requests wait for one execution before they execute themselves. */
    private static final long LONGEST_WAIT_MS = 10_000;
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
    private final Map<String, Flight> flights = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private Counter hits;
    private Counter misses;
    private Counter shared;

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
        shared = Counter.builder("newsgraph.response.cache.requests").tag("result", "shared")
                .description("Cacheable GraphQL requests answered with the answer of an identical request executing at the time")
                .register(registry);
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
        if (key == null) {
            return false;
        }
        ctx.put(KEY, key);
        Entry entry = entries.get(key);
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
        respond(ctx, entry, "hit");
        return true;
    }

    private static void respond(RoutingContext ctx, Entry entry, String how) {
        ctx.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType)
                .putHeader(HEADER, how)
                .end(Buffer.buffer(entry.body));
    }

    /**
     * Takes a request whose document was checked and whose operation is a query. If the same request
     * is already being executed and nothing was written since it arrived, this one waits for that
     * answer instead of computing it again (after a write, the many clients of a popular query would
     * otherwise all execute it at once); returns false then, and the request is answered later.
     * Otherwise returns true: the request goes on to be executed, and its answer, if it has no errors,
     * is kept ({@link #store}). Called after {@link #serve}, which found the key.
     */
    boolean admit(RoutingContext ctx) {
        String key = ctx.get(KEY);
        if (key == null) {
            return true; // not cacheable: disabled, credentials, or a request not worth a key
        }
        long current = generation.get();
        Flight running = flights.get(key);
        if (running != null && running.generation == current && running.join(ctx)) {
            shared.increment();
            return false;
        }
        Flight flight = new Flight(key, current);
        flights.put(key, flight);
        // When the answer is written its headers go first: by then it is stored (or known to have errors).
        // The timer is a backstop for an answer that is never written (the waiters then execute theirs).
        long backstop = ctx.vertx().setTimer(LONGEST_WAIT_MS, timer -> land(flight));
        ctx.addHeadersEndHandler(written -> {
            ctx.vertx().cancelTimer(backstop);
            land(flight);
        });
        misses.increment();
        ctx.put(SLOT, new Slot(key, current));
        ctx.response().putHeader(HEADER, "miss");
        return true;
    }

    /** The executed request has been answered (or failed): hand its answer to those who waited for it. */
    private void land(Flight flight) {
        java.util.List<Waiter> waiting = flight.close();
        flights.remove(flight.key, flight);
        if (waiting == null || waiting.isEmpty()) {
            return;
        }
        Entry entry = entries.get(flight.key);
        boolean fresh = entry != null && entry.generation == flight.generation;
        for (Waiter waiter : waiting) {
            waiter.context.runOnContext(ignored -> {
                if (waiter.request.response().closed()) {
                    return; // the client went away while waiting
                }
                if (fresh) {
                    respond(waiter.request, entry, "shared");
                } else {
                    // No answer to share (it had errors, or a write came in between): execute this one too.
                    misses.increment();
                    waiter.request.put(SLOT, new Slot(flight.key, generation.get()));
                    waiter.request.response().putHeader(HEADER, "miss");
                    waiter.request.next();
                }
            });
        }
    }

    /** A request waiting for the answer of an identical one, and the Vert.x context to answer it on. */
    private record Waiter(RoutingContext request, io.vertx.core.Context context) {
    }

    /** One execution of a cacheable request, and the identical requests waiting for its answer. */
    private static final class Flight {
        final String key;
        final long generation;
        private java.util.List<Waiter> waiters = new java.util.ArrayList<>();

        Flight(String key, long generation) {
            this.key = key;
            this.generation = generation;
        }

        synchronized boolean join(RoutingContext request) {
            io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
            if (waiters == null || context == null) {
                return false; // already landed
            }
            waiters.add(new Waiter(request, context));
            return true;
        }

        synchronized java.util.List<Waiter> close() {
            java.util.List<Waiter> landed = waiters;
            waiters = null;
            return landed;
        }
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
