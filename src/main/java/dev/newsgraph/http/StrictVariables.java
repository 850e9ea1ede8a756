package dev.newsgraph.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.ContractError;
import dev.newsgraph.graphql.ErrorCode;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;

/**
 * Variables of the built-in scalar types checked against their JSON type before execution, as the
 * GraphQL spec coerces them: SmallRye's scalars are lenient ({@code "12"} for an Int, a number for a
 * String), so a variable that does not coerce would otherwise reach a resolver, or fail field by
 * field. A refused variable makes the request one that cannot run: no data, 400 with the new media type.
 */
final class StrictVariables {

    private static final Set<String> TEXT = Set.of("String", "DateTime", "Date");
    /** The inputs that nest through {@code and}/{@code or}/{@code not}; no other input nests beyond a few levels. */
    private static final Set<String> FILTERS = Set.of("ArticleFilter", "EventFilter", "OrganizationFilter");
    /**
     * Levels of objects and arrays a variable may nest before it is refused here: the engine converts
     * input values recursively and would run out of stack some hundreds of levels down. A filter within
     * its bounds nests at most 2 × {@link BooleanFilter#MAX_DEPTH} + 2.
     */
    static final int MAX_VALUE_DEPTH = 64;

    private StrictVariables() {
    }

    /** The variables that do not coerce to their declared types, as VALIDATION errors (empty when all do). */
    static List<GraphQLError> check(Document document, String operationName, JsonObject variables) {
        OperationDefinition operation = null;
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition candidate : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(candidate.getName())) {
                operation = candidate;
            }
        }
        if (operation == null) {
            return List.of();
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            JsonValue value = variables == null ? null : variables.get(definition.getName());
            if (value != null && FILTERS.contains(named(definition.getType()))
                    && RequestDecoder.deeperThan(value, MAX_VALUE_DEPTH)) {
                // the answer a filter nested past its bounds gets from its resolver, before the engine recurses
                errors.add(new ContractError("the filter nests `and`/`or`/`not` deeper than " + BooleanFilter.MAX_DEPTH
                        + " levels", List.of(definition.getSourceLocation()), null,
                        Map.of("code", ErrorCode.LIMIT_EXCEEDED.name(), "limit", "filter", "max", BooleanFilter.MAX_DEPTH),
                        ErrorType.ExecutionAborted));
            } else if (value != null && (RequestDecoder.deeperThan(value, MAX_VALUE_DEPTH)
                    || !coerces(definition.getType(), value))) {
                errors.add(new ContractError("variable $" + definition.getName() + " is not a valid "
                        + AstPrinting.of(definition.getType()), List.of(definition.getSourceLocation()), null,
                        Map.of("code", ErrorCode.VALIDATION.name(), "field", definition.getName()),
                        ErrorType.ValidationError));
            }
        }
        return errors;
    }

    private static boolean coerces(Type<?> type, JsonValue value) {
        if (type instanceof NonNullType nonNull) {
            return value.getValueType() != JsonValue.ValueType.NULL && coerces(nonNull.getType(), value);
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        if (type instanceof ListType list) {
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                return value.asJsonArray().stream().allMatch(item -> coerces(list.getType(), item));
            }
            return coerces(list.getType(), value); // a single value stands for a list of one
        }
        String name = ((TypeName) type).getName();
        return switch (name) {
            case "Int" -> value instanceof JsonNumber number && number.isIntegral()
                    && number.bigIntegerValue().bitLength() < 32;
            case "Float" -> value instanceof JsonNumber;
            case "Boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "ID" -> value.getValueType() == JsonValue.ValueType.STRING
                    || value instanceof JsonNumber number && number.isIntegral();
            default -> !TEXT.contains(name) || value.getValueType() == JsonValue.ValueType.STRING;
        };
    }

    /** The named type under any list and non-null wrappers. */
    private static String named(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return named(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return named(list.getType());
        }
        return ((TypeName) type).getName();
    }

    /** A variable's declared type as written, e.g. {@code [ID!]!}. */
    private static final class AstPrinting {
        static String of(Type<?> type) {
            if (type instanceof NonNullType nonNull) {
                return of(nonNull.getType()) + "!";
            }
            if (type instanceof ListType list) {
                return "[" + of(list.getType()) + "]";
            }
            return ((TypeName) type).getName();
        }
    }
}
