package dev.newsgraph.duplicate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The near-duplicate tables' statements on the transaction's connection, each prepared once per
 * operation and reused for every article of it: an import of 50 articles runs the same four
 * statements 50 times instead of parsing 200 statements. Plain JDBC, so nothing goes through the
 * persistence context; the caller flushes it first.
 */
final class StoryStatements implements AutoCloseable {

    private final Connection connection;
    private final StopKeys stopKeys;
    private PreparedStatement fingerprint;
    private PreparedStatement band;
    private PreparedStatement sharing;
    private PreparedStatement candidateRows;

    StoryStatements(Connection connection, StopKeys stopKeys) {
        this.connection = connection;
        this.stopKeys = stopKeys;
    }

    /** A candidate of a story: an article sharing a band key, its original (null: it is one) and its signature. */
    record Candidate(long id, Long duplicateOf, String signature) {
    }

    /** Stores an article's signature and its distinct band keys. */
    void store(long articleId, Fingerprint print) throws SQLException {
        if (fingerprint == null) {
            fingerprint = connection.prepareStatement("insert into article_fingerprint (article_id, signature) values (?, ?)");
            band = connection.prepareStatement("insert into article_band (band_key, article_id) values (?, ?)");
        }
        fingerprint.setLong(1, articleId);
        fingerprint.setString(2, print.encode());
        fingerprint.executeUpdate();
        Set<Long> distinct = new LinkedHashSet<>();
        for (long key : print.bandKeys()) {
            distinct.add(key);
        }
        for (long key : distinct) {
            band.setLong(1, key);
            band.setLong(2, articleId);
            band.addBatch();
        }
        band.executeBatch();
    }

    /**
     * Other articles sharing one of the band keys, at most {@code limit}: under the cap, those sharing the
     * most keys with it (the likeliest rewrites; ties: the lower id), not the lowest ids a stock phrase's key
     * brings along. A stop key (see {@link StopKeys}) finds none: its rows are read once, then never again.
     */
    List<Candidate> candidates(long articleId, Fingerprint print, int limit) throws SQLException {
        List<Long> keys = new ArrayList<>();
        for (long key : print.bandKeys()) {
            if (!stopKeys.isStop(key) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        if (sharing == null) {
            sharing = connection.prepareStatement("select band_key, article_id from article_band where band_key = any(?)"
                    + " and article_id <> ?");
            candidateRows = connection.prepareStatement("select a.id, a.duplicate_of_id, f.signature from article a"
                    + " join article_fingerprint f on f.article_id = a.id where a.id = any(?)");
        }
        sharing.setArray(1, connection.createArrayOf("bigint", keys.toArray()));
        sharing.setLong(2, articleId);
        Map<Long, List<Long>> articlesOfKey = new HashMap<>();
        try (ResultSet rows = sharing.executeQuery()) {
            while (rows.next()) {
                articlesOfKey.computeIfAbsent(rows.getLong(1), key -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        articlesOfKey.forEach((key, articles) -> {
            if (articles.size() > stopKeys.articles()) {
                stopKeys.add(key);
            } else {
                articles.forEach(article -> shared.merge(article, 1, Integer::sum));
            }
        });
        if (shared.isEmpty()) {
            return List.of();
        }
        List<Long> ranked = new ArrayList<>(shared.keySet());
        ranked.sort(Comparator.comparing((Long id) -> shared.get(id)).reversed().thenComparing(id -> id));
        List<Long> kept = ranked.subList(0, Math.min(limit, ranked.size()));
        candidateRows.setArray(1, connection.createArrayOf("bigint", kept.toArray()));
        List<Candidate> found = new ArrayList<>();
        try (ResultSet rows = candidateRows.executeQuery()) {
            while (rows.next()) {
                found.add(new Candidate(rows.getLong(1), nullableLong(rows, 2), rows.getString(3)));
            }
        }
        return found;
    }

    /** Publication times of these articles. */
    Map<Long, Instant> publishedAt(Set<Long> ids) throws SQLException {
        Map<Long, Instant> times = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, published_at from article where id in (" + placeholders(ids.size()) + ")")) {
            int i = 0;
            for (long id : ids) {
                select.setLong(++i, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getLong(1), instant(rows.getObject(2)));
                }
            }
        }
        return times;
    }

    /** Each article of the story led by {@code story} (it included) with its original as it is now. */
    List<Object[]> storyMembers(long story) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, duplicate_of_id from article where id = ? or duplicate_of_id = ?")) {
            select.setLong(1, story);
            select.setLong(2, story);
            List<Object[]> members = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(new Object[] { rows.getLong(1), nullableLong(rows, 2) });
                }
            }
            return members;
        }
    }

    /** Points the story led by {@code story} (it included) at {@code original}. */
    void join(long story, long original) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update article set duplicate_of_id = ? where id = ? or duplicate_of_id = ?")) {
            update.setLong(1, original);
            update.setLong(2, story);
            update.setLong(3, story);
            update.executeUpdate();
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static String placeholders(int count) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.toString();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] { fingerprint, band, sharing, candidateRows }) {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
