package dev.newsgraph.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.graphql.NestedKeyset;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.SortDirection;
import dev.newsgraph.organization.Organization;

/** The fields an organization gets from the articles that mention it, batched over all parent organizations. */
@GraphQLApi
// SmallRye GraphQL calls @Source methods by reflection, and Quarkus registers for a native image only
// the classes that declare queries, mutations or subscriptions: this one has none.
@RegisterForReflection
public class OrganizationArticlesApi {

    /** The articles that mention an organization, newest first. */
    private static final NestedKeyset<Article> MENTIONING = NestedKeyset.of(Article.class,
            "Mention l join l.article e", "l.organization.id", ArticleOrder.BY_PUBLISHED_AT, SortDirection.DESC, a -> a.id);

    @Inject
    Paging paging;

    @Description("Articles that mention this organization, newest first (at most 100 per page, 20 by default).")
    public List<@NonNull ArticleConnection> articles(@Source List<Organization> organizations,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return MENTIONING.pages(ids(organizations), paging.forward(first, after), ArticleConnection::new);
    }

    @NonNull
    @Description("Number of articles that mention this organization.")
    public List<@NonNull Integer> mentionCount(@Source List<Organization> organizations) {
        Map<Long, Integer> totals = MENTIONING.counts(ids(organizations));
        return organizations.stream().map(o -> totals.getOrDefault(o.id, 0)).toList();
    }

    private static List<Long> ids(List<Organization> organizations) {
        return organizations.stream().map(o -> o.id).toList();
    }
}
