package dev.newsgraph.changes;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("ChangeConnection")
@Description("A page of the change log, oldest first (Relay cursor connection).")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    @Type("ChangeEdge")
    @Description("A change in a page, with its cursor.")
    public static class ChangeEdge extends Edge<Change> {
        ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }

    public ChangeConnection(Slice<Change> slice, IntSupplier totalCount) {
        super(slice, ChangeEdge::new, totalCount);
    }
}
