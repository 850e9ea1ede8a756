package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The children a batch resolver loaded for all its parents, handed back per parent: in the order
 * they came, and no more than the list's bound ({@link ListSize}), even for rows written before it.
 */
public final class Children<T> {

    private final Map<Long, List<T>> byParent = new LinkedHashMap<>();

    private Children() {
    }

    /** @param max the bound of the list, as its {@code @ListSize} declares it */
    public static <T> Children<T> of(List<T> items, Function<T, Long> parent, int max) {
        Children<T> children = new Children<>();
        for (T item : items) {
            List<T> list = children.byParent.computeIfAbsent(parent.apply(item), k -> new ArrayList<>());
            if (list.size() < max) {
                list.add(item);
            }
        }
        return children;
    }

    /** From {@code (parent id, child)} rows, as a query selecting both returns them. */
    public static <T> Children<T> ofRows(List<Object[]> rows, Class<T> type, int max) {
        Children<T> children = new Children<>();
        for (Object[] row : rows) {
            List<T> list = children.byParent.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>());
            if (list.size() < max) {
                list.add(type.cast(row[1]));
            }
        }
        return children;
    }

    /** One list per parent, in the parents' order. */
    public <P> List<List<T>> forParents(List<P> parents, Function<P, Long> id) {
        return parents.stream().map(p -> byParent.getOrDefault(id.apply(p), List.of())).toList();
    }
}
