package dev.newsgraph.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An optional, inclusive range of days from the `from`/`to` arguments. Days are UTC days, so a
 * timestamp is in range when it falls on or after `from` 00:00Z and before the day after `to`.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Refuses `from` after `to` with VALIDATION on `from`; either end may be left open. */
    public static DateRange of(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.validation("from", "must not be after `to` (" + from + " > " + to + ")");
        }
        return new DateRange(from, to);
    }

    public static DateRange all() {
        return new DateRange(null, null);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    /** First instant in range, or null when open at the start. */
    public Instant startInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** First instant after the range, or null when open at the end. */
    public Instant endInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
