package dev.newsgraph.ingest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.security.Roles;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class ImportApi {

    /** The most files one importArticles call takes. */
    static final int MAX_FILES = 100;

    @Inject
    ArticleImporter importer;

    @Inject
    BatchImporter batch;

    @Inject
    Context context;

    @Mutation("importArticle")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Import one article file (the `# title` / `Published :` / `---` format). Idempotent: importing the same article again returns it with `created: false`. Malformed input is BAD_INPUT with the line; over 1 MiB is LIMIT_EXCEEDED.")
    public ImportResult importArticle(
            @NonNull @Name("markdown") @Description("The file's content.") String markdown,
            @Name("source") @Description("Publisher or outlet.") @Size(max = 200) String source,
            @Name("url") @Description("Canonical URL; an article with the same URL counts as the same article.") @Size(max = 1000) String url) {
        return importer.importMarkdown(markdown, source, url, selects("mentions/organization"));
    }

    @Mutation("importArticles")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @ListSize(max = MAX_FILES)
    @Description("Import several article files; each is stored or refused on its own, one bad file never stops the others."
            + " One outcome per file, in order: at most " + MAX_FILES + ".")
    public List<@NonNull ImportOutcome> importArticles(
            @NonNull @Name("files") @Description("The files, at most " + MAX_FILES + " per call.") List<@NonNull @Valid ArticleFileInput> files) {
        if (files.size() > MAX_FILES) {
            throw ApiException.limitExceeded("batchSize", MAX_FILES,
                    "a batch holds at most " + MAX_FILES + " files, not " + files.size());
        }
        return batch.importAll(files, selects("result/mentions/organization"));
    }

    /** Whether the request's selection under this field includes the path (so its data is worth loading). */
    private boolean selects(String path) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return environment == null || environment.getSelectionSet().contains(path);
    }
}
