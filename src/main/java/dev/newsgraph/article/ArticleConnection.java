package dev.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Keyset.Slice;
import dev.newsgraph.graphql.PageInfo;

@Type("ArticleConnection")
@Description("A page of articles (Relay cursor connection).")
public class ArticleConnection {

    @Type("ArticleEdge")
    @Description("An article in a page, with its cursor.")
    public static class Edge {
        @NonNull
        @Description("Opaque cursor of this item; pass it as `after` or `before`.")
        public String cursor;
        @NonNull
        @Description("The article.")
        public Article node;
    }

    @NonNull
    @Description("The items of this page.")
    public List<@NonNull Edge> edges = new ArrayList<>();

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @Ignore
    private IntSupplier counter;

    public static ArticleConnection of(Slice<Article> slice, IntSupplier counter) {
        ArticleConnection connection = new ArticleConnection();
        for (int i = 0; i < slice.nodes().size(); i++) {
            Edge edge = new Edge();
            edge.cursor = slice.cursors().get(i);
            edge.node = slice.nodes().get(i);
            connection.edges.add(edge);
        }
        connection.pageInfo = slice.pageInfo();
        connection.counter = counter;
        return connection;
    }

    /** Runs the count only when a client asks for {@code totalCount}. */
    public int totalCount() {
        return counter.getAsInt();
    }
}
