package dev.newsgraph.analytics;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.IdList;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Mentions of organizations bucketed by publication time: one grouped SQL query for all parent
 * organizations; the buckets without articles are filled in between, so a chart gets every point.
 */
@ApplicationScoped
public class MentionSeries {

    /** The most points of one series: a year of days, seven of weeks, thirty-three of months. */
    public static final int MAX_POINTS = 400;

    /** The series of each organization, in the order of the ids; the latest {@link #MAX_POINTS} buckets. */
    public List<List<SeriesPoint>> series(List<Long> organizationIds, DateRange range, Interval interval) {
        Map<Long, TreeMap<Long, long[]>> counts = counts(organizationIds, range, interval);
        List<List<SeriesPoint>> result = new ArrayList<>(organizationIds.size());
        for (Long id : organizationIds) {
            result.add(points(counts.getOrDefault(id, new TreeMap<>()), range, interval));
        }
        return result;
    }

    private static List<SeriesPoint> points(TreeMap<Long, long[]> buckets, DateRange range, Interval interval) {
        if (buckets.isEmpty() && (range.from() == null || range.to() == null)) {
            return List.of(); // an open end with nothing in range: no span to chart
        }
        long first = range.from() != null ? interval.bucketOf(range.from()) : buckets.firstKey();
        long last = range.to() != null ? interval.bucketOf(range.to()) : buckets.lastKey();
        first = Math.max(first, last - MAX_POINTS + 1);
        List<SeriesPoint> points = new ArrayList<>((int) (last - first + 1));
        for (long bucket = first; bucket <= last; bucket++) {
            long[] count = buckets.getOrDefault(bucket, new long[2]);
            points.add(new SeriesPoint(interval.start(bucket), (int) count[0], (int) count[1]));
        }
        return points;
    }

    private static Map<Long, TreeMap<Long, long[]>> counts(List<Long> organizationIds, DateRange range, Interval interval) {
        IdList ids = IdList.of("org", organizationIds);
        StringBuilder sql = new StringBuilder("select m.organization_id, ").append(interval.bucketSql("a.published_at"))
                .append(", count(*), sum(m.mention_count) from mention m join article a on a.id = m.article_id")
                .append(" where m.organization_id in ").append(ids.placeholders());
        Map<String, Object> parameters = new HashMap<>();
        if (range.from() != null) {
            sql.append(" and a.published_at >= :publishedFrom");
            parameters.put("publishedFrom", range.startInstant().atOffset(ZoneOffset.UTC));
        }
        if (range.to() != null) {
            sql.append(" and a.published_at < :publishedBefore");
            parameters.put("publishedBefore", range.endInstantExclusive().atOffset(ZoneOffset.UTC));
        }
        sql.append(" group by 1, 2");
        Query query = ids.bind(Panache.getEntityManager().createNativeQuery(sql.toString()));
        parameters.forEach(query::setParameter);
        Map<Long, TreeMap<Long, long[]>> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.computeIfAbsent(((Number) cells[0]).longValue(), k -> new TreeMap<>())
                    .put(((Number) cells[1]).longValue(), new long[] { ((Number) cells[2]).longValue(), ((Number) cells[3]).longValue() });
        }
        return counts;
    }
}
