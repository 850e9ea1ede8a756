package dev.newsgraph.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * A batch of ids for an {@code in (…)} condition, bound as one parameter per id and padded to a
 * power of two by repeating the last id. Hibernate never caches the SQL of a query with a list
 * parameter, so a batch loader would translate its query again on every request; with single
 * parameters there are a handful of query shapes, each translated once.
 */
public record IdList(String placeholders, Map<String, Object> parameters) {

    /** Beyond this many ids one list parameter is cheaper than thousands of placeholders. */
    static final int MAX_PADDED = 1024;

    /** @param ids at least one id */
    public static IdList of(String name, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("an id list needs at least one id");
        }
        if (distinct.size() > MAX_PADDED) {
            return new IdList("(:" + name + ")", Map.of(name, distinct));
        }
        int padded = Integer.highestOneBit(distinct.size());
        if (padded < distinct.size()) {
            padded <<= 1;
        }
        StringBuilder placeholders = new StringBuilder("(");
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < padded; i++) {
            placeholders.append(i == 0 ? ":" : ", :").append(name).append(i);
            parameters.put(name + i, distinct.get(Math.min(i, distinct.size() - 1)));
        }
        return new IdList(placeholders.append(')').toString(), parameters);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
