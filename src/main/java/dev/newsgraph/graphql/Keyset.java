package dev.newsgraph.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

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

    /** Whether the row {@code id} of the entity {@code type} (aliased {@code e}) meets the condition. */
    public static boolean matches(Class<?> type, long id, Where where) {
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("matchedId", id);
        TypedQuery<Long> query = Panache.getEntityManager().createQuery("select count(e) from " + type.getSimpleName()
                + " e where e.id = :matchedId and (" + where.jpql() + ")", Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    public static <E> Slice<E> page(Class<E> type, Where where, SortKey<E> key, SortDirection direction,
            PageRequest page, Function<E, Long> idOf) {
        if (page.size() == 0) {
            return Slice.empty();
        }
        SortDirection scan = page.backward() ? direction.reversed() : direction;
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        String jpql = "select e from " + type.getSimpleName() + " e where (" + where.jpql() + ")"
                + seek(key, scan, page, parameters) + " order by " + order(key, scan);
        TypedQuery<E> query = Panache.getEntityManager().createQuery(jpql, type).setMaxResults(page.size() + 1);
        parameters.forEach(query::setParameter);
        return Slice.of(query.getResultList(), page, key, idOf);
    }

    /**
     * The condition that starts a scan after the page's cursor (nothing without one), on the sort key
     * and the id of the entity aliased {@code e}; its parameters go into {@code parameters}.
     */
    static String seek(SortKey<?> key, SortDirection scan, PageRequest page, Map<String, Object> parameters) {
        Cursor cursor = page.cursor();
        if (cursor == null) {
            return "";
        }
        String argument = page.backward() ? "before" : "after";
        if (!cursor.field().equals(key.name())) {
            throw ApiException.validation(argument,
                    "the cursor belongs to an ordering by " + cursor.field() + ", not by " + key.name());
        }
        try {
            parameters.put("seekValue", key.parse().apply(cursor.value()));
        } catch (RuntimeException e) {
            throw ApiException.validation(argument, "not a cursor returned by this API");
        }
        parameters.put("seekId", cursor.id());
        String op = scan == SortDirection.ASC ? ">" : "<";
        // The leading "<=" / ">=" bound is redundant logically but lets the database start the index
        // scan at the cursor; without it H2 walks the index from the first row to the cursor.
        return " and " + key.path() + " " + op + "= :seekValue"
                + " and (" + key.path() + " " + op + " :seekValue or (" + key.path() + " = :seekValue and e.id " + op + " :seekId))";
    }

    /** The ORDER BY items of a scan: the sort key, then the id. */
    static String order(SortKey<?> key, SortDirection scan) {
        return key.path() + " " + scan + ", e.id " + scan;
    }

    /** Counts what the condition matches, for {@code totalCount}. */
    public static int count(Class<?> type, Where where) {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(
                "select count(e) from " + type.getSimpleName() + " e where (" + where.jpql() + ")", Long.class);
        where.parameters().forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }
}
