package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keyset (seek) pagination over one entity: pages are found through the (sort column, id) index,
 * so the last page costs what the first does. Filters arrive as a JPQL condition with named parameters.
 */
public final class Keyset {

    private Keyset() {
    }

    /** A sortable column: its public name, JPQL path, how to read it from an entity and parse it from a cursor. */
    public record SortKey<E>(String name, String path, Function<E, Object> value, Function<String, Object> parse) {
    }

    /** A JPQL condition on the root alias {@code e}, with its named parameters. */
    public record Where(String jpql, Map<String, Object> parameters) {
        public static Where all() {
            return new Where("1 = 1", Map.of());
        }
    }

    /** One page: the nodes with their cursors, and where the page sits. */
    public record Slice<E>(List<E> nodes, List<String> cursors, PageInfo pageInfo) {
    }

    public static <E> Slice<E> page(Class<E> type, Where where, SortKey<E> key, SortDirection direction,
            PageRequest page, Function<E, Long> idOf) {
        if (page.size() == 0) {
            return new Slice<>(List.of(), List.of(), new PageInfo(false, false, null, null));
        }
        SortDirection scan = page.backward() ? direction.reversed() : direction;
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        StringBuilder jpql = new StringBuilder("select e from ").append(type.getSimpleName())
                .append(" e where (").append(where.jpql()).append(')');
        Cursor cursor = page.cursor();
        if (cursor != null) {
            if (!cursor.field().equals(key.name())) {
                throw ApiException.validation(page.backward() ? "before" : "after",
                        "the cursor belongs to an ordering by " + cursor.field() + ", not by " + key.name());
            }
            String op = scan == SortDirection.ASC ? ">" : "<";
            // The leading "<=" / ">=" bound is redundant logically but lets the database start the index
            // scan at the cursor; without it H2 walks the index from the first row to the cursor.
            jpql.append(" and ").append(key.path()).append(' ').append(op).append("= :seekValue")
                    .append(" and (").append(key.path()).append(' ').append(op).append(" :seekValue or (")
                    .append(key.path()).append(" = :seekValue and e.id ").append(op).append(" :seekId))");
            try {
                parameters.put("seekValue", key.parse().apply(cursor.value()));
            } catch (RuntimeException e) {
                throw ApiException.validation(page.backward() ? "before" : "after", "not a cursor returned by this API");
            }
            parameters.put("seekId", cursor.id());
        }
        jpql.append(" order by ").append(key.path()).append(' ').append(scan).append(", e.id ").append(scan);

        EntityManager em = Panache.getEntityManager();
        TypedQuery<E> query = em.createQuery(jpql.toString(), type).setMaxResults(page.size() + 1);
        parameters.forEach(query::setParameter);
        List<E> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > page.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (page.backward()) {
            Collections.reverse(rows);
        }
        List<String> cursors = rows.stream()
                .map(row -> new Cursor(key.name(), String.valueOf(key.value().apply(row)), idOf.apply(row)).encode())
                .toList();
        String start = cursors.isEmpty() ? null : cursors.get(0);
        String end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        PageInfo info = page.backward()
                ? new PageInfo(cursor != null, more, start, end)
                : new PageInfo(more, cursor != null, start, end);
        return new Slice<>(rows, cursors, info);
    }

    /** Counts what the condition matches, for {@code totalCount}. */
    public static int count(Class<?> type, Where where) {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(
                "select count(e) from " + type.getSimpleName() + " e where (" + where.jpql() + ")", Long.class);
        where.parameters().forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }
}
