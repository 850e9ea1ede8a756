package dev.newsgraph.event;

import java.util.HashMap;
import java.util.Map;

import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.Keyset.Where;

/**
 * Date ranges over events, honouring `datePrecision`: an event stands for its whole period (a day,
 * a month, a year, starting at `occurredOn`), and is in a range when that period overlaps it. So a
 * range from 2024-06-15 still holds the June 2024 ban, and one ending 2019-03-31 holds a 2019 event.
 */
public final class EventPeriods {

    private EventPeriods() {
    }

    /** A JPQL condition on the event alias {@code e}; its parameters are named {@code period…}. */
    public static Where overlapping(String e, DateRange range) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (range.to() != null) {
            jpql.append(" and ").append(e).append(".occurredOn <= :periodTo");
            parameters.put("periodTo", range.to());
        }
        if (range.from() != null) {
            // The period ends on or after `from` exactly when it starts on or after `from` truncated to its precision.
            jpql.append(" and (").append(e).append(".occurredOn >= :periodFromDay")
                    .append(" or (").append(e).append(".datePrecision = :periodMonth and ").append(e)
                    .append(".occurredOn >= :periodFromMonth)")
                    .append(" or (").append(e).append(".datePrecision = :periodYear and ").append(e)
                    .append(".occurredOn >= :periodFromYear))");
            parameters.put("periodFromDay", range.from());
            parameters.put("periodMonth", DatePrecision.MONTH);
            parameters.put("periodFromMonth", DatePrecision.MONTH.truncate(range.from()));
            parameters.put("periodYear", DatePrecision.YEAR);
            parameters.put("periodFromYear", DatePrecision.YEAR.truncate(range.from()));
        }
        return new Where(jpql.toString(), parameters);
    }

    /**
     * ORDER BY items on the event alias {@code e}: by the start of its period; within a day a wider
     * period first (it starts there, while a day event is inside it); then by id. Its parameters are
     * {@link #chronologicalParameters()}.
     */
    static String chronological(String e) {
        return e + ".occurredOn, case when " + e + ".datePrecision = :widestYear then 0 when " + e
                + ".datePrecision = :widestMonth then 1 else 2 end, " + e + ".id";
    }

    static Map<String, Object> chronologicalParameters() {
        return Map.of("widestYear", DatePrecision.YEAR, "widestMonth", DatePrecision.MONTH);
    }
}
