package dev.newsgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsgraph.graphql.ErrorCode;

/**
 * A request the edge answers itself, before or instead of executing it: an HTTP status, a coded
 * error, and any headers the refusal needs (Allow, Retry-After).
 */
final class Refusal extends RuntimeException {

    final int status;
    final ErrorCode code;
    final Map<String, Object> details;
    final Map<String, String> headers = new LinkedHashMap<>();

    Refusal(int status, ErrorCode code, String message) {
        this(status, code, message, Map.of());
    }

    Refusal(int status, ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    Refusal header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, ErrorCode.BAD_INPUT, message);
    }
}
