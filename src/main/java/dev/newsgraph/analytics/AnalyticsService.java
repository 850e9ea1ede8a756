package dev.newsgraph.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationService;

import io.quarkus.hibernate.orm.panache.Panache;

/** Questions across articles and organizations: who appears together, who is rising. */
@ApplicationScoped
public class AnalyticsService {

    static final int MAX_DAYS = 3650;

    @Inject
    OrganizationService organizations;

    @Inject
    Paging paging;

    /** With {@code distinctStories}, shared articles of one story count once. */
    public List<CoMention> coMentions(Long organizationId, Integer first, boolean distinctStories) {
        int size = paging.listSize(first);
        organizations.get(organizationId);
        String shared = distinctStories ? Stories.count("a", true) : "count(other)";
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select o.id, " + shared + " from Mention own join Mention other on other.article = own.article"
                        + (distinctStories ? " join other.article a" : "")
                        + " join other.organization o where own.organization.id = :id and o.id <> :id"
                        + " group by o.id, o.name order by " + shared + " desc, o.name, o.id", Object[].class)
                .setParameter("id", organizationId).setMaxResults(size).getResultList();
        Map<Long, Organization> byId = load(rows);
        return rows.stream().map(row -> new CoMention(byId.get((Long) row[0]), ((Number) row[1]).intValue())).toList();
    }

    /**
     * The windows end at {@code asOf}, or else at the newest article's publication time; with
     * {@code distinctStories} each window counts a story once.
     */
    public List<Trending> trending(int days, int baselineDays, Integer first, OffsetDateTime asOf, boolean distinctStories) {
        checkDays("days", days);
        checkDays("baselineDays", baselineDays);
        int size = paging.listSize(first);
        Instant end = asOf != null ? asOf.toInstant()
                : Panache.getEntityManager().createQuery("select max(a.publishedAt) from Article a", Instant.class)
                        .getSingleResult();
        if (end == null || size == 0) {
            return List.of();
        }
        Instant recentStart = end.minus(Duration.ofDays(days));
        Instant baselineStart = recentStart.minus(Duration.ofDays(baselineDays));
        String recentCount = distinctStories ? "count(distinct case when a.publishedAt > :recentStart then " + Stories.of("a") + " end)"
                : "sum(case when a.publishedAt > :recentStart then 1 else 0 end)";
        String baselineCount = distinctStories ? "count(distinct case when a.publishedAt <= :recentStart then " + Stories.of("a") + " end)"
                : "sum(case when a.publishedAt <= :recentStart then 1 else 0 end)";
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select o.id, o.name, " + recentCount + ", " + baselineCount
                        + " from Mention m join m.article a join m.organization o"
                        + " where a.publishedAt > :baselineStart and a.publishedAt <= :end group by o.id, o.name",
                Object[].class)
                .setParameter("recentStart", recentStart).setParameter("baselineStart", baselineStart)
                .setParameter("end", end).getResultList();
        record Rate(Long id, String name, int recent, int baseline, double score) {
        }
        List<Rate> rising = new ArrayList<>();
        for (Object[] row : rows) {
            int recent = ((Number) row[2]).intValue();
            int baseline = ((Number) row[3]).intValue();
            if (recent > 0) {
                double score = ((recent + 1.0) / days) / ((baseline + 1.0) / baselineDays);
                rising.add(new Rate((Long) row[0], (String) row[1], recent, baseline, score));
            }
        }
        List<Rate> top = rising.stream()
                .sorted(Comparator.comparingDouble(Rate::score).reversed()
                        .thenComparing(Comparator.comparingInt(Rate::recent).reversed())
                        .thenComparing(Rate::name).thenComparing(Rate::id))
                .limit(size).toList();
        Map<Long, Organization> byId = Organization.byIds(top.stream().map(Rate::id).toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return top.stream().map(r -> new Trending(byId.get(r.id()), r.score(), r.recent(), r.baseline())).toList();
    }

    private static void checkDays(String argument, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw ApiException.validation(argument, "must be between 1 and " + MAX_DAYS + " days");
        }
    }

    private static Map<Long, Organization> load(List<Object[]> rows) {
        return Organization.byIds(rows.stream().map(row -> (Long) row[0]).toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }
}
