package dev.newsgraph.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Tells subscribers which nodes changed, once the change is committed. With PostgreSQL the news
 * travels through NOTIFY/LISTEN, so every instance on the database hears every instance's
 * changes (no broker); with H2 there is one instance and it is handed over in memory, right after
 * the commit's {@link GraphChanged}.
 */
@ApplicationScoped
@Startup // listens from the start: observers of GraphChanged must hear of other instances' commits
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final Map<String, BroadcastProcessor<Long>> topics = new ConcurrentHashMap<>();

    @Inject
    GraphWrites writes;

    @Inject
    PostgresChannel postgres;

    @Inject
    Event<GraphChanged> changed;

    @PostConstruct
    void start() {
        postgres.listen(this::deliverRemote);
    }

    /**
     * From PostgreSQL, the notifications of one poll: another instance's write is announced once as a
     * remote {@link GraphChanged} (before its nodes reach subscribers, so a subscriber who asks again
     * reads the change), then the nodes go to this instance's subscribers.
     */
    private void deliverRemote(List<PostgresChannel.Notice> notices) {
        long position = -1;
        for (PostgresChannel.Notice notice : notices) {
            if (!postgres.isOwn(notice)) {
                position = Math.max(position, PostgresChannel.GRAPH_TOPIC.equals(notice.topic()) ? notice.id() : 0);
            }
        }
        if (position >= 0) {
            try {
                changed.fire(new GraphChanged(position, true));
            } catch (RuntimeException e) {
                LOG.warn("An observer of GraphChanged failed", e);
            }
        }
        for (PostgresChannel.Notice notice : notices) {
            if (!PostgresChannel.GRAPH_TOPIC.equals(notice.topic())) {
                deliver(notice.topic(), notice.id());
            }
        }
    }

    @PreDestroy
    void stop() {
        topics.values().forEach(BroadcastProcessor::onComplete);
    }

    /** Called inside the transaction that changed the node; subscribers hear of it only if it commits. */
    public void publish(String topic, long id) {
        GraphWrites.Commit commit = writes.current();
        if (postgres.isActive()) {
            postgres.notifyOnCommit(topic, id);
        } else if (commit != null) {
            commit.afterCommit(() -> deliver(topic, id));
        }
    }

    /** Ids of the nodes changed on this topic from now on. */
    public Multi<Long> subscribe(String topic) {
        return processor(topic);
    }

    void deliver(String topic, long id) {
        DeliveryTimeline.stamp("committed", id, topic);
        processor(topic).onNext(id);
    }

    private BroadcastProcessor<Long> processor(String topic) {
        return topics.computeIfAbsent(topic, t -> BroadcastProcessor.create());
    }
}
