package dev.newsgraph.cost;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.FragmentDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLSchema;

/**
 * Each operation measured once ({@link QueryCost}) for each set of values of the variables a measure
 * reads, rather than walked again on every request: the engine executes the very operation objects that
 * the document cache keeps, so they are the keys here (by identity, weakly: an operation is forgotten once
 * the document cache drops its document). The variables a measure reads are those of type {@code Int}
 * (page sizes), {@code Boolean} ({@code @skip}/{@code @include}) and lists (their length); the key holds
 * their values, a list by its length alone.
 */
final class MeasuredOperations {

    /** Operations kept: more than the document cache keeps, so that no live document is measured twice. */
    static final int MAX_OPERATIONS = 4096;
    /** Distinct variable values kept per operation (pages of a feed ask a few); more are measured each time. */
    static final int MAX_VARIANTS = 64;

    private final Cache<OperationDefinition, Variants> operations = Caffeine.newBuilder()
            .weakKeys().maximumSize(MAX_OPERATIONS).build();

    QueryCost.Measure measure(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        Variants variants = operations.get(operation, Variants::new);
        List<Object> key = variants.key(variables);
        QueryCost.Measure known = variants.measures.get(key);
        if (known != null) {
            return known;
        }
        QueryCost.Measure measure = QueryCost.measure(schema, operation, fragments, variables);
        if (variants.measures.size() < MAX_VARIANTS) {
            variants.measures.putIfAbsent(key, measure);
        }
        return measure;
    }

    /** The measures of one operation, by the values of the variables they depend on. */
    private static final class Variants {
        private static final Object ABSENT = new Object();

        final String[] names;
        final boolean[] lists;
        final Map<List<Object>, QueryCost.Measure> measures = new ConcurrentHashMap<>();

        Variants(OperationDefinition operation) {
            List<VariableDefinition> read = operation.getVariableDefinitions().stream()
                    .filter(v -> isList(v.getType()) || isNamed(v.getType(), "Int") || isNamed(v.getType(), "Boolean")).toList();
            names = read.stream().map(VariableDefinition::getName).toArray(String[]::new);
            lists = new boolean[names.length];
            for (int i = 0; i < names.length; i++) {
                lists[i] = isList(read.get(i).getType());
            }
        }

        List<Object> key(Map<String, Object> variables) {
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Object value = variables.containsKey(names[i]) ? variables.get(names[i]) : ABSENT;
                values[i] = lists[i] && value instanceof List<?> list ? (Object) list.size() : value;
            }
            return Arrays.asList(values);
        }

        private static boolean isList(Type<?> type) {
            return (type instanceof NonNullType nonNull ? nonNull.getType() : type) instanceof ListType;
        }

        private static boolean isNamed(Type<?> type, String name) {
            return (type instanceof NonNullType nonNull ? nonNull.getType() : type) instanceof TypeName named
                    && named.getName().equals(name);
        }
    }
}
