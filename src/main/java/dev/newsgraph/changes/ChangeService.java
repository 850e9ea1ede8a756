package dev.newsgraph.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageInfo;
import dev.newsgraph.graphql.Slice;

/** Reads the change log for pollers and checks the cursors subscribers resume from. */
@ApplicationScoped
public class ChangeService {

    @Inject
    ChangeLog log;

    @Inject
    ChangesConfig config;

    /** A page of the changes after the cursor (from the oldest kept when null), oldest first. */
    public ChangeConnection page(String after, int size, Set<NodeType> types) {
        long from = after == null ? 0 : resumable(after);
        List<Change> rows = size == 0 ? List.of() : log.after(from, types, size + 1);
        boolean more = rows.size() > size;
        List<Change> changes = more ? rows.subList(0, size) : rows;
        List<String> cursors = changes.stream().map(Change::getCursor).toList();
        PageInfo info = new PageInfo(more, after != null, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new ChangeConnection(new Slice<>(new ArrayList<>(changes), cursors, info), () -> log.countAfter(from, types));
    }

    /** A duration as configured: whole days as {@code P7D}, anything else as ISO-8601. */
    static String readable(java.time.Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && !duration.isZero() ? "P" + duration.toDays() + "D" : duration.toString();
    }

    /**
     * The position a client's cursor names, if the log still holds what follows it. Older than the
     * retention (pruned since) or beyond the log's end (not from this log): VALIDATION on {@code after}.
     */
    public long resumable(String after) {
        long position = ChangeCursor.decode(after, "after");
        ChangeLog.Bounds bounds = log.bounds();
        if (position < bounds.prunedThrough()) {
            throw ApiException.validation("after", "the changes after this cursor are older than the change log keeps ("
                    + readable(config.retention()) + "); read the current state again and follow the changes from a new cursor");
        }
        if (position > bounds.last()) {
            throw ApiException.validation("after", "not a cursor of this change log");
        }
        return position;
    }
}
