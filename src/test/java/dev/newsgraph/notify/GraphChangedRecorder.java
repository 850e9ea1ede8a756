package dev.newsgraph.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only: keeps every GraphChanged this instance fires. */
@ApplicationScoped
public class GraphChangedRecorder {

    private final List<GraphChanged> seen = new CopyOnWriteArrayList<>();

    void record(@Observes GraphChanged change) {
        seen.add(change);
    }

    /** How many were fired so far. */
    public int count() {
        return seen.size();
    }

    /** Those fired since {@code from} (a {@link #count()} taken before). */
    public List<GraphChanged> since(int from) {
        return List.copyOf(seen.subList(from, seen.size()));
    }
}
