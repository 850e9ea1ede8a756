package dev.newsgraph.changes;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.notify.GraphChanged;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Follows the end of the change log for every subscriber of this instance at once: on each
 * {@link GraphChanged} (this instance's commits and, through NOTIFY, the others') it reads the new
 * rows once and broadcasts them as a {@link Batch}. A heartbeat every {@link #HEARTBEAT_SECONDS} also
 * looks at the log, so a lost notification delays a change but never loses it, and tells subscribers
 * where the log stands (one that dropped a batch reads the gap back from the log).
 */
@ApplicationScoped
public class ChangeTail {

    static final int HEARTBEAT_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(ChangeTail.class);

    /** The changes after {@code from} up to {@code to}, all of them, in order; empty for a heartbeat. */
    public record Batch(long from, long to, List<Change> changes) {
    }

    @Inject
    ChangeLog log;

    private final BroadcastProcessor<Batch> batches = BroadcastProcessor.create();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService reader;
    private volatile long position = -1;

    void start(@Observes StartupEvent event) {
        position = log.bounds().last();
        reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-change-tail");
            thread.setDaemon(true);
            return thread;
        });
        reader.scheduleWithFixedDelay(() -> read(true), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (reader != null) {
            reader.shutdownNow();
        }
        batches.onComplete();
    }

    void onChange(@Observes GraphChanged change) {
        if (reader == null || (change.position() > 0 && change.position() <= position)
                || (change.position() == 0 && !change.remote())) {
            return; // nothing new in the log (a write that logged no change, or already read)
        }
        if (scheduled.compareAndSet(false, true)) {
            reader.execute(() -> read(false));
        }
    }

    /** The last position read so far: everything up to it has been broadcast. */
    public long position() {
        return position;
    }

    /** Every batch read from now on (hot: a late subscriber reads what it missed from the log). */
    public Multi<Batch> batches() {
        return batches;
    }

    private void read(boolean heartbeat) {
        scheduled.set(false);
        try {
            boolean any = false;
            while (true) {
                List<Change> changes = log.after(position, null, ChangeLog.PAGE);
                if (changes.isEmpty()) {
                    break;
                }
                long from = position;
                position = changes.get(changes.size() - 1).position;
                batches.onNext(new Batch(from, position, changes));
                any = true;
                if (changes.size() < ChangeLog.PAGE) {
                    break;
                }
            }
            if (heartbeat && !any) {
                batches.onNext(new Batch(position, position, List.of()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the change log (%s); the next heartbeat tries again", e.getMessage());
        }
    }
}
