package dev.newsgraph.event;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import dev.newsgraph.graphql.Keyset.SortKey;
import dev.newsgraph.graphql.SortDirection;

@Input("EventOrder")
@Description("Ordering of `events`; ties are broken by id.")
public class EventOrder {

    @Name("EventOrderField")
    @Description("Sortable fields of an event.")
    public enum Field {
        @Description("When the event happened (the start of its `datePrecision` period).")
        OCCURRED_ON,
        @Description("The headline.")
        TITLE,
        @Description("When the event was stored.")
        CREATED_AT
    }

    @Description("Field to sort on; `OCCURRED_ON` by default.")
    public Field field = Field.OCCURRED_ON;

    @Description("Direction; `DESC` (most recent first) by default.")
    public SortDirection direction = SortDirection.DESC;

    /** By the day it happened (the start of its period). */
    public static final SortKey<Event> BY_OCCURRED_ON =
            new SortKey<>("OCCURRED_ON", "e.occurredOn", e -> e.occurredOn, LocalDate::parse);

    static EventOrder orDefault(EventOrder order) {
        EventOrder result = order == null ? new EventOrder() : order;
        if (result.field == null) {
            result.field = Field.OCCURRED_ON;
        }
        if (result.direction == null) {
            result.direction = SortDirection.DESC;
        }
        return result;
    }

    SortKey<Event> key() {
        return switch (field) {
            case OCCURRED_ON -> BY_OCCURRED_ON;
            case TITLE -> new SortKey<>("TITLE", "e.title", e -> e.title, s -> s);
            case CREATED_AT -> new SortKey<>("CREATED_AT", "e.createdAt", e -> e.createdAt, Instant::parse);
        };
    }
}
