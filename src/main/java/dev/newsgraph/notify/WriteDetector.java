package dev.newsgraph.notify;

import java.util.Locale;

import jakarta.inject.Inject;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Sees every statement Hibernate prepares (entity flushes, bulk JPQL, native SQL, and the JDBC batches
 * of {@code store.BulkInserts}) and tells {@link GraphWrites} when one writes. Detecting writes where
 * SQL is prepared, rather than asking each service to say so, means no write path can forget it.
 */
@PersistenceUnitExtension
public class WriteDetector implements StatementInspector {

    @Inject
    GraphWrites writes;

    @Override
    public String inspect(String sql) {
        if (writes(sql)) {
            writes.wrote();
        }
        return sql;
    }

    /** Whether the statement may change rows: by its first keyword (a {@code with} may end in a write). */
    static boolean writes(String sql) {
        int start = 0;
        while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        String head = sql.substring(start, Math.min(sql.length(), start + 8)).toLowerCase(Locale.ROOT);
        if (head.startsWith("select") || head.startsWith("call") || head.startsWith("values")) {
            return false;
        }
        if (head.startsWith("insert") || head.startsWith("update") || head.startsWith("delete")
                || head.startsWith("merge") || head.startsWith("truncate")) {
            return true;
        }
        if (head.startsWith("with")) {
            String lower = sql.toLowerCase(Locale.ROOT);
            return lower.contains("insert ") || lower.contains("update ") || lower.contains("delete ");
        }
        return false; // DDL and anything else is no graph write
    }
}
