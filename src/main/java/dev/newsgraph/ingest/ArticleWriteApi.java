package dev.newsgraph.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.security.Roles;

/** The article mutations that write or delete text: they run through the same pipeline as an import. */
@GraphQLApi
public class ArticleWriteApi {

    @Inject
    ArticlePipeline pipeline;

    @Mutation("createArticle")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Create an article; the organizations it names are linked automatically. Needs the editor role.")
    public Article createArticle(@NonNull @Valid @Name("input") @Description("The new article's fields.") ArticleInput input) {
        return pipeline.create(input);
    }

    @Mutation("updateArticle")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Replace an article's fields. With `expectedVersion`, refused with CONFLICT if it changed meanwhile.")
    public Article updateArticle(@NonNull @Id @Name("id") @Description("The article to change.") String id,
            @NonNull @Valid @Name("input") @Description("All its editable fields, as they should be.") ArticleInput input,
            @Name("expectedVersion") @Description("The version you read; CONFLICT when it is stale.") Integer expectedVersion) {
        return pipeline.update(GlobalId.rowId(id, NodeType.ARTICLE), input, expectedVersion);
    }

    @Mutation("deleteArticle")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Id
    @Description("Delete an article and its links (mentions, event links); returns its id.")
    public String deleteArticle(@NonNull @Id @Name("id") @Description("The article to delete.") String id) {
        return GlobalId.of(NodeType.ARTICLE, pipeline.delete(GlobalId.rowId(id, NodeType.ARTICLE)));
    }
}
