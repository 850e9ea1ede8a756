package dev.newsgraph.linking;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.security.Roles;

@GraphQLApi
public class LinkingApi {

    @Inject
    ArticleLinker linker;

    @Inject
    SuggestionRecorder suggestions;

    @Inject
    Paging paging;

    @Mutation("relinkMentions")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Recompute every article's mentions and suggestions from the current organization names; returns the number of articles processed.")
    public int relinkMentions() {
        return linker.relinkAll();
    }

    @Query("suggestions")
    @NonNull
    @ListSize(max = PageRequest.MAX_SIZE)
    @Description("Names that occur in articles and look like organizations but are not known, most frequent first."
            + " At most `first` names (20 by default, at most 100).")
    public List<@NonNull Suggestion> suggestions(@Name("first") @Description("How many, at most 100 (20 by default).") Integer first) {
        return suggestions.top(paging.listSize(first));
    }
}
