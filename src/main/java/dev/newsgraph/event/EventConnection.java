package dev.newsgraph.event;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("EventConnection")
@Description("A page of events (Relay cursor connection).")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    @Type("EventEdge")
    @Description("An event in a page, with its cursor.")
    public static class EventEdge extends Edge<Event> {
        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }

    public EventConnection(Slice<Event> slice, IntSupplier totalCount) {
        super(slice, EventEdge::new, totalCount);
    }
}
