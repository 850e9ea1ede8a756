package dev.newsgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.LimitsConfig;
import dev.newsgraph.security.RateLimiter;
import dev.newsgraph.security.RequestClient;

/**
 * The rate limit at the door: a client whose budget is spent is answered 429 before its request is read,
 * decoded or parsed, so a client that floods the endpoint costs a header lookup per request once its
 * bucket is empty. And the price of a refusal: a request that is answered without running spends from
 * the client's budget too — one refused by a limit before it ran (nodes, depth, complexity, filter,
 * introspection, page size) a tenth of the node limit, one that could not be read, parsed or validated a
 * node per 100 bytes it sent — so refusals alone empty a client's bucket as surely as dear queries do,
 * and, charged into debt ({@link RateLimiter#charge}), keep it shut while the debt refills. The door's
 * 429 costs no JSON writing (its body is kept per wait) and keeps the connection open; a client that sends
 * again before its Retry-After has passed gets its next 429s only after a delay ({@link Tarpit}, a Vert.x
 * timer, no thread held), so a client looping on its refusals costs the service a few answers a second.
 * Runs after {@code ReadAccessFilter}, which resolved the caller, and before the edge's body handler.
 */
@ApplicationScoped
public class RateGate {

    /** After ReadAccessFilter (-200), before the edge's routes and their body handler (-100). */
    static final int ORDER = -150;

    /** Bytes of a request that could not run per node it spends. */
    static final int BYTES_PER_NODE = 100;

    /**
     * Waits (in seconds) whose 429 body is kept once written; a client's debt is at most a minute's budget,
     * so waits stay near 60 s, and a longer one is written when it is needed.
     */
    static final int PREPARED_WAITS = 128;

    private final AtomicReferenceArray<byte[]> spentBodies = new AtomicReferenceArray<>(PREPARED_WAITS);

    @Inject
    RateLimiter limiter;

    @Inject
    RequestClient clients;

    @Inject
    LimitsConfig limits;

    @Inject
    Tarpit tarpit;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M")
    MemorySize maxBody;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(HttpMethod.POST, path).order(ORDER).handler(this::check);
        router.route(HttpMethod.GET, path).order(ORDER).handler(ctx -> {
            if (RequestDecoder.isGraphQLGet(ctx) && !isUpgrade(ctx)) {
                check(ctx);
            } else {
                ctx.next(); // a WebSocket (each operation spends when it starts) or a browser visiting
            }
        });
    }

    void check(RoutingContext ctx) {
        if (!limiter.isEnabled()) {
            ctx.next();
            return;
        }
        String client = clients.of(ctx).key();
        long wait = limiter.waitSeconds(client);
        if (wait == 0) {
            ctx.next();
            return;
        }
        turnAway(ctx, client, wait);
    }

    /**
     * The 429, from a body written once per wait, on a connection that stays open: the body of a POST is
     * skipped as it arrives, so a client turned away again and again pays its own round trips on one
     * connection rather than making the service accept, set up and close one per refusal. The connection is
     * closed only when the body cannot be skipped cheaply: one declared over the body limit, or one held
     * back until the client hears {@code 100 Continue} (it may never come, and what the client sends next
     * could not be told from it). A repeated 429 the tarpit holds is sent when its timer fires, with the
     * Retry-After of that moment; one past the tarpit's bounds is sent at once, and the connection closed.
     */
    private void turnAway(RoutingContext ctx, String client, long wait) {
        HttpServerRequest request = ctx.request();
        MediaTypes type = MediaTypes.JSON;
        try {
            type = MediaTypes.negotiate(request.getHeader(HttpHeaders.ACCEPT));
        } catch (Refusal notAcceptable) {
            // answer in JSON: the rate limit is the news here
        }
        Tarpit.Hold hold = tarpit.hold(client, wait);
        // (HTTP/2 streams are apart: an unread body there holds up no other request)
        boolean close = hold == Tarpit.Hold.CLOSE
                || request.version() != HttpVersion.HTTP_2 && !request.isEnded() && !skipBody(request);
        if (close) {
            ctx.response().endHandler(sent -> request.connection().close());
        }
        if (!hold.held()) {
            send429(ctx, type, wait, close);
            return;
        }
        MediaTypes answerType = type;
        ctx.vertx().setTimer(hold.millis, fired -> {
            hold.release();
            send429(ctx, answerType, Math.max(1, limiter.waitSeconds(client)), close);
        });
    }

    private void send429(RoutingContext ctx, MediaTypes type, long wait, boolean close) {
        String retryAfter = String.valueOf(wait);
        Map<String, String> headers = close ? Map.of("Retry-After", retryAfter, "Connection", "close")
                : Map.of("Retry-After", retryAfter);
        HttpCaching.send(ctx, new Answer(429, type, spentBody(wait), false, headers), null, null, null);
    }

    /** Discards the request's body as it arrives, up to the body limit; false when it cannot be skipped. */
    private boolean skipBody(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.EXPECT) != null) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody.asLongValue()) {
                    return false;
                }
            } catch (NumberFormatException malformed) {
                return false;
            }
        }
        long[] skipped = { 0 };
        request.handler(chunk -> {
            skipped[0] += chunk.length();
            if (skipped[0] > maxBody.asLongValue()) {
                request.connection().close(); // a chunked body that does not end: stop reading it
            }
        });
        request.resume();
        return true;
    }

    /** The 429's body for that wait: written once, then sent to every client told to wait as long. */
    private byte[] spentBody(long wait) {
        if (wait >= spentBodies.length()) {
            return writeSpentBody(wait);
        }
        byte[] body = spentBodies.get((int) wait);
        if (body == null) {
            body = writeSpentBody(wait);
            spentBodies.set((int) wait, body);
        }
        return body;
    }

    private byte[] writeSpentBody(long wait) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", "rate");
        details.put("max", limiter.perMinute());
        details.put("retryAfter", wait);
        Refusal refusal = new Refusal(429, ErrorCode.LIMIT_EXCEEDED, limiter.spentMessage(wait), details);
        return GraphQLEndpoint.refusalAnswer(refusal, MediaTypes.JSON).body();
    }

    /** A request refused by a limit before any of it ran: a tenth of the node limit. */
    void refusedByLimit(RoutingContext ctx) {
        if (limiter.isEnabled()) {
            limiter.charge(clients.of(ctx).key(), Math.max(1, limits.nodes() / 10));
        }
    }

    /** A request that could not be read, parsed or validated: a node per {@value #BYTES_PER_NODE} bytes, at least one. */
    void unreadable(RoutingContext ctx) {
        if (limiter.isEnabled()) {
            limiter.charge(clients.of(ctx).key(), Math.max(1, requestBytes(ctx) / BYTES_PER_NODE));
        }
    }

    private static long requestBytes(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && ctx.body() != null && ctx.body().buffer() != null) {
            return ctx.body().length();
        }
        String uri = ctx.request().uri();
        return uri == null ? 0 : uri.length();
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
