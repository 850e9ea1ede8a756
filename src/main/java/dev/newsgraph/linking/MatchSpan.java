package dev.newsgraph.linking;

/** One accepted name occurrence in a text, as half-open original char offsets {@code [start, end)}. */
public record MatchSpan(long organizationId, int start, int end) {

    /** True when the two half-open ranges share at least one char. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
