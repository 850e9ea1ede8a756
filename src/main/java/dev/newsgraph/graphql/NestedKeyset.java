package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

import dev.newsgraph.graphql.Keyset.SortKey;

/**
 * Keyset pagination of a list nested below many parents (an organization's articles, an event's
 * articles…): the pages of all parents come from one query, in which a window function numbers each
 * parent's items from its cursor on, so a level of nesting costs one query whatever the number of
 * parents. Each parent's total is one grouped count for all of them, run the first time a client
 * asks for a {@code totalCount} of the level.
 *
 * @param type   the node entity, loaded as {@code n} by the id {@code node} gives
 * @param link   JPQL from clause binding the sorted entity as {@code e}, e.g. {@code ArticleEvent l join l.article e}
 * @param parent JPQL expression of the parent's id, e.g. {@code l.eventId}
 * @param node   JPQL expression of the node's id: {@code e.id} when the node is the sorted entity
 * @param fetch  join fetches on {@code n} (e.g. {@code " join fetch n.event"}), or empty
 * @param key    the sort key on {@code e}; ties are broken by {@code e.id} in the same direction
 * @param tieOf  a node's {@code e.id}, for its cursor
 */
public record NestedKeyset<N>(Class<N> type, String link, String parent, String node, String fetch,
        SortKey<N> key, SortDirection direction, Function<N, Long> tieOf) {

    /** The usual shape: the node is the sorted entity {@code e} itself, loaded without fetches. */
    public static <N> NestedKeyset<N> of(Class<N> type, String link, String parent, SortKey<N> key,
            SortDirection direction, Function<N, Long> idOf) {
        return new NestedKeyset<>(type, link, parent, "e.id", "", key, direction, idOf);
    }

    /**
     * A page (forward only) for each parent, in the order of {@code parentIds} (repeats allowed),
     * each made into a connection with its lazy total.
     */
    public <C> List<C> pages(List<Long> parentIds, PageRequest page, BiFunction<Slice<N>, IntSupplier, C> connection) {
        if (page.backward()) {
            throw new IllegalArgumentException("a nested connection pages forward only");
        }
        List<Long> distinct = parentIds.stream().distinct().toList();
        Map<Long, List<N>> rows = distinct.isEmpty() || page.size() == 0 ? Map.of() : rows(distinct, page);
        Totals totals = new Totals(distinct);
        List<C> result = new ArrayList<>(parentIds.size());
        for (Long id : parentIds) {
            Slice<N> slice = page.size() == 0 ? Slice.empty() : Slice.of(rows.getOrDefault(id, List.of()), page, key, tieOf);
            result.add(connection.apply(slice, () -> totals.of(id)));
        }
        return result;
    }

    /** The number of items below each parent, in one grouped query; parents without items are left out. */
    public Map<Long, Integer> counts(Collection<Long> parentIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        IdList ids = IdList.of("parent", parentIds);
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery("select " + parent + ", count(" + node + ") from "
                + link + " where " + parent + " in " + ids.placeholders() + " group by " + parent, Object[].class);
        for (Object[] row : ids.bind(query).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Each parent's items from the cursor on, one beyond the page size, in page order. */
    private Map<Long, List<N>> rows(List<Long> parentIds, PageRequest page) {
        IdList ids = IdList.of("parent", parentIds);
        Map<String, Object> parameters = new HashMap<>(ids.parameters());
        String seek = Keyset.seek(key, direction, page, parameters);
        parameters.put("rowLimit", page.size() + 1);
        String jpql = "select x.parentId, n from " + type.getSimpleName() + " n" + fetch
                + " join (select " + parent + " as parentId, " + node + " as nodeId, row_number() over (partition by "
                + parent + " order by " + Keyset.order(key, direction) + ") as position from " + link
                + " where " + parent + " in " + ids.placeholders() + seek + ") x on x.nodeId = n.id"
                + " where x.position <= :rowLimit order by x.parentId, x.position";
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        Map<Long, List<N>> byParent = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            byParent.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(type.cast(row[1]));
        }
        return byParent;
    }

    /** The totals of one level, counted once, when the first of its connections is asked. */
    private final class Totals {
        private final List<Long> parentIds;
        private Map<Long, Integer> counts;

        Totals(List<Long> parentIds) {
            this.parentIds = parentIds;
        }

        synchronized int of(Long parentId) {
            if (counts == null) {
                counts = counts(parentIds);
            }
            return counts.getOrDefault(parentId, 0);
        }
    }
}
