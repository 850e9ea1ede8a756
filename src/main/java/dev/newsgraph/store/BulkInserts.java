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
