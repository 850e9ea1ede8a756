package dev.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * An error raised outside a resolver (an instrumentation refusing an operation before it runs), already
 * in the contract's shape: {@code extensions.code} and its details. Thrown inside an
 * {@code AbortExecutionException}, it reaches the client as it is.
 */
public final class CodedError implements GraphQLError {

    // Not ExecutionAborted: the error mapping would take it for an engine error and drop the details.
    private static final ErrorClassification TYPE = ErrorClassification.errorClassification("Refused");

    private final String message;
    private final Map<String, Object> extensions;

    private CodedError(String message, Map<String, Object> extensions) {
        this.message = message;
        this.extensions = extensions;
    }

    public static CodedError of(ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(details);
        return new CodedError(message, extensions);
    }

    /** LIMIT_EXCEEDED naming the limit and its maximum, with any further details after them. */
    public static CodedError limitExceeded(String limit, long max, String message, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("max", max);
        details.putAll(more);
        return of(ErrorCode.LIMIT_EXCEEDED, message, details);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return List.of();
    }

    @Override
    public ErrorClassification getErrorType() {
        return TYPE;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** Message and extensions only: graphql-java would add the classification's name to the extensions. */
    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("message", message);
        specification.put("extensions", extensions);
        return specification;
    }
}
