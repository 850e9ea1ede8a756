package dev.newsgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.Mention;

@Type("ImportResult")
@Description("What an import did: the stored article, whether it is new, whom it mentions and which unknown names look like organizations.")
public record ImportResult(
        @NonNull @Description("The article, new or already present.") Article article,
        @NonNull @Description("False when the same article (same url, or same title, time and body) was already there; nothing was changed then.") boolean created,
        @NonNull @Description("The known organizations the article names, with counts and snippets.") List<@NonNull Mention> mentions,
        @NonNull @Description("Names that look like organizations but are not known; never created automatically.") List<@NonNull Suggestion> suggestions) {
}
