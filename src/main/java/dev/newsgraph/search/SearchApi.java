package dev.newsgraph.search;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SearchResult;

@GraphQLApi
public class SearchApi {

    @Inject
    SearchService search;

    @Query("search")
    @NonNull
    @Description("Articles (title, body), organizations (name, aliases, description) and events (title, description)"
            + " matching the text, best first. Case and accents are ignored; every word must match the start of a word"
            + " (\"ban\" finds \"bans\"), and a \"quoted phrase\" must match as a phrase. An exact organization name ranks"
            + " first, then an exact alias; a hit in a name or title ranks above one in a body or description."
            + " At most `first` results (20 by default, at most 100).")
    @ListSize(max = PageRequest.MAX_SIZE)
    public List<@NonNull SearchResult> search(
            @NonNull @Name("text") @Description("Words and \"quoted phrases\", at most 200 characters; must not be blank.") String text,
            @Name("first") @Description("Maximum number of results; 20 by default, at most 100.") Integer first) {
        return search.search(text, first);
    }
}
