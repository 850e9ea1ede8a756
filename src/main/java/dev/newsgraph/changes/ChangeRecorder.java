package dev.newsgraph.changes;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

import dev.newsgraph.graphql.Node;
import dev.newsgraph.graphql.NodeType;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Notes every create, update and delete of a node as Hibernate flushes it, and writes the
 * transaction's changes to the log once everything else is flushed, right before the commit. Seen
 * where entities are written, no service has to remember to log; a change of links shows here
 * because the services touch both ends (their version moves on). Writes made with SQL statements
 * name their nodes in {@link PendingChanges} themselves.
 */
@PersistenceUnitExtension
public class ChangeRecorder implements Interceptor {

    @Inject
    PendingChanges pending;

    @Inject
    EntityManager entityManager;

    @Inject
    ChangeLog log;

    /** A node's key within a transaction. */
    record NodeKey(NodeType type, long rowId) {
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        note(entity, id, ChangeOperation.CREATED);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        note(entity, id, ChangeOperation.UPDATED);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        note(entity, id, ChangeOperation.DELETED);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        Map<NodeKey, ChangeOperation> changes = pending.take(); // once per transaction, even if Hibernate calls again
        if (!changes.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> log.append(connection, changes));
        }
    }

    private void note(Object entity, Object id, ChangeOperation operation) {
        if (!(entity instanceof Node) || !(id instanceof Long rowId)) {
            return;
        }
        NodeType type = typeOf(entity);
        if (type != null) {
            pending.note(type, rowId, operation);
        }
    }

    /** The node type an entity class stands for: its GraphQL type name is the entity's simple name. */
    private static NodeType typeOf(Object entity) {
        String name = entity.getClass().getSimpleName();
        for (NodeType type : NodeType.values()) {
            if (type.typeName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
