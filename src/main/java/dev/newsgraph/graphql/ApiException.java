package dev.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the client should understand: the message is shown as is, the code goes to
 * {@code extensions.code}, and any details (the offending field, the limit) go beside it.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static ApiException notFound(String type, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, type + " " + id + " does not exist");
    }

    /** A refused input value; {@code field} is its path within the arguments, e.g. {@code input.name}. */
    public static ApiException validation(String field, String problem) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("fieldPath", List.of(field.split("\\.")));
        return new ApiException(ErrorCode.VALIDATION, field + ": " + problem, details);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException limitExceeded(String limit, long max, String message) {
        return new ApiException(ErrorCode.LIMIT_EXCEEDED, message, Map.of("limit", limit, "max", max));
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_INPUT, message);
    }
}
