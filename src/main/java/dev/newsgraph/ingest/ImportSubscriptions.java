package dev.newsgraph.ingest;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.article.Article;
import dev.newsgraph.notify.ChangeFeed;
import dev.newsgraph.notify.NodeLoader;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class ImportSubscriptions {

    static final String TOPIC = "articleImported";

    @Inject
    ChangeFeed feed;

    @Inject
    NodeLoader loader;

    @Subscription("articleImported")
    @NonNull
    @Description("Each article an import creates (importArticle, importArticles, the import folder), once committed, from any instance. The article's own fields are delivered; query `article(id)` for its nested lists (mentions, organizations, events).")
    public Multi<Article> articleImported() {
        return loader.load(feed.subscribe(TOPIC), id -> Article.<Article> findById(id));
    }
}
