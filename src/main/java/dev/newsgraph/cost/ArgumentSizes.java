package dev.newsgraph.cost;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;

/**
 * The sizes that a field's arguments stand for in one operation ({@link QueryCost}'s multipliers): a
 * number as given, the length of a list, with variables replaced by the request's values or their
 * declared defaults, and the {@code @listSize} bound a field declares.
 */
final class ArgumentSizes {

    private final Map<String, Object> variables;
    private final Map<String, VariableDefinition> declared = new HashMap<>();

    ArgumentSizes(List<VariableDefinition> definitions, Map<String, Object> variables) {
        this.variables = variables == null ? Map.of() : variables;
        for (VariableDefinition definition : definitions) {
            declared.put(definition.getName(), definition);
        }
    }

    /** The {@code max} of the field's {@code listSize} directive (SmallRye attaches it as a legacy directive). */
    @SuppressWarnings("deprecation")
    static Integer declaredBound(GraphQLFieldDefinition definition) {
        GraphQLAppliedDirective applied = definition.getAppliedDirective("listSize");
        if (applied != null && applied.getArgument("max") != null) {
            Object max = applied.getArgument("max").getValue();
            if (max instanceof Number number) {
                return number.intValue();
            }
        }
        GraphQLDirective directive = definition.getDirective("listSize");
        if (directive == null || directive.getArgument("max") == null) {
            return null;
        }
        Object max = directive.getArgument("max").getArgumentValue().getValue();
        if (max instanceof IntValue literal) {
            return literal.getValue().intValue();
        }
        return max instanceof Number number ? number.intValue() : null;
    }

    /**
     * The size an argument stands for: a number as given, a list's length; the argument's default or null
     * when the field does not give it.
     */
    Long size(GraphQLFieldDefinition definition, Field field, String name) {
        GraphQLArgument declaredArgument = definition.getArgument(name);
        if (declaredArgument == null) {
            return null;
        }
        Object value = null;
        for (graphql.language.Argument given : field.getArguments()) {
            if (given.getName().equals(name)) {
                value = value(given.getValue());
            }
        }
        if (value == null && declaredArgument.hasSetDefaultValue()) {
            Object fallback = declaredArgument.getArgumentDefaultValue().getValue();
            value = fallback instanceof Value<?> literal ? value(literal) : fallback;
        }
        return sizeOf(value);
    }

    /** A value with its variable, if it is one, replaced by what the request gives (or the variable's default). */
    Object value(Value<?> value) {
        if (value instanceof VariableReference reference) {
            if (variables.containsKey(reference.getName())) {
                return variables.get(reference.getName());
            }
            VariableDefinition definition = declared.get(reference.getName());
            return definition == null || definition.getDefaultValue() == null ? null : value(definition.getDefaultValue());
        }
        return value;
    }

    private static Long sizeOf(Object value) {
        if (value instanceof IntValue literal) {
            return clamp(literal.getValue());
        }
        if (value instanceof ArrayValue array) {
            return (long) array.getValues().size();
        }
        if (value instanceof List<?> list) {
            return (long) list.size();
        }
        if (value instanceof BigInteger big) {
            return clamp(big);
        }
        if (value instanceof Number number) {
            return Math.max(0, number.longValue());
        }
        return null;
    }

    private static long clamp(BigInteger value) {
        return value.signum() < 0 ? 0 : value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
    }
}
