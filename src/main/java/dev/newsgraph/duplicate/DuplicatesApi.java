package dev.newsgraph.duplicate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleConnection;
import dev.newsgraph.article.ArticleOrder;
import dev.newsgraph.graphql.IdList;
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

    @Description("The original of the story this article is a near-duplicate of (the story's earliest article);"
            + " null for an original.")
    public List<Article> duplicateOf(@Source List<Article> articles) {
        IdList ids = IdList.of("id", articles.stream().map(a -> a.id).toList());
        // read again rather than trust the entity: a later import may have made this article a copy
        List<Object[]> rows = ids.bind(Panache.getEntityManager().createQuery(
                "select a.id, a.duplicateOfId from Article a where a.duplicateOfId is not null and a.id in "
                        + ids.placeholders(), Object[].class)).getResultList();
        Map<Long, Long> originalOf = new HashMap<>();
        rows.forEach(row -> originalOf.put((Long) row[0], (Long) row[1]));
        Map<Long, Article> originals = Article.byIds(originalOf.values()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return articles.stream().map(a -> originals.get(originalOf.get(a.id))).toList();
    }

    @Description("Near-duplicate copies of this article's story, oldest first, when it is the original (at most 100 per"
            + " page, 20 by default); empty for a copy.")
    public List<@NonNull ArticleConnection> duplicates(@Source List<Article> articles,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return COPIES.pages(articles.stream().map(a -> a.id).toList(), paging.forward(first, after), ArticleConnection::new);
    }
}
