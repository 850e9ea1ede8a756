package dev.newsgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.Mention;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.linking.ArticleSuggestion;
import dev.newsgraph.linking.Suggestion;

@Type("ImportResult")
@Description("What an import did: the stored article, whether it is new, whom it mentions and which unknown names look like organizations.")
public record ImportResult(
        @NonNull @Description("The article, new or already present.") Article article,
        @NonNull @Description("False when the same article (same url, or same title, time and body) was already there; nothing was changed then.") boolean created,
        @NonNull @ListSize(max = Mention.MAX_PER_ARTICLE) @Description("The known organizations the article names, with counts"
                + " and snippets, most mentioned first; at most " + Mention.MAX_PER_ARTICLE + " (the most mentioned).") List<@NonNull Mention> mentions,
        @NonNull @ListSize(max = ArticleSuggestion.MAX_PER_ARTICLE) @Description("Names that look like organizations but are not"
                + " known, most frequent first; never created automatically; at most " + ArticleSuggestion.MAX_PER_ARTICLE
                + " (the likeliest).") List<@NonNull Suggestion> suggestions) {
}
