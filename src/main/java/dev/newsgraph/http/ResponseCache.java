package dev.newsgraph.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.newsgraph.notify.GraphChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Whole answers of anonymous queries, kept until the graph changes, on Caffeine: bounded by count and
 * bytes, aged out after {@code newsgraph.cache.ttl}, and single-flight — identical requests that
 * arrive while one executes wait for its answer instead of executing it again.
 *
 * <p>A write drops every answer, and every execution still running: an answer begun before the
 * write is given only to those who asked before it, never kept. A client that writes and then reads
 * therefore always reads its write.
 */
@ApplicationScoped
public class ResponseCache {

    /** Response header saying whether the answer came from the cache: hit, shared or miss. */
    public static final String HEADER = "X-Newsgraph-Cache";

    @Inject
    CacheConfig config;

    @Inject
    MeterRegistry registry;

    private AsyncCache<String, Kept> answers;
    private Counter hits;
    private Counter misses;
    private Counter shared;

    /** An answer with its entity tag, and the bytes it holds (the key counts too, two bytes a character). */
    record Kept(Answer answer, String etag, int weight) {
    }

    /** What {@link #executeOnce} hands back: the answer's future, and how it was got. */
    record Flight(CompletableFuture<Kept> answer, String how) {
    }

    @PostConstruct
    void init() {
        long maxBytes = config.maxSize().asLongValue();
        // Caffeine bounds weight or count, not both: each answer weighs at least a maxEntries-th of
        // the bytes, so that neither bound can be passed.
        long floor = Math.max(1, maxBytes / config.maxEntries());
        answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Kept kept) -> (int) Math.min(Integer.MAX_VALUE, Math.max(floor, kept.weight())))
                .expireAfterWrite(config.ttl())
                .executor(Runnable::run) // evict on the writing thread: the bounds hold at every moment
                .buildAsync();
        hits = counter("hit", "GraphQL requests answered from the response cache");
        misses = counter("miss", "Cacheable GraphQL requests that were executed");
        shared = counter("shared", "Cacheable GraphQL requests answered with the answer of an identical request executing at the time");
        Gauge.builder("newsgraph.response.cache.bytes", this, ResponseCache::heldBytes)
                .description("Bytes held by the response cache (answers and the requests they answer)").register(registry);
    }

    private Counter counter(String result, String description) {
        return Counter.builder("newsgraph.response.cache.requests").tag("result", result).description(description)
                .register(registry);
    }

    public boolean isEnabled() {
        return config.enabled();
    }

    /** The kept answer for the key, if one is ready; never waits. */
    Kept ready(String key) {
        CompletableFuture<Kept> future = answers.getIfPresent(key);
        if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
            return null;
        }
        Kept kept = future.join();
        if (kept.etag() == null) {
            return null; // an answer being handed to waiters, not one that is kept
        }
        hits.increment();
        return kept;
    }

    /**
     * Executes the request, or joins the execution of an identical one already running (or finished
     * and kept). Called on a worker thread; {@code execute} never throws.
     */
    Flight executeOnce(String key, Supplier<Answer> execute) {
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> running = answers.asMap().putIfAbsent(key, mine);
        if (running != null) {
            boolean done = running.isDone();
            (done ? hits : shared).increment();
            return new Flight(running, done ? "hit" : "shared");
        }
        misses.increment();
        Answer answer = execute.get();
        int weight = answer.body().length + 2 * key.length();
        if (answer.cacheable() && answer.body().length <= config.maxEntrySize().asLongValue()) {
            mine.complete(new Kept(answer, etag(answer.body()), weight));
        } else {
            answers.asMap().remove(key, mine);
            mine.complete(new Kept(answer, null, weight));
        }
        return new Flight(mine, "miss");
    }

    /** Forgets every answer and every execution in flight: the graph changed (or may have). */
    public void invalidate() {
        answers.asMap().clear();
    }

    /**
     * A transaction that wrote has committed, here or (through PostgreSQL's NOTIFY) on another
     * instance; read-only transactions send no signal, so they keep the answers.
     */
    void onGraphChanged(@Observes GraphChanged change) {
        invalidate();
    }

    /** Answers held now (those complete). */
    long size() {
        answers.synchronous().cleanUp();
        return answers.synchronous().estimatedSize();
    }

    /** Bytes held now, as the gauge reports them. */
    double heldBytes() {
        return answers.synchronous().policy().eviction().map(e -> (double) e.weightedSize().orElse(0)).orElse(0.0);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String etag(String body) {
        return etag(body.getBytes(StandardCharsets.UTF_8));
    }
}
