package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.graphql.Keyset.Where;

/**
 * A filter input that combines with others of its type through {@code and}, {@code or} and
 * {@code not}, compiled with {@link FilterConditions} into one JPQL condition on the alias {@code e}.
 */
public interface BooleanFilter<F extends BooleanFilter<F>> {

    /** The most levels of {@code and}/{@code or}/{@code not} below the top filter. */
    int MAX_DEPTH = 10;

    /** The most conditions of one filter: each field given, each element of a list field. */
    int MAX_CONDITIONS = 100;

    /** The filters that must all hold, or null. */
    List<F> allOf();

    /** The filters of which one must hold, or null. */
    List<F> anyOf();

    /** The filter that must not hold, or null. */
    F negated();

    /**
     * Adds one condition per field this filter sets besides {@code and}/{@code or}/{@code not}. Each
     * must be true or false for every row, never unknown (guard nullable columns with {@code is not
     * null}), so that {@code not} selects exactly the rows the condition leaves out.
     */
    void addFieldConditions(FilterConditions conditions);

    /** The whole tree as one condition, or everything for no filter; LIMIT_EXCEEDED past the bounds. */
    static <F extends BooleanFilter<F>> Where toWhere(F filter) {
        if (filter == null) {
            return Where.all();
        }
        FilterConditions conditions = new FilterConditions(MAX_CONDITIONS);
        String jpql = compile(filter, 0, false, conditions);
        return new Where(jpql, conditions.parameters());
    }

    /**
     * Negation is pushed down to the fields (De Morgan), so {@code not (…)} only ever wraps a single
     * field's condition: Hibernate's HQL parser takes seconds over a few levels of nested {@code not (…)}.
     */
    private static <F extends BooleanFilter<F>> String compile(F filter, int depth, boolean negated,
            FilterConditions conditions) {
        if (depth > MAX_DEPTH) {
            throw ApiException.limitExceeded("filter", MAX_DEPTH,
                    "the filter nests `and`/`or`/`not` deeper than " + MAX_DEPTH + " levels");
        }
        List<String> fields = new ArrayList<>();
        conditions.collectInto(fields, () -> filter.addFieldConditions(conditions));
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            parts.add(negated ? "not (" + field + ")" : field);
        }
        if (filter.allOf() != null) {
            for (F child : filter.allOf()) {
                parts.add(compile(child, depth + 1, negated, conditions));
            }
        }
        if (filter.anyOf() != null) {
            List<String> alternatives = new ArrayList<>();
            for (F child : filter.anyOf()) {
                alternatives.add(compile(child, depth + 1, negated, conditions));
            }
            // as in logic, an empty `or` holds for nothing (an empty `and` for everything)
            parts.add(join(alternatives, !negated));
        }
        if (filter.negated() != null) {
            parts.add(compile(filter.negated(), depth + 1, !negated, conditions));
        }
        return join(parts, negated);
    }

    /** The parts ORed (for {@code or}) or ANDed, in parentheses; no parts: false for OR, true for AND. */
    private static String join(List<String> parts, boolean or) {
        if (parts.isEmpty()) {
            return or ? "1 = 0" : "1 = 1";
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(or ? " or " : " and ", parts) + ")";
    }
}
