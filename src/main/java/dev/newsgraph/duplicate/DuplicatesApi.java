package dev.newsgraph.duplicate;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleConnection;
import dev.newsgraph.article.ArticleOrder;
import dev.newsgraph.graphql.NestedKeyset;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.SortDirection;

/** `Article.duplicateOf` and `Article.duplicates`, batched over all parent articles. */
@GraphQLApi
// @Source methods are called by reflection; a class without queries is not registered for native otherwise
@RegisterForReflection
public class DuplicatesApi {

    /** The copies of an original, oldest first. */
    private static final NestedKeyset<Article> COPIES = NestedKeyset.of(Article.class, "Article e", "e.duplicateOfId",
            ArticleOrder.BY_PUBLISHED_AT, SortDirection.ASC, a -> a.id);

    @Inject
    Paging paging;

    @Inject
    Originals originals;

    @Description("The original of the story this article is a near-duplicate of (the story's earliest article);"
            + " null for an original.")
    public List<Article> duplicateOf(@Source List<Article> articles) {
        return originals.of(articles.stream().map(a -> a.id).toList());
    }

    @Description("Near-duplicate copies of this article's story, oldest first, when it is the original (at most 100 per"
            + " page, 20 by default); empty for a copy.")
    public List<@NonNull ArticleConnection> duplicates(@Source List<Article> articles,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return COPIES.pages(articles.stream().map(a -> a.id).toList(), paging.forward(first, after), ArticleConnection::new);
    }
}
