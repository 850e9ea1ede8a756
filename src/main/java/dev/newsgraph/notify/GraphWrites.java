package dev.newsgraph.notify;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

/**
 * Remembers which transactions wrote, and fires {@link GraphChanged} once after each of them commits.
 * The first write of a transaction registers one synchronization; a rolled-back transaction fires
 * nothing; a transaction that only read never registers anything.
 */
@ApplicationScoped
public class GraphWrites {

    private static final Logger LOG = Logger.getLogger(GraphWrites.class);
    private static final Object KEY = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<GraphChanged> changed;

    @Inject
    PostgresChannel postgres;

    /** What one writing transaction announces when it commits. */
    final class Commit implements Synchronization {
        private final List<Runnable> afterSignal = new ArrayList<>();
        private long position;

        /** Runs once the transaction committed, after {@link GraphChanged} was fired. */
        void afterCommit(Runnable action) {
            afterSignal.add(action);
        }

        /** The change log position this transaction reached. */
        void reached(long position) {
            this.position = Math.max(this.position, position);
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            if (position == 0) {
                postgres.signalChange(); // a logged commit told the others itself, in the transaction
            }
            try {
                changed.fire(new GraphChanged(position, false));
            } catch (RuntimeException e) {
                LOG.warn("An observer of GraphChanged failed", e);
            }
            afterSignal.forEach(Runnable::run);
        }
    }

    /**
     * The current transaction logged changes up to {@code position}, on {@code connection} (its own):
     * its {@link GraphChanged} carries the position, and with PostgreSQL the other instances hear of it
     * on commit, through a NOTIFY sent in the transaction.
     */
    public void logged(java.sql.Connection connection, long position) throws java.sql.SQLException {
        Commit commit = current();
        if (commit != null) {
            commit.reached(position);
        }
        postgres.notifyOnCommit(connection, PostgresChannel.GRAPH_TOPIC, position);
    }

    /** The current transaction writes: make sure its commit is announced. Outside a transaction, nothing to do. */
    public void wrote() {
        current();
    }

    /** The announcement of the current transaction, registered on first use; null outside a transaction. */
    Commit current() {
        if (transactions.getTransactionKey() == null) {
            return null; // no transaction: JPA refuses writes there anyway
        }
        Commit commit = (Commit) transactions.getResource(KEY);
        if (commit == null) {
            commit = new Commit();
            transactions.registerInterposedSynchronization(commit);
            transactions.putResource(KEY, commit);
        }
        return commit;
    }
}
