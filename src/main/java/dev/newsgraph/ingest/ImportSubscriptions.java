package dev.newsgraph.ingest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleFilter;
import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.notify.NodeLoader;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class ImportSubscriptions {

    static final String TOPIC = "articleImported";

    @Inject
    NodeLoader loader;

    @Subscription("articleImported")
    @NonNull
    @Description("Each article an import creates (importArticle, importArticles, the import folder), once committed, from any instance; with a `filter`, only the articles it matches (the filter of `articles`). Nested fields resolve as in a query.")
    public Multi<Article> articleImported(
            @Name("filter") @Description("Only articles this filter matches; every imported article when left out.") ArticleFilter filter) {
        Keyset.Where where = BooleanFilter.toWhere(filter); // a filter past its bounds is refused now, not per article
        return loader.nodes(TOPIC, id -> Article.<Article> findById(id), filter == null ? null : where,
                article -> Keyset.matches(Article.class, article.id, where));
    }
}
