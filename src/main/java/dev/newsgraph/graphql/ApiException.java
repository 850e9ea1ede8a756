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

    /** No node of the type has the id: it never existed, was deleted, is of another type or is no id at all. */
    public static ApiException notFound(NodeType type, String id) {
        return notFound(type.typeName(), id);
    }

    /** @param what the type expected, or "node" when any would do */
    public static ApiException notFound(String what, String id) {
        // Client text is echoed only when it is short printable ASCII, as every id is: no control
        // characters, broken surrogates or a megabyte of text in a message or a log line.
        boolean shown = id != null && id.length() <= 40 && id.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return new ApiException(ErrorCode.NOT_FOUND, "no " + what + " has the id " + (shown ? "'" + id + "'" : "given"));
    }

    public static ApiException notFound(NodeType type, long rowId) {
        return notFound(type, GlobalId.of(type, rowId));
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
