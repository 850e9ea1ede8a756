package dev.newsgraph.changes;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Deletes changes older than the retention, in the background, at start and then every
 * {@code newsgraph.changes.prune-interval}. Instances sharing a database may all prune: the deletes
 * are the same.
 */
@ApplicationScoped
public class ChangePruner {

    private static final Logger LOG = Logger.getLogger(ChangePruner.class);

    @Inject
    ChangeLog log;

    @Inject
    ChangesConfig config;

    private ScheduledExecutorService pruner;

    void start(@Observes StartupEvent event) {
        pruner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-change-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, config.pruneInterval().toSeconds());
        pruner.scheduleWithFixedDelay(this::pruneNow, 0, every, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (pruner != null) {
            pruner.shutdownNow();
        }
    }

    /** Prunes what is older than the retention now; returns how many changes went. */
    public int pruneNow() {
        try {
            int deleted = log.prune(Instant.now().minus(config.retention()));
            if (deleted > 0) {
                LOG.debugf("Pruned %d changes older than %s", deleted, config.retention());
            }
            return deleted;
        } catch (Exception e) {
            LOG.warnf("Could not prune the change log (%s); trying again later", e.getMessage());
            return 0;
        }
    }
}
