package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An item of a connection's page with its cursor; each connection declares a named subclass (see {@link Connection}). */
@RegisterForReflection
public abstract class Edge<N> {

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` or `before`.")
    public final String cursor;

    @NonNull
    @Description("The item at this position of the page.")
    public final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }
}
