package dev.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Inserts many rows of one table with plain JDBC batches on the transaction's own connection. For
 * derived rows written in bulk (an article's mentions, suggestions and search text): they skip the
 * persistence context, which would otherwise track, flush and dirty-check each of them. Rows written
 * this way are read back by queries, never through entities already loaded in the same session.
 */
public final class RowInserts {

    /** Binds one row's values to the statement's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static final int BATCH_SIZE = 100;

    private RowInserts() {
    }

    /**
     * Runs {@code sql} once per row, in JDBC batches. Pending entity changes are flushed first, so
     * the rows may refer to entities persisted earlier in the transaction.
     */
    public static <T> void insert(EntityManager em, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        // the statement inspector sees this SQL as it sees Hibernate's own (it is how writes are noticed)
        String inspected = session.getJdbcSessionContext().getStatementInspector().inspect(sql);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(inspected)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /**
     * The ids of an entity's own generator, so rows inserted here never collide with rows the entity
     * inserts (sequence ids come from the generator's in-memory block, one round trip per block). The
     * generator is looked up once; take the ids within the transaction.
     */
    public static LongSupplier ids(EntityManager em, Class<?> entity) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        var generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        return () -> ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
    }
}
