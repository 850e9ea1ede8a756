package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.AbortExecutionException;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * The one place where errors become what clients see: every error gets a contract code in
 * {@code extensions.code}; unexpected failures become {@code INTERNAL} with a correlation id
 * that is also logged, so no stack trace, SQL or class name leaves the service.
 * Registered as a SmallRye GraphQL {@link EventingService} (always on: no config key).
 */
public class ErrorMapper implements EventingService {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final java.util.regex.Pattern BAD_ARGUMENT = java.util.regex.Pattern
            .compile("argument '([^']+)' with value .* is not a valid '([^']*)'", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern ENGINE_ID = java.util.regex.Pattern.compile("SRGQL\\d+: ?");
    private static final java.util.Set<String> JAVA_TYPES = java.util.Set.of("BigInteger", "BigDecimal", "Long", "Integer",
            "String", "Object", "Instant", "LocalDate", "OffsetDateTime");
    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern
            .compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][\\w$]*");

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty() || !(context instanceof SmallRyeContext smallRye)) {
            return;
        }
        List<GraphQLError> mapped = mapAll(result.getErrors());
        smallRye.setExecutionResult(ExecutionResultImpl.newExecutionResult()
                .from(result).errors(mapped).build());
    }

    /** The errors of one result as clients see them (mapping them again changes nothing). */
    public static List<GraphQLError> mapAll(List<GraphQLError> errors) {
        List<GraphQLError> mapped = new ArrayList<>();
        boolean several = errors.size() > 1;
        for (GraphQLError error : errors) {
            // A null bubbling up from a field that already reported its own error adds nothing.
            if (several && error instanceof NonNullableFieldWasNullError) {
                continue;
            }
            mapped.addAll(map(error));
        }
        return mapped;
    }

    /** The error as clients see it: coded, with no engine internals. */
    public static List<GraphQLError> map(GraphQLError error) {
        Object declared = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (declared != null && isContractCode(declared.toString()) && !(error instanceof ExceptionWhileDataFetching)) {
            return List.of(error); // coded where it was raised (limits, the edge's parser)
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return List.of(fromException(error, fetching.getException()));
        }
        if (error instanceof BeanValidationError) {
            return fromViolations(error);
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return List.of(build(error, ErrorCode.BAD_INPUT, error.getMessage(), Map.of()));
        }
        if (type == ErrorType.ExecutionAborted) {
            return List.of(build(error, ErrorCode.LIMIT_EXCEEDED, error.getMessage(), Map.of()));
        }
        if (type == ErrorType.ValidationError || type == ErrorType.OperationNotSupported) {
            return List.of(build(error, ErrorCode.VALIDATION, error.getMessage(), Map.of()));
        }
        if (error instanceof AbortExecutionException) {
            return List.of(build(error, ErrorCode.LIMIT_EXCEEDED, error.getMessage(), Map.of()));
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null && isContractCode(code.toString())) {
            return List.of(error);
        }
        return List.of(internal(error, null));
    }

    private static GraphQLError fromException(GraphQLError error, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return build(error, api.code(), api.getMessage(), api.details());
            }
            ErrorCode code = ExceptionCodes.codeOf(t);
            if (code != null) {
                return build(error, code, ExceptionCodes.messageOf(code, t), Map.of());
            }
        }
        return internal(error, thrown);
    }

    private static List<GraphQLError> fromViolations(GraphQLError error) {
        List<GraphQLError> errors = new ArrayList<>();
        Object violations = error.getExtensions().get("violations");
        if (violations instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> violation && violation.get("propertyPath") instanceof List<?> path) {
                    // The path starts with the operation name; clients know fields by argument path.
                    List<String> fieldPath = path.stream().skip(1).map(String::valueOf).toList();
                    String field = String.join(".", fieldPath);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("field", field);
                    details.put("fieldPath", fieldPath);
                    Long max = overMaximum(violation);
                    if (max != null) {
                        // A too-long string or too-long list is a size limit, reported as such.
                        boolean text = violation.get("invalidValue") instanceof CharSequence;
                        details.put("limit", text ? "maxLength" : "maxItems");
                        details.put("max", max);
                        errors.add(build(error, ErrorCode.LIMIT_EXCEEDED, field + ": more than the limit of " + max
                                + (text ? " characters" : " items"), details));
                        continue;
                    }
                    errors.add(build(error, ErrorCode.VALIDATION, field + ": " + violation.get("message"), details));
                }
            }
        }
        return errors.isEmpty() ? List.of(build(error, ErrorCode.VALIDATION, "invalid input", Map.of())) : errors;
    }

    /** The @Size maximum a value went over, or null when the violation is not about being too long. */
    private static Long overMaximum(Map<?, ?> violation) {
        if (!(violation.get("constraint") instanceof Map<?, ?> constraint) || !(constraint.get("max") instanceof Number max)) {
            return null;
        }
        Object value = violation.get("invalidValue");
        long size = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> items ? items.size() : -1;
        return size > max.longValue() ? max.longValue() : null;
    }

    private static GraphQLError internal(GraphQLError error, Throwable thrown) {
        String correlationId = UUID.randomUUID().toString();
        if (thrown != null) {
            LOG.errorf(thrown, "Unexpected failure, correlation id %s", correlationId);
        } else {
            LOG.errorf("Unexpected GraphQL error, correlation id %s: %s", correlationId, error.getMessage());
        }
        return build(error, ErrorCode.INTERNAL,
                "Internal error; quote correlation id " + correlationId + " when reporting it",
                Map.of("correlationId", correlationId));
    }

    private static GraphQLError build(GraphQLError error, ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(details);
        String text = message == null ? code.name() : message;
        java.util.regex.Matcher badArgument = BAD_ARGUMENT.matcher(text);
        if (badArgument.find()) {
            String type = badArgument.group(2);
            text = "argument '" + badArgument.group(1) + "' "
                    + (type.matches("[A-Z][A-Za-z]*") && !JAVA_TYPES.contains(type) ? "is not a valid " + type
                            : "has a value of the wrong type or format");
            extensions.putIfAbsent("field", badArgument.group(1));
        }
        // Never a Java class name or an engine message id in a message.
        text = ENGINE_ID.matcher(JAVA_NAME.matcher(text).replaceAll("value")).replaceAll("");
        return new ContractError(text, error.getLocations(), error.getPath(), extensions, error.getErrorType());
    }

    private static boolean isContractCode(String code) {
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
