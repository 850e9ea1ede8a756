package dev.newsgraph.analytics;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The width of a time-series bucket; buckets are UTC calendar periods. */
@Enum("Interval")
@Description("The width of a time-series bucket, in UTC calendar terms.")
public enum Interval {
    @Description("One day.")
    DAY,
    @Description("One ISO week, Monday to Sunday.")
    WEEK,
    @Description("One calendar month.")
    MONTH,
    @Description("One calendar year.")
    YEAR;

    /**
     * The SQL expression numbering the bucket of {@code timestamp} (a timestamp with time zone),
     * the same on H2 and PostgreSQL: days and weeks from the epoch seconds, months and years from the
     * UTC calendar fields, so the session's time zone never shifts a bucket.
     */
    String bucketSql(String timestamp) {
        String day = "floor(extract(epoch from " + timestamp + ") / 86400)";
        String utc = timestamp + " at time zone 'UTC'";
        return switch (this) {
            case DAY -> day;
            // 1970-01-01 was a Thursday: shifting by three days makes weeks start on Mondays
            case WEEK -> "floor((" + day + " + 3) / 7)";
            case MONTH -> "(extract(year from " + utc + ") * 12 + extract(month from " + utc + ") - 1)";
            case YEAR -> "extract(year from " + utc + ")";
        };
    }

    /** The bucket number of a day, as {@link #bucketSql} numbers it. */
    long bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toEpochDay();
            case WEEK -> Math.floorDiv(day.toEpochDay() + 3, 7);
            case MONTH -> day.getYear() * 12L + day.getMonthValue() - 1;
            case YEAR -> day.getYear();
        };
    }

    /** The first day of a bucket. */
    LocalDate start(long bucket) {
        return switch (this) {
            case DAY -> LocalDate.ofEpochDay(bucket);
            case WEEK -> LocalDate.ofEpochDay(bucket * 7 - 3); // 1969-12-29, a Monday, starts week 0
            case MONTH -> LocalDate.of((int) Math.floorDiv(bucket, 12), (int) Math.floorMod(bucket, 12) + 1, 1);
            case YEAR -> LocalDate.of((int) bucket, 1, 1);
        };
    }
}
