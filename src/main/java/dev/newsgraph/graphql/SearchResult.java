package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/**
 * The node types `search` can return. It lives in the kit, not in the search feature, so that
 * Article, Organization and Event can be its members without depending on search.
 */
@Union("SearchResult")
@Description("A search hit: an article, an organization or an event; ask for `__typename` to tell them apart.")
public interface SearchResult {
}
