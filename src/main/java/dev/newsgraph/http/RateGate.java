package dev.newsgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
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
 * and, charged into debt ({@link RateLimiter#charge}), keep it shut while the debt refills.
 * Runs after {@code ReadAccessFilter}, which resolved the caller, and before the edge's body handler.
 */
@ApplicationScoped
public class RateGate {

    /** After ReadAccessFilter (-200), before the edge's routes and their body handler (-100). */
    static final int ORDER = -150;

    /** Bytes of a request that could not run per node it spends. */
    static final int BYTES_PER_NODE = 100;

    @Inject
    RateLimiter limiter;

    @Inject
    RequestClient clients;

    @Inject
    LimitsConfig limits;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

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
        long wait = limiter.waitSeconds(clients.of(ctx).key());
        if (wait == 0) {
            ctx.next();
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", "rate");
        details.put("max", limiter.perMinute());
        details.put("retryAfter", wait);
        Refusal refusal = new Refusal(429, ErrorCode.LIMIT_EXCEEDED, limiter.spentMessage(wait), details)
                .header("Retry-After", String.valueOf(wait));
        if (ctx.request().method() == HttpMethod.POST) {
            // the body is never read: end the connection rather than leave it to be drained
            refusal.header("Connection", "close");
        }
        MediaTypes type = MediaTypes.JSON;
        try {
            type = MediaTypes.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
        } catch (Refusal notAcceptable) {
            // answer in JSON: the rate limit is the news here
        }
        HttpCaching.send(ctx, GraphQLEndpoint.refusalAnswer(refusal, type), null, null, null);
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
