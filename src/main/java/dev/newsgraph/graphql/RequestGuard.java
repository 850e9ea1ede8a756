package dev.newsgraph.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a request is GraphQL before the engine sees it, so that what is not GraphQL at all gets an
 * HTTP 4xx with a coded error (GraphQL-over-HTTP), a document that does not parse gets BAD_INPUT
 * with its location, one over the token limit gets LIMIT_EXCEEDED, and a mutation over GET a 405. Documents that parsed once
 * are remembered, so repeated queries are parsed by the engine only.
 */
@ApplicationScoped
public class RequestGuard {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final int REMEMBERED = 2048;

    private final Map<String, Document> parsed = new ConcurrentHashMap<>();

    @Inject
    ResponseCache cache;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "newsgraph.limits.parser-tokens", defaultValue = "5000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(HttpMethod.POST, path).order(-100)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .handler(this::checkPost);
        router.route(HttpMethod.GET, path).order(-100).handler(this::checkGet);
    }

    void checkPost(RoutingContext ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        String contentType = String.valueOf(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/graphql")) {
            if (checkDocument(ctx, ctx.body().asString(), null)) {
                ctx.next();
            }
            return;
        }
        if (!contentType.startsWith("application/json")) {
            refuse(ctx, 415, "BAD_INPUT", "send the request as application/json: {\"query\": …, \"variables\": …}");
            return;
        }
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            refuse(ctx, 400, "BAD_INPUT", "the request body is empty; expected a JSON object with a `query`");
            return;
        }
        JsonObject request;
        try {
            Object json = Buffer.buffer(body.getBytes()).toJson();
            if (!(json instanceof JsonObject object)) {
                refuse(ctx, 400, "BAD_INPUT", "the request body must be a JSON object with a `query`");
                return;
            }
            request = object;
        } catch (DecodeException e) {
            refuse(ctx, 400, "BAD_INPUT", "the request body is not valid JSON");
            return;
        }
        if (checkParameters(ctx, request.getValue("query"), request.getValue("variables"),
                request.getValue("operationName"), request.getValue("extensions"))) {
            ctx.next();
        }
    }

    void checkGet(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        if (!params.contains("query")) {
            ctx.next(); // not a GraphQL request on this path (e.g. a browser); the engine answers it
            return;
        }
        if (cache.serve(ctx)) {
            return;
        }
        Object variables = params.get("variables");
        if (variables != null) {
            try {
                variables = new JsonObject((String) variables);
            } catch (DecodeException | ClassCastException e) {
                refuse(ctx, 400, "BAD_INPUT", "`variables` must be a JSON object");
                return;
            }
        }
        if (checkParameters(ctx, params.get("query"), variables, params.get("operationName"), null)) {
            ctx.next();
        }
    }

    private boolean checkParameters(RoutingContext ctx, Object query, Object variables, Object operationName, Object extensions) {
        if (!(query instanceof String text) || text.isBlank()) {
            refuse(ctx, 400, "BAD_INPUT", "the request has no `query` string");
            return false;
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            refuse(ctx, 400, "BAD_INPUT", "`variables` must be a JSON object");
            return false;
        }
        if (operationName != null && !(operationName instanceof String)) {
            refuse(ctx, 400, "BAD_INPUT", "`operationName` must be a string");
            return false;
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            refuse(ctx, 400, "BAD_INPUT", "`extensions` must be a JSON object");
            return false;
        }
        return checkDocument(ctx, text, (String) operationName);
    }

    /**
     * @param operationName the operation the request names, if any: a mutation over GET is refused, and a
     *        query may have its answer cached
     */
    private boolean checkDocument(RoutingContext ctx, String document, String operationName) {
        if (document == null || document.isBlank()) {
            refuse(ctx, status(ctx), "BAD_INPUT", "the request has no GraphQL document");
            return false;
        }
        boolean isGet = ctx.request().method() == HttpMethod.GET;
        Document known = parsed.get(document);
        if (known != null && !isGet) {
            return admitQuery(ctx, known, operationName);
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens));
        Document parsedDocument;
        try {
            parsedDocument = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(document)
                    .parserOptions(options).build());
            if (isGet && isMutation(parsedDocument, operationName)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
                refuse(ctx, 405, "BAD_INPUT", "mutations must be sent with POST");
                return false;
            }
        } catch (ParseCancelledException e) {
            refuse(ctx, status(ctx), "LIMIT_EXCEEDED", "the document has more than " + maxTokens
                    + " tokens (limit parserTokens)");
            return false;
        } catch (InvalidSyntaxException e) {
            JsonObject error = new JsonObject().put("message", "syntax error: " + e.getMessage());
            if (e.getLocation() != null) {
                error.put("locations", new JsonArray().add(new JsonObject()
                        .put("line", e.getLocation().getLine()).put("column", e.getLocation().getColumn())));
            }
            send(ctx, status(ctx), error.put("extensions", new JsonObject().put("code", "BAD_INPUT")));
            return false;
        }
        if (parsed.size() >= REMEMBERED) {
            parsed.clear();
        }
        parsed.put(document, parsedDocument);
        return admitQuery(ctx, parsedDocument, operationName);
    }

    /**
     * A request whose operation is a query may have its answer kept by the response cache, or wait for
     * the answer of an identical request: false then, and the cache answers it.
     */
    private boolean admitQuery(RoutingContext ctx, Document document, String operationName) {
        if (!cache.isEnabled()) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition selected = null;
        for (OperationDefinition operation : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
                selected = operation;
            }
        }
        return selected == null || selected.getOperation() != OperationDefinition.Operation.QUERY || cache.admit(ctx);
    }

    private static boolean isMutation(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    /** GraphQL-over-HTTP: a request error is 400 for application/graphql-response+json, 200 for legacy JSON. */
    private static int status(RoutingContext ctx) {
        return wantsGraphQLResponse(ctx) ? 400 : 200;
    }

    private static boolean wantsGraphQLResponse(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    static void refuse(RoutingContext ctx, int status, String code, String message) {
        send(ctx, status, new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code)));
    }

    private static void send(RoutingContext ctx, int status, JsonObject error) {
        String type = wantsGraphQLResponse(ctx) ? GRAPHQL_RESPONSE : "application/json";
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
