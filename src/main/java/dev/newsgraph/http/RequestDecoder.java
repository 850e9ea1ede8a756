package dev.newsgraph.http;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns an HTTP request into a {@link GraphQLRequest}, reading the body or the URL parameters once;
 * what is not a GraphQL request at all is a {@link Refusal} with a 4xx status.
 */
final class RequestDecoder {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    /**
     * Levels of objects and arrays a request's variables may nest. The JSON reader stops at 1,000; below that
     * the schema's own bounds (a filter's 10 levels) answer with their own, more telling, limit.
     */
    static final int MAX_DEPTH = 1000;

    private RequestDecoder() {
    }

    /** True when a GET on the endpoint carries GraphQL parameters (else it is a browser visiting). */
    static boolean isGraphQLGet(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        return params.contains("query") || params.contains("extensions");
    }

    static GraphQLRequest decode(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.GET ? fromParameters(ctx.queryParams()) : fromBody(ctx);
    }

    private static GraphQLRequest fromParameters(MultiMap params) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        String query = params.get("query");
        String operationName = params.get("operationName");
        if (query != null) {
            json.add("query", query);
        }
        if (operationName != null && !operationName.isEmpty()) {
            json.add("operationName", operationName);
        }
        JsonObject variables = objectParameter(params.get("variables"), "variables");
        if (variables != null) {
            json.add("variables", variables);
        }
        JsonObject extensions = objectParameter(params.get("extensions"), "extensions");
        return complete(json.build(), query, operationName, variables, extensions, true);
    }

    private static JsonObject objectParameter(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        JsonValue value = read(text, "`" + name + "` is not valid JSON");
        if (!(value instanceof JsonObject object)) {
            throw Refusal.badRequest("`" + name + "` must be a JSON object");
        }
        return object;
    }

    private static GraphQLRequest fromBody(RoutingContext ctx) {
        String contentType = String.valueOf(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
        if (contentType.startsWith("application/graphql")) {
            if (text.isBlank()) {
                throw Refusal.badRequest("the request has no GraphQL document");
            }
            return new GraphQLRequest(Json.createObjectBuilder().add("query", text).build(), text, null, null, null, false);
        }
        if (!contentType.startsWith("application/json")) {
            throw new Refusal(415, dev.newsgraph.graphql.ErrorCode.BAD_INPUT,
                    "send the request as application/json: {\"query\": …, \"variables\": …}");
        }
        if (text.isBlank()) {
            throw Refusal.badRequest("the request body is empty; expected a JSON object with a `query`");
        }
        JsonValue value = read(text, "the request body is not valid JSON");
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            throw Refusal.badRequest("batched requests are not accepted: send one operation per request");
        }
        if (!(value instanceof JsonObject request)) {
            throw Refusal.badRequest("the request body must be a JSON object with a `query`");
        }
        JsonValue query = request.get("query");
        if (query != null && query.getValueType() != JsonValue.ValueType.NULL && !(query instanceof JsonString)) {
            throw Refusal.badRequest("`query` must be a string");
        }
        JsonValue operationName = request.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.NULL
                && !(operationName instanceof JsonString)) {
            throw Refusal.badRequest("`operationName` must be a string");
        }
        return complete(request, query instanceof JsonString s ? s.getString() : null,
                operationName instanceof JsonString s ? s.getString() : null,
                object(request, "variables"), object(request, "extensions"), false);
    }

    private static JsonObject object(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw Refusal.badRequest("`" + name + "` must be a JSON object");
        }
        return object;
    }

    private static GraphQLRequest complete(JsonObject json, String query, String operationName, JsonObject variables,
            JsonObject extensions, boolean get) {
        if (deeperThan(variables, MAX_DEPTH) || deeperThan(extensions, MAX_DEPTH)) {
            // The engine walks values recursively; no input of the schema comes near this depth.
            throw Refusal.badRequest("`variables` and `extensions` may nest at most " + MAX_DEPTH + " levels deep");
        }
        String hash = PersistedQueries.hashOf(extensions);
        if ((query == null || query.isBlank()) && hash == null) {
            throw Refusal.badRequest("the request has no `query` string");
        }
        return new GraphQLRequest(json, query == null || query.isBlank() ? null : query, operationName, variables, hash, get);
    }

    /** Whether the value nests objects and arrays more than {@code max} levels deep, found without recursion. */
    static boolean deeperThan(JsonValue value, int max) {
        if (value == null) {
            return false;
        }
        java.util.ArrayDeque<JsonValue> level = new java.util.ArrayDeque<>(List.of(value));
        for (int depth = 0; !level.isEmpty(); depth++) {
            if (depth >= max) {
                return true;
            }
            java.util.ArrayDeque<JsonValue> next = new java.util.ArrayDeque<>();
            for (JsonValue item : level) {
                if (item instanceof JsonObject object) {
                    object.values().forEach(child -> addStructure(next, child));
                } else if (item instanceof jakarta.json.JsonArray array) {
                    array.forEach(child -> addStructure(next, child));
                }
            }
            level = next;
        }
        return false;
    }

    private static void addStructure(java.util.ArrayDeque<JsonValue> level, JsonValue value) {
        if (value instanceof JsonStructure) {
            level.add(value);
        }
    }

    private static JsonValue read(String text, String problem) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonStructure || value != null) {
                return value;
            }
            throw Refusal.badRequest(problem);
        } catch (JsonException e) {
            throw Refusal.badRequest(problem);
        } catch (RuntimeException | StackOverflowError e) {
            // Parsson refuses input nested over 1,000 levels with a plain RuntimeException.
            throw Refusal.badRequest(problem + " (or nested too deeply)");
        }
    }
}
