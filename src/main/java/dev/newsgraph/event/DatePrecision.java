package dev.newsgraph.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely an event's date is known: `MONTH` means only the month of `occurredOn` is meaningful.")
public enum DatePrecision {
    @Description("Known to the day.")
    DAY,
    @Description("Known to the month; `occurredOn` is the 1st.")
    MONTH,
    @Description("Known to the year; `occurredOn` is 1 January.")
    YEAR;

    /** The first day of the period the date stands for, so that dates of any precision sort together. */
    public LocalDate truncate(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
