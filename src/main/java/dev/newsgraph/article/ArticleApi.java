package dev.newsgraph.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.organization.Organization;

@GraphQLApi
public class ArticleApi {

    @Inject
    ArticleService articles;

    @Inject
    Paging paging;

    @Inject
    RequestMentions mentions;

    @Query("article")
    @Description("One article by id.")
    public Article article(@NonNull @Id @Name("id") @Description("Article id.") String id) {
        return articles.get(GlobalId.rowId(id, NodeType.ARTICLE));
    }

    @Query("articles")
    @NonNull
    @Description("Articles, filtered and ordered (newest first by default), one page at a time (at most 100 items, 20 by default).")
    public ArticleConnection articles(
            @Name("filter") @Description("Conditions the articles must meet.") @Valid ArticleFilter filter,
            @Name("orderBy") @Description("Ordering; newest first if left out.") ArticleOrder orderBy,
            @Name("first") @Description("Page size when paging forward.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("last") @Description("Page size when paging backward.") Integer last,
            @Name("before") @Description("Cursor before which the page ends.") String before) {
        return articles.list(filter, orderBy, paging.request(first, after, last, before));
    }

    @ListSize(max = Mention.MAX_PER_ARTICLE)
    @Description("The organizations this article names, most mentioned first, with counts and snippets; at most "
            + Mention.MAX_PER_ARTICLE + " (the most mentioned).")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Article> parents) {
        Map<Long, List<Mention>> byArticle = mentions.of(parents);
        return parents.stream().map(a -> byArticle.get(a.id)).toList();
    }

    @ListSize(max = Mention.MAX_PER_ARTICLE)
    @Description("The organizations this article mentions, most mentioned first; at most " + Mention.MAX_PER_ARTICLE
            + " (the most mentioned).")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Article> parents) {
        Map<Long, List<Mention>> byArticle = mentions.of(parents);
        return parents.stream().map(a -> byArticle.get(a.id).stream().map(m -> m.organization).toList()).toList();
    }

    @Name("totalCount")
    @NonNull
    @Description("Number of articles matching the filter, over all pages.")
    public int totalCount(@Source ArticleConnection connection) {
        return connection.totalCount();
    }
}
