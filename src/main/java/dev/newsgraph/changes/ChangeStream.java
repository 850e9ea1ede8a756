package dev.newsgraph.changes;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.notify.SubscriberThreads;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * One subscriber's view of the change log: what follows its position, first replayed from the log,
 * then live from {@link ChangeTail}, with no gap and no duplicate. The subscriber keeps the position
 * it has passed; a batch that starts beyond it (the first one, a batch it dropped while slow, one
 * broadcast before it subscribed) is preceded by the missing stretch read from the log, page by page as
 * the subscriber asks, and whatever it already passed is skipped. Batches are taken one at a time, in
 * order, off the event loop, and the changes handed to the engine on the subscriber's own worker
 * ({@link SubscriberThreads}).
 */
@ApplicationScoped
public class ChangeStream {

    @Inject
    ChangeTail tail;

    @Inject
    ChangeLog log;

    /** The changes of the types (all when empty or null) after {@code after}, replayed then live; null: from now. */
    public Multi<Change> follow(Long after, Set<NodeType> types) {
        return SubscriberThreads.emitOnSubscriberWorker(Multi.createFrom().deferred(() -> {
            Follower follower = new Follower(after == null ? tail.position() : after, types);
            // live first, then where the log stands now: whatever was broadcast in between is read back
            Multi<ChangeTail.Batch> live = tail.batches().onOverflow().drop();
            Multi<ChangeTail.Batch> now = Multi.createFrom().item(() -> new ChangeTail.Batch(tail.position(), tail.position(), List.of()));
            return Multi.createBy().merging().streams(live, now)
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .onItem().transformToMultiAndConcatenate(follower::take);
        }));
    }

    /** The position one subscriber has passed; touched only by its batches, one at a time. */
    private final class Follower {
        private final Set<NodeType> types;
        private long passed;

        Follower(long passed, Set<NodeType> types) {
            this.passed = passed;
            this.types = types == null || types.isEmpty() ? null : Set.copyOf(types);
        }

        Multi<Change> take(ChangeTail.Batch batch) {
            long start = passed;
            if (batch.to() <= start) {
                return Multi.createFrom().empty();
            }
            passed = batch.to();
            long after = Math.max(start, batch.from());
            List<Change> fresh = batch.changes().stream()
                    .filter(change -> change.position > after && (types == null || types.contains(change.type)))
                    .toList();
            if (batch.from() <= start) {
                return Multi.createFrom().iterable(fresh);
            }
            Multi<Change> gap = Multi.createFrom().iterable(() -> new Stretch(start, batch.from(), types))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
            return Multi.createBy().concatenating().streams(gap, Multi.createFrom().iterable(fresh));
        }
    }

    /** The changes after {@code from} up to {@code to}, read from the log a page at a time. */
    private final class Stretch implements Iterator<Change> {
        private final long to;
        private final Set<NodeType> types;
        private long cursor;
        private Iterator<Change> page = List.<Change> of().iterator();
        private boolean last;

        Stretch(long from, long to, Set<NodeType> types) {
            this.cursor = from;
            this.to = to;
            this.types = types;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !last) {
                List<Change> read = log.after(cursor, types, ChangeLog.PAGE).stream()
                        .filter(change -> change.position <= to).toList();
                last = read.size() < ChangeLog.PAGE;
                if (!read.isEmpty()) {
                    cursor = read.get(read.size() - 1).position;
                }
                page = read.iterator();
            }
            return page.hasNext();
        }

        @Override
        public Change next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
