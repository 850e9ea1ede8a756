package dev.newsgraph.notify;

import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Turns a feed of changed ids into the nodes themselves, each read in its own short transaction off the event loop. */
@ApplicationScoped
public class NodeLoader {

    private static final Logger LOG = Logger.getLogger(NodeLoader.class);

    /** Nodes deleted before they could be read are skipped; a node that fails to load is logged and skipped too. */
    public <T> Multi<T> load(Multi<Long> ids, LongFunction<T> finder) {
        return ids.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(id -> read(finder, id))
                .filter(node -> node != null);
    }

    @Transactional
    <T> T read(LongFunction<T> finder, long id) {
        try {
            return finder.apply(id);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not load changed node %d for subscribers", id);
            return null;
        }
    }
}
