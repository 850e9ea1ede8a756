package dev.newsgraph.organization;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("OrganizationConnection")
@Description("A page of organizations (Relay cursor connection).")
public class OrganizationConnection extends Connection<Organization, OrganizationConnection.OrganizationEdge> {

    @Type("OrganizationEdge")
    @Description("An organization in a page, with its cursor.")
    public static class OrganizationEdge extends Edge<Organization> {
        OrganizationEdge(String cursor, Organization node) {
            super(cursor, node);
        }
    }

    public OrganizationConnection(Slice<Organization> slice, IntSupplier totalCount) {
        super(slice, OrganizationEdge::new, totalCount);
    }
}
