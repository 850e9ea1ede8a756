package dev.newsgraph.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL endpoint over HTTP, {@code POST} and {@code GET /graphql} (WebSocket upgrades go on to
 * SmallRye). On the event loop: decode the request once, resolve a persisted query, answer from the
 * response cache (or with a 304). On a worker: parse and validate once ({@link DocumentCache}),
 * refuse what this method may not run, execute with the request's budget, write the answer once
 * ({@link AnswerWriter}) — those bytes are both sent and kept.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    @Inject
    GraphQLExecution execution;

    @Inject
    DocumentCache documents;

    @Inject
    PersistedQueries persisted;

    @Inject
    ResponseCache cache;

    @Inject
    HttpConfig http;

    @Inject
    RateGate gate;

    @Inject
    dev.newsgraph.graphql.LimitsConfig limits;

    /**
     * Bodies above this size are decoded on a worker thread: reading a megabyte of JSON takes milliseconds,
     * which on the event loop every other request of the connection's loop would wait for.
     */
    static final int DECODE_ON_EVENT_LOOP_MAX = 64 * 1024;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M")
    MemorySize maxBody;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(HttpMethod.POST, path).order(-100)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .handler(this::handle)
                .failureHandler(this::tooLarge);
        router.route(HttpMethod.GET, path).order(-100).handler(ctx -> {
            if (isUpgrade(ctx) || !RequestDecoder.isGraphQLGet(ctx)) {
                ctx.next(); // a WebSocket, or a browser visiting: SmallRye answers
            } else {
                handle(ctx);
            }
        });
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    /**
     * A POST whose body is over {@value #DECODE_ON_EVENT_LOOP_MAX} bytes: decoded on a worker, and never
     * answered from or kept in the response cache, whose key would copy its variables (a megabyte of them
     * written out again for each request, before a refusal that needs none of it).
     */
    private static boolean isLarge(RoutingContext ctx) {
        return bodyLength(ctx) > DECODE_ON_EVENT_LOOP_MAX;
    }

    private static long bodyLength(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST && ctx.body() != null ? ctx.body().length() : 0;
    }

    void handle(RoutingContext ctx) {
        if (isLarge(ctx)) {
            ctx.vertx().executeBlocking(() -> {
                serve(ctx);
                return null;
            }, false).onFailure(failure -> refuse(ctx, MediaTypes.JSON, failure));
        } else {
            serve(ctx);
        }
    }

    /** On the event loop, or on a worker for a large body: decode, resolve, answer from the cache or execute. */
    private void serve(RoutingContext ctx) {
        MediaTypes type = MediaTypes.JSON;
        try {
            type = MediaTypes.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
            GraphQLRequest request = persisted.resolve(RequestDecoder.decode(ctx), type);
            boolean anonymous = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
            String key = anonymous && cache.isEnabled() && !isLarge(ctx) ? request.cacheKey(type) : null;
            if (key != null) {
                ResponseCache.Kept kept = cache.ready(key);
                if (kept != null) {
                    sendKept(ctx, request, kept, "hit");
                    return;
                }
            }
            MediaTypes answerType = type;
            if (Context.isOnWorkerThread()) {
                work(ctx, request, answerType, anonymous, key);
                return;
            }
            ctx.vertx().executeBlocking(() -> {
                work(ctx, request, answerType, anonymous, key);
                return null;
            }, false).onFailure(failure -> refuse(ctx, answerType, failure));
        } catch (RuntimeException failure) {
            refuse(ctx, type, failure); // a Refusal is its own answer; anything else is INTERNAL, logged
        }
    }

    /** On a worker thread: everything that parses, executes or writes. */
    private void work(RoutingContext ctx, GraphQLRequest request, MediaTypes type, boolean anonymous, String key) {
        PreparsedDocumentEntry document = documents.prepare(request.query());
        if (document.getDocument() == null) {
            // It did not parse: nothing to execute, the parser's error (syntax, too many tokens) is the answer.
            gate.unreadable(ctx);
            HttpCaching.send(ctx, execution.errorsAnswer(type, document.getErrors()), null, null, null);
            return;
        }
        // a query (or subscription) that sends more than a query may: refused before its variables are looked at
        Operation operation = operationOf(document, request.operationName());
        long querySize = limits.queryBodySize().asLongValue();
        if (operation != null && operation != Operation.MUTATION && bodyLength(ctx) > querySize) {
            throw new Refusal(413, dev.newsgraph.graphql.ErrorCode.LIMIT_EXCEEDED, "the request body of a "
                    + operation.name().toLowerCase(java.util.Locale.ROOT) + " is larger than the limit of " + querySize
                    + " bytes", Map.of("limit", "bodySize", "max", querySize));
        }
        if (!document.hasErrors()) {
            List<GraphQLError> refused = StrictVariables.check(document.getDocument(), request.operationName(),
                    request.variables());
            if (!refused.isEmpty()) {
                gate.unreadable(ctx);
                HttpCaching.send(ctx, execution.errorsAnswer(type, refused), null, null, null);
                return;
            }
        }
        if (document.hasErrors()) {
            gate.unreadable(ctx); // the engine answers with the validation errors, running nothing
            operation = null;
        }
        if (operation == Operation.MUTATION && request.get()) {
            throw new Refusal(405, dev.newsgraph.graphql.ErrorCode.BAD_INPUT, "mutations must be sent with POST")
                    .header("Allow", "POST");
        }
        if (operation == Operation.SUBSCRIPTION) {
            throw new Refusal(type.requestErrorStatus(), dev.newsgraph.graphql.ErrorCode.BAD_INPUT,
                    "subscriptions are served over WebSocket (graphql-transport-ws) at this same path");
        }
        if (!document.hasErrors()) {
            persisted.remember(request);
        }
        boolean query = operation == Operation.QUERY;
        if (key == null || !query) {
            Answer answer = execution.execute(ctx, request, type, query);
            boolean open = anonymous && query && answer.cacheable();
            String etag = open && request.get() ? ResponseCache.etag(answer.body()) : null;
            HttpCaching.send(ctx, answer, open ? http.cacheControl() : null, etag, null);
            return;
        }
        ResponseCache.Flight flight = cache.executeOnce(key, () -> execution.execute(ctx, request, type, true));
        flight.answer().whenComplete((kept, failure) -> {
            if (failure != null) {
                refuse(ctx, type, failure);
            } else {
                sendKept(ctx, request, kept, flight.how());
            }
        });
    }

    private void sendKept(RoutingContext ctx, GraphQLRequest request, ResponseCache.Kept kept, String how) {
        Answer answer = kept.answer();
        boolean open = answer.cacheable();
        String etag = open && request.get() ? (kept.etag() != null ? kept.etag() : ResponseCache.etag(answer.body())) : null;
        HttpCaching.send(ctx, answer, open ? http.cacheControl() : null, etag, how);
    }

    /** The operation the request runs, or null when the document does not say (the engine reports it). */
    static Operation operationOf(PreparsedDocumentEntry document, String operationName) {
        List<OperationDefinition> operations = document.getDocument().getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
                return operation.getOperation();
            }
        }
        return null;
    }

    /**
     * A body over the body limit (the body handler's 413): the coded error, then the connection is closed,
     * as the rest of the body is not read. Spends like any request a limit refused before it ran.
     */
    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().ended()) {
            ctx.next();
            return;
        }
        gate.refusedByLimit(ctx);
        MediaTypes type = MediaTypes.JSON;
        try {
            type = MediaTypes.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
        } catch (Refusal notAcceptable) {
            // answer in JSON: the size is the news here
        }
        long max = maxBody.asLongValue();
        Refusal refusal = new Refusal(413, dev.newsgraph.graphql.ErrorCode.LIMIT_EXCEEDED,
                "the request body is larger than the limit of " + max + " bytes",
                Map.of("limit", "bodySize", "max", max));
        if (ctx.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            refusal.header("Connection", "close");
            ctx.response().endHandler(sent -> ctx.request().connection().close());
        }
        HttpCaching.send(ctx, refusalAnswer(refusal, type), null, null, null);
    }

    private void refuse(RoutingContext ctx, MediaTypes type, Throwable failure) {
        if (failure instanceof Refusal refusal && refusal.status != 429) {
            gate.unreadable(ctx);
        }
        Answer answer = failure instanceof Refusal refusal ? refusalAnswer(refusal, type) : execution.internal(type, failure);
        HttpCaching.send(ctx, answer, null, null, null);
    }

    /** A refusal as it is sent: its status, coded error and headers. */
    static Answer refusalAnswer(Refusal refusal, MediaTypes type) {
        byte[] body = AnswerWriter.error(refusal.code, refusal.getMessage(), refusal.details, false);
        return new Answer(refusal.status, type, body, false, Map.copyOf(refusal.headers));
    }
}
