package dev.newsgraph.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.newsgraph.http.ResponseCache;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Tells subscribers which nodes changed, once the change is committed. With PostgreSQL the news
 * travels through NOTIFY/LISTEN, so every instance on the database hears every instance's
 * changes (no broker); with H2 there is one instance and it is handed over in memory.
 */
@ApplicationScoped
@Startup // listens from the start: cached answers must hear of other instances' commits
public class ChangeFeed {

    private final Map<String, BroadcastProcessor<Long>> topics = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PostgresChannel postgres;

    @Inject
    ResponseCache responses;

    @PostConstruct
    void start() {
        postgres.listen(this::deliverRemote);
    }

    /**
     * From PostgreSQL: a node changed, or (graph topic) an instance committed something. Cached answers
     * go, so that a subscriber who hears of a change and asks again reads it; a commit signal of this
     * instance's own is ignored (it dropped its answers when it committed).
     */
    private void deliverRemote(String topic, long id) {
        if (!PostgresChannel.GRAPH_TOPIC.equals(topic)) {
            responses.invalidate();
            deliver(topic, id);
        } else if (!postgres.isOwnSignal(id)) {
            responses.invalidate();
        }
    }

    @PreDestroy
    void stop() {
        topics.values().forEach(BroadcastProcessor::onComplete);
    }

    /** Called inside the transaction that changed the node; subscribers hear of it only if it commits. */
    public void publish(String topic, long id) {
        if (postgres.isActive()) {
            postgres.notifyOnCommit(topic, id);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deliver(topic, id);
                }
            }
        });
    }

    /** Ids of the nodes changed on this topic from now on. */
    public Multi<Long> subscribe(String topic) {
        return processor(topic);
    }

    void deliver(String topic, long id) {
        processor(topic).onNext(id);
    }

    private BroadcastProcessor<Long> processor(String topic) {
        return topics.computeIfAbsent(topic, t -> BroadcastProcessor.create());
    }
}
