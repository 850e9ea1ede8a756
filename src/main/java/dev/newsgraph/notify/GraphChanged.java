package dev.newsgraph.notify;

/**
 * The one "graph changed" signal: fired once after each committed transaction of this instance that
 * wrote graph data (never after a read-only one), and when PostgreSQL's NOTIFY reports that another
 * instance committed a write. Observers (caches, subscription fan-out) react to it instead of keeping
 * their own commit hooks. Fired synchronously on the committing thread (or, when {@code remote}, on
 * the listener's thread): an observer must be quick and must not throw.
 *
 * @param position the change log position the commit reached, as far as this instance knows; 0 when unknown
 * @param remote   whether another instance made the write
 */
public record GraphChanged(long position, boolean remote) {
}
