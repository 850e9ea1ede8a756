package dev.newsgraph.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.Query;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.Slice;
import dev.newsgraph.graphql.PageInfo;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.organization.Organization;

/** The fields an organization gets from the articles that mention it, batched over all parent organizations. */
@GraphQLApi
// SmallRye GraphQL calls @Source methods by reflection, and Quarkus registers for a native image only
// the classes that declare queries, mutations or subscriptions: this one has none.
@RegisterForReflection
public class OrganizationArticlesApi {

    @Inject
    Paging paging;

    private static final String SORT = "PUBLISHED_AT";

    @Description("Articles that mention this organization, newest first (at most 100 per page, 20 by default).")
    public List<@NonNull ArticleConnection> articles(@Source List<Organization> organizations,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = paging.forward(first, after);
        List<Long> ids = organizations.stream().map(o -> o.id).toList();
        Map<Long, Integer> totals = articleCounts(ids);
        Map<Long, List<Long>> pageIds = pageIds(ids, page);
        Map<Long, Article> loaded = new HashMap<>();
        for (Article article : Article.byIds(pageIds.values().stream().flatMap(List::stream).distinct().toList())) {
            loaded.put(article.id, article);
        }
        List<ArticleConnection> result = new ArrayList<>();
        for (Long id : ids) {
            List<Article> rows = new ArrayList<>(pageIds.getOrDefault(id, List.of()).stream().map(loaded::get).toList());
            boolean more = rows.size() > page.size();
            if (more) {
                rows.remove(rows.size() - 1);
            }
            List<String> cursors = rows.stream()
                    .map(a -> new Cursor(SORT, a.publishedAt.toString(), a.id).encode()).toList();
            PageInfo info = new PageInfo(more, page.cursor() != null,
                    cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
            int total = totals.getOrDefault(id, 0);
            result.add(new ArticleConnection(new Slice<>(rows, cursors, info), () -> total));
        }
        return result;
    }

    @NonNull
    @Description("Number of articles that mention this organization.")
    public List<@NonNull Integer> mentionCount(@Source List<Organization> organizations) {
        Map<Long, Integer> totals = articleCounts(organizations.stream().map(o -> o.id).toList());
        return organizations.stream().map(o -> totals.getOrDefault(o.id, 0)).toList();
    }

    private static Map<Long, Integer> articleCounts(List<Long> organizationIds) {
        Map<Long, Integer> totals = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return totals;
        }
        IdList ids = IdList.of("organization", organizationIds);
        List<Object[]> rows = ids.bind(Mention.getEntityManager().createQuery(
                "select m.organization.id, count(m) from Mention m where m.organization.id in " + ids.placeholders()
                        + " group by m.organization.id", Object[].class)).getResultList();
        for (Object[] row : rows) {
            totals.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return totals;
    }

    /** One query for every organization's page: newest first per organization, one row beyond the page size. */
    private static Map<Long, List<Long>> pageIds(List<Long> organizationIds, PageRequest page) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        if (organizationIds.isEmpty() || page.size() == 0) {
            return result;
        }
        Cursor cursor = page.cursor();
        String seek = "";
        if (cursor != null) {
            if (!SORT.equals(cursor.field())) {
                throw ApiException.validation("after", "not a cursor of this list");
            }
            seek = " and a.published_at <= :seekValue"
                    + " and (a.published_at < :seekValue or (a.published_at = :seekValue and a.id < :seekId))";
        }
        Query query = Mention.getEntityManager().createNativeQuery(
                "select x.organization_id, x.article_id from (select m.organization_id, a.id as article_id,"
                        + " row_number() over (partition by m.organization_id order by a.published_at desc, a.id desc) as rn"
                        + " from mention m join article a on a.id = m.article_id where m.organization_id in (:ids)" + seek
                        + ") x where x.rn <= :limit order by x.organization_id, x.rn")
                .setParameter("ids", organizationIds)
                .setParameter("limit", page.size() + 1);
        if (cursor != null) {
            try {
                query.setParameter("seekValue", Instant.parse(cursor.value()));
            } catch (RuntimeException e) {
                throw ApiException.validation("after", "not a cursor returned by this API");
            }
            query.setParameter("seekId", cursor.id());
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            result.computeIfAbsent(((Number) columns[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        return result;
    }
}
