package dev.newsgraph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsgraph.graphql.ErrorCode;
import graphql.execution.AbortExecutionException;

/**
 * Ends an execution that went over one of the backstop limits (timeout, response size): the
 * engine stops fetching, and the client gets this error alone, never a partial answer.
 */
public final class LimitAbort extends AbortExecutionException {

    private final Map<String, Object> extensions;

    LimitAbort(String limit, Object max, String message) {
        super(message);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", ErrorCode.LIMIT_EXCEEDED.name());
        details.put("limit", limit);
        details.put("max", max);
        this.extensions = Map.copyOf(details);
    }

    static LimitAbort timeout(long millis) {
        return new LimitAbort("timeout", millis, "the request ran longer than the limit of " + millis + " ms (limit timeout)");
    }

    static LimitAbort responseSize(long bytes) {
        return new LimitAbort("responseSize", bytes, "the answer is larger than the limit of " + bytes
                + " bytes (limit responseSize); ask for fewer items or fields");
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // thrown on purpose, possibly for every field left: no trace to pay for
    }
}
