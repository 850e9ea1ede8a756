package dev.newsgraph.store;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.StatelessSession;

/**
 * Inserts many new entities of derived rows (an import's mentions, suggestions and search text)
 * through a Hibernate {@link StatelessSession} on the transaction's own connection: one JDBC batch
 * per call, ids from the entities' own generators, and none of the persistence context's tracking,
 * flushing and dirty checking. Rows written this way are read back by queries, never through
 * entities already loaded in the same session.
 */
public final class BulkInserts {

    /**
     * The id block (sequence increment and allocationSize) of the entities written here in bulk: one
     * sequence call per 1,000 rows. On H2, every 32nd call also commits the sequence's new value, and
     * that commit writes every page the caller's transaction has touched so far (migration V8).
     */
    public static final int ID_BLOCK = 1000;

    private BulkInserts() {
    }

    /**
     * Inserts the entities in one JDBC batch. Pending entity changes are flushed first, so the rows
     * may refer to entities persisted earlier in the transaction.
     */
    public static void insert(EntityManager em, List<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Session session = em.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            // the connection stays the transaction's: the stateless session neither commits nor closes it
            try (StatelessSession bulk = session.getSessionFactory().withStatelessOptions().connection(connection)
                    .openStatelessSession()) {
                bulk.insertMultiple(entities);
            }
        });
    }
}
