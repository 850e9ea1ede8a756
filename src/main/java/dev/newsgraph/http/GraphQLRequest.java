package dev.newsgraph.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One GraphQL request as decoded from HTTP, once: the JSON object the engine reads, and the parts
 * the edge itself looks at.
 *
 * @param json the request as the engine takes it ({@code query}, {@code operationName}, {@code variables})
 * @param query the document, or null while only a persisted-query hash is known
 * @param persistedHash the sha256 hash the client sent (automatic persisted queries, trusted documents), or null
 * @param get whether it came as GET (which may not run a mutation)
 */
record GraphQLRequest(JsonObject json, String query, String operationName, JsonObject variables,
        String persistedHash, boolean get) {

    GraphQLRequest withQuery(String document) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("query", document);
        if (operationName != null) {
            builder.add("operationName", operationName);
        }
        if (variables != null) {
            builder.add("variables", variables);
        }
        return new GraphQLRequest(builder.build(), document, operationName, variables, persistedHash, get);
    }

    /** Everything the answer depends on, but credentials (only anonymous requests are cached). */
    String cacheKey(MediaTypes answerType) {
        StringBuilder key = new StringBuilder(256)
                .append(answerType.ordinal()).append('\u0000')
                .append(persistedHash != null ? "#" + persistedHash : query).append('\u0000')
                .append(operationName == null ? "" : operationName).append('\u0000');
        if (variables != null && !variables.isEmpty()) {
            key.append(variables);
        }
        return key.toString();
    }
}
