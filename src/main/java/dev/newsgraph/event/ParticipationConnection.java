package dev.newsgraph.event;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("ParticipationConnection")
@Description("A page of an organization's parts in events (Relay cursor connection).")
public class ParticipationConnection extends Connection<Participation, ParticipationConnection.ParticipationEdge> {

    @Type("ParticipationEdge")
    @Description("A part in an event in a page, with its cursor.")
    public static class ParticipationEdge extends Edge<Participation> {
        ParticipationEdge(String cursor, Participation node) {
            super(cursor, node);
        }
    }

    public ParticipationConnection(Slice<Participation> slice, IntSupplier totalCount) {
        super(slice, ParticipationEdge::new, totalCount);
    }
}
