package dev.newsgraph.article;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("ArticleConnection")
@Description("A page of articles (Relay cursor connection).")
public class ArticleConnection extends Connection<Article, ArticleConnection.ArticleEdge> {

    @Type("ArticleEdge")
    @Description("An article in a page, with its cursor.")
    public static class ArticleEdge extends Edge<Article> {
        ArticleEdge(String cursor, Article node) {
            super(cursor, node);
        }
    }

    public ArticleConnection(Slice<Article> slice, IntSupplier totalCount) {
        super(slice, ArticleEdge::new, totalCount);
    }
}
