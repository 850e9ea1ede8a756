package dev.newsgraph.ingest;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.article.Article;
import dev.newsgraph.duplicate.Originals;

/** `ImportResult.duplicateOf`, batched over all results of a call (one query for a batch import). */
@GraphQLApi
// @Source methods are called by reflection; a class without queries is not registered for native otherwise
@RegisterForReflection
public class ImportResultApi {

    @Inject
    Originals originals;

    @Description("The original of the story when the imported article is a near-duplicate of an earlier one (the story's"
            + " earliest article, as `Article.duplicateOf`); null when the article is an original.")
    public List<Article> duplicateOf(@Source List<ImportResult> results) {
        return originals.of(results.stream().map(result -> result.article().id).toList());
    }
}
