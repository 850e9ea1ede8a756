package dev.newsgraph.changes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.newsgraph.graphql.NodeType;

/**
 * The changes of the current transaction, in order, until {@link ChangeRecorder} logs them before the
 * commit. Entity writes arrive through Hibernate's callbacks; a write made with an SQL statement or a
 * stateless session, which those callbacks never see, names its nodes with {@link #created} or {@link #updated}.
 */
@ApplicationScoped
public class PendingChanges {

    private static final Object KEY = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Nodes whose visible fields an SQL statement of this transaction changed; ignored outside a transaction. */
    public void updated(NodeType type, Collection<Long> rowIds) {
        for (Long rowId : rowIds) {
            note(type, rowId, ChangeOperation.UPDATED);
        }
    }

    /** Nodes an SQL statement or a stateless batch of this transaction inserted; ignored outside a transaction. */
    public void created(NodeType type, Collection<Long> rowIds) {
        for (Long rowId : rowIds) {
            note(type, rowId, ChangeOperation.CREATED);
        }
    }

    void note(NodeType type, long rowId, ChangeOperation operation) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<ChangeRecorder.NodeKey, ChangeOperation> pending = (Map<ChangeRecorder.NodeKey, ChangeOperation>) transactions
                .getResource(KEY);
        if (pending == null) {
            pending = new LinkedHashMap<>();
            transactions.putResource(KEY, pending);
        }
        pending.merge(new ChangeRecorder.NodeKey(type, rowId), operation, ChangeOperation::then);
    }

    /** The transaction's changes so far, once: the next call returns only what was noted after. */
    Map<ChangeRecorder.NodeKey, ChangeOperation> take() {
        if (transactions.getTransactionKey() == null || transactions.getRollbackOnly()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<ChangeRecorder.NodeKey, ChangeOperation> pending = (Map<ChangeRecorder.NodeKey, ChangeOperation>) transactions
                .getResource(KEY);
        if (pending == null || pending.isEmpty()) {
            return Map.of();
        }
        Map<ChangeRecorder.NodeKey, ChangeOperation> changes = new LinkedHashMap<>(pending);
        pending.clear();
        return changes;
    }
}
