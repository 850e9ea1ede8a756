package dev.newsgraph.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Turns a topic's changed ids into the nodes themselves for all of this instance's subscribers at
 * once: each id is read once, in one short transaction off the event loop, and the node is handed to
 * every subscriber; a subscriber's criterion (a filter) is asked once per node for all subscribers
 * that share it. Each subscriber then runs its own selection on a worker thread, so a slow one holds
 * back nobody else; one that falls {@link #BACKLOG} nodes behind is ended with an error (it may
 * resume from the change log).
 */
@ApplicationScoped
public class NodeLoader {

    /** Nodes a subscriber may have waiting before it is ended. */
    static final int BACKLOG = 1024;
    private static final Logger LOG = Logger.getLogger(NodeLoader.class);

    @Inject
    ChangeFeed feed;

    @Inject
    Reads reads;

    private final Map<String, BroadcastProcessor<Loaded>> topics = new ConcurrentHashMap<>();

    /** A node read for everyone, with the verdicts of the criteria asked of it so far. */
    private record Loaded(long id, Object node, Map<Object, Boolean> verdicts) {
    }

    /**
     * The nodes changed on {@code topic} from now on, read with {@code finder}; with a {@code criterion}
     * only those {@code accepts} holds for (asked in a transaction; equal criteria share its answer).
     * Call from the subscription's resolver: the nodes are emitted on the subscriber's own worker.
     */
    public <T> Multi<T> nodes(String topic, LongFunction<T> finder, Object criterion, Predicate<T> accepts) {
        Multi<Loaded> shared = topics.computeIfAbsent(topic, t -> start(t, finder));
        @SuppressWarnings("unchecked")
        Multi<T> nodes = SubscriberThreads.emitOnSubscriberWorker(shared.onOverflow().buffer(BACKLOG))
                .filter(loaded -> criterion == null || loaded.verdicts().computeIfAbsent(criterion,
                        c -> reads.accepts(accepts, (T) loaded.node())))
                .map(loaded -> {
                    DeliveryTimeline.stamp("subscriber", loaded.id(), "");
                    return (T) loaded.node();
                });
        return nodes;
    }

    private BroadcastProcessor<Loaded> start(String topic, LongFunction<?> finder) {
        BroadcastProcessor<Loaded> loaded = BroadcastProcessor.create();
        feed.subscribe(topic).onOverflow().buffer(BACKLOG * 16)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe().with(id -> {
                    long cpu = DeliveryTimeline.cpu();
                    DeliveryTimeline.stamp("read", id, topic);
                    Object node = reads.read(finder, id);
                    DeliveryTimeline.stamp("loaded", id, cpu, topic);
                    if (node != null) {
                        loaded.onNext(new Loaded(id, node, new ConcurrentHashMap<>()));
                    }
                }, failure -> LOG.errorf(failure, "The %s feed stopped", topic));
        return loaded;
    }

    /** The transactions: one per node read, one per criterion asked. */
    @ApplicationScoped
    static class Reads {

        /** Nodes deleted before they could be read are skipped; a node that fails to load is logged and skipped too. */
        @Transactional
        <T> T read(LongFunction<T> finder, long id) {
            try {
                return finder.apply(id);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not load changed node %d for subscribers", id);
                return null;
            }
        }

        /** A criterion that cannot be asked is false: the subscriber is not sent what might not match. */
        @Transactional
        <T> boolean accepts(Predicate<T> accepts, T node) {
            try {
                return accepts.test(node);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not match a changed node against a subscriber's filter");
                return false;
            }
        }
    }
}
