package dev.newsgraph.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import dev.newsgraph.event.EventKind;
import dev.newsgraph.event.EventPeriods;
import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.Keyset.Where;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.organization.Organization;

import io.quarkus.hibernate.orm.panache.Panache;

/** The `stats` facets: each one aggregate query (two when organizations are loaded), grouped in the database. */
@ApplicationScoped
public class StatsService {

    /** The most months `articlesPerMonth` lists: a century of archive. */
    static final int MAX_MONTHS = 1200;

    /** The most sources `articlesPerSource` lists: far more outlets than a dashboard shows. */
    static final int MAX_SOURCES = 100;

    /** One row per kind; {@code StatsApiTest} checks it is the number of kinds. */
    static final int MAX_KINDS = 13;

    @Inject
    Paging paging;

    public Stats.Totals totals(DateRange range, boolean distinctStories) {
        Where published = published("a", range);
        Where period = EventPeriods.overlapping("e", range);
        Stats.Totals totals = new Stats.Totals();
        totals.articles = count("select " + Stories.count("a", distinctStories) + " from Article a where " + published.jpql(),
                published);
        totals.events = count("select count(e) from Event e where " + period.jpql(), period);
        totals.mentions = distinctStories
                ? count("select coalesce(sum(s.most), 0) from (" + mostPerStory(published) + ") s", published)
                : count("select coalesce(sum(m.count), 0) from Mention m join m.article a where " + published.jpql(), published);
        if (range.isOpen()) {
            totals.organizations = count("select count(o) from Organization o", Where.all());
        } else {
            Map<String, Object> both = new HashMap<>(published.parameters());
            both.putAll(period.parameters());
            totals.organizations = count("select count(o) from Organization o where"
                    + " exists (select 1 from Mention m join m.article a where m.organization = o and " + published.jpql() + ")"
                    + " or exists (select 1 from Participation p join p.event e where p.organization = o and " + period.jpql() + ")",
                    new Where("", both));
        }
        return totals;
    }

    public List<Stats.MonthCount> articlesPerMonth(DateRange range, boolean distinctStories) {
        Where published = published("a", range);
        return rows("select year(a.publishedAt), month(a.publishedAt), " + Stories.count("a", distinctStories)
                + " from Article a where " + published.jpql()
                + " group by year(a.publishedAt), month(a.publishedAt) order by year(a.publishedAt), month(a.publishedAt)",
                published, MAX_MONTHS).stream()
                .map(row -> new Stats.MonthCount(String.format("%04d-%02d", number(row[0]), number(row[1])), number(row[2])))
                .toList();
    }

    public List<Stats.EventKindCount> eventsPerKind(DateRange range) {
        Where period = EventPeriods.overlapping("e", range);
        return rows("select e.kind, count(e) from Event e where " + period.jpql()
                + " group by e.kind order by count(e) desc, e.kind", period, MAX_KINDS).stream()
                .map(row -> new Stats.EventKindCount((EventKind) row[0], number(row[1])))
                .toList();
    }

    public List<Stats.TopOrganization> topOrganizations(Integer first, DateRange range, boolean distinctStories) {
        int size = paging.listSize(first);
        Where published = published("a", range);
        List<Object[]> rows = distinctStories
                ? rows("select s.organizationId, sum(s.most), count(*) from (" + mostPerStory(published) + ") s"
                        + " join Organization o on o.id = s.organizationId group by s.organizationId, o.name"
                        + " order by sum(s.most) desc, count(*) desc, o.name, s.organizationId", published, size)
                : rows("select o.id, sum(m.count), count(m) from Mention m join m.article a join m.organization o"
                        + " where " + published.jpql() + " group by o.id, o.name order by sum(m.count) desc, count(m) desc, o.name, o.id",
                        published, size);
        Map<Long, Organization> byId = Organization.byIds(rows.stream().map(row -> (Long) row[0]).toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return rows.stream()
                .map(row -> new Stats.TopOrganization(byId.get((Long) row[0]), number(row[1]), number(row[2])))
                .toList();
    }

    public List<Stats.SourceCount> articlesPerSource(DateRange range, boolean distinctStories) {
        Where published = published("a", range);
        String count = Stories.count("a", distinctStories);
        return rows("select a.source, " + count + " from Article a where " + published.jpql()
                + " group by a.source order by " + count + " desc, a.source", published, MAX_SOURCES).stream()
                .map(row -> new Stats.SourceCount((String) row[0], number(row[1])))
                .toList();
    }

    /**
     * One row per organization and story of the range: the most times one of the story's articles names
     * it, so a syndicated story's mentions count once, as its copy that names the organization most.
     */
    private static String mostPerStory(Where published) {
        return "select m.organization.id as organizationId, max(m.count) as most from Mention m join m.article a where "
                + published.jpql() + " group by m.organization.id, " + Stories.of("a");
    }

    /** Articles published within the range's UTC days. */
    private static Where published(String a, DateRange range) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (range.startInstant() != null) {
            jpql.append(" and ").append(a).append(".publishedAt >= :publishedFrom");
            parameters.put("publishedFrom", range.startInstant());
        }
        if (range.endInstantExclusive() != null) {
            jpql.append(" and ").append(a).append(".publishedAt < :publishedBefore");
            parameters.put("publishedBefore", range.endInstantExclusive());
        }
        return new Where(jpql.toString(), parameters);
    }

    private static int count(String jpql, Where where) {
        TypedQuery<Number> query = Panache.getEntityManager().createQuery(jpql, Number.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult().intValue();
    }

    private static List<Object[]> rows(String jpql, Where where, int limit) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(jpql, Object[].class);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
