package dev.newsgraph.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The conditions of one filter tree as it is compiled: binds every value as its own named
 * parameter (unique across the tree, one per value so the SQL shape never depends on a list
 * parameter) and counts them against the bound on conditions.
 */
public final class FilterConditions {

    private final int maxConditions;
    private final Map<String, Object> parameters = new HashMap<>();
    private List<String> target;
    private int conditions;

    FilterConditions(int maxConditions) {
        this.maxConditions = maxConditions;
    }

    /** Adds a condition built around one bound value, e.g. {@code v -> "e.kind = " + v}. */
    public void add(Object value, Function<String, String> condition) {
        target.add(condition.apply(bind(value)));
    }

    /** Adds a condition without a value, e.g. {@code e.duplicateOfId is null}. */
    public void add(String condition) {
        count();
        target.add(condition);
    }

    /**
     * Adds a condition around {@code path in (…)}, one parameter per value, e.g. to put it in a
     * subquery; for no values, the condition is false (an empty "any of" matches nothing).
     */
    public <T> void addIn(String path, Collection<T> values, Function<T, Object> parameter,
            Function<String, String> condition) {
        if (values.isEmpty()) {
            target.add("1 = 0");
            return;
        }
        StringJoiner in = new StringJoiner(", ", path + " in (", ")");
        for (T value : values) {
            in.add(bind(parameter.apply(value)));
        }
        target.add(condition.apply(in.toString()));
    }

    /** Adds {@code path in (…)}; for an expression of a column that is never null. */
    public <T> void addIn(String path, Collection<T> values, Function<T, Object> parameter) {
        addIn(path, values, parameter, in -> in);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    void collectInto(List<String> parts, Runnable fields) {
        List<String> outer = target;
        target = parts;
        try {
            fields.run();
        } finally {
            target = outer;
        }
    }

    private String bind(Object value) {
        count();
        String name = "f" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private void count() {
        if (++conditions > maxConditions) {
            throw ApiException.limitExceeded("filter", maxConditions,
                    "the filter has more than " + maxConditions + " conditions (each field and each list element counts)");
        }
    }
}
