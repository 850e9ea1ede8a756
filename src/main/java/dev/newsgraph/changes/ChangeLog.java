package dev.newsgraph.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.notify.GraphWrites;

/**
 * The stored change log, read and written with plain JDBC: appends run on the writing transaction's
 * connection after Hibernate's last flush, reads page by position. Positions come from the one row of
 * {@code change_position}, updated (so locked) at the very end of each writing transaction: a second
 * writer waits there until the first commits, so positions follow commit order and a reader that sees
 * a position sees every lower one, on PostgreSQL as on H2. The lock is held only for the append and the
 * commit, never while a transaction does its own work.
 */
@ApplicationScoped
public class ChangeLog {

    /** The most rows one read returns. */
    static final int PAGE = 500;

    @Inject
    DataSource dataSource;

    @Inject
    GraphWrites writes;

    /** Appends the transaction's changes, in order, at the next positions. */
    void append(Connection connection, Map<ChangeRecorder.NodeKey, ChangeOperation> changes) throws SQLException {
        long last;
        try (PreparedStatement claim = connection.prepareStatement(
                "update change_position set last_position = last_position + ? where id = 1")) {
            claim.setLong(1, changes.size());
            claim.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("select last_position from change_position where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            last = row.getLong(1);
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        long position = last - changes.size();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into change_log (position, at, node_type, node_id, operation) values (?, ?, ?, ?, ?)")) {
            for (Map.Entry<ChangeRecorder.NodeKey, ChangeOperation> change : changes.entrySet()) {
                insert.setLong(1, ++position);
                insert.setObject(2, at);
                insert.setString(3, change.getKey().type().name());
                insert.setLong(4, change.getKey().rowId());
                insert.setString(5, change.getValue().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        writes.logged(connection, last);
    }

    /** Changes after {@code after}, of the given types (all when empty), in order, at most {@code limit}. */
    public List<Change> after(long after, Set<NodeType> types, int limit) {
        String sql = "select position, at, node_type, node_id, operation from change_log where position > ?"
                + typeCondition(types) + " order by position limit " + Math.min(limit, PAGE);
        return query(sql, after, rows -> {
            List<Change> changes = new ArrayList<>();
            while (rows.next()) {
                changes.add(new Change(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        NodeType.valueOf(rows.getString(3)), rows.getLong(4), ChangeOperation.valueOf(rows.getString(5))));
            }
            return changes;
        });
    }

    /** How many changes of the types follow {@code after}. */
    public int countAfter(long after, Set<NodeType> types) {
        return query("select count(*) from change_log where position > ?" + typeCondition(types), after,
                rows -> rows.next() ? rows.getInt(1) : 0);
    }

    /** The last position handed out and the highest one pruned. */
    public Bounds bounds() {
        return query("select last_position, pruned_through from change_position where id = ?", 1,
                rows -> rows.next() ? new Bounds(rows.getLong(1), rows.getLong(2)) : new Bounds(0, 0));
    }

    /** Where the log stands: changes up to {@code last} were committed, those up to {@code prunedThrough} are gone. */
    public record Bounds(long last, long prunedThrough) {
    }

    /**
     * Deletes the changes committed before {@code cutoff}, except those an enabled webhook has yet to
     * receive (the log is their outbox); returns how many went.
     */
    int prune(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long through = 0;
                try (PreparedStatement old = connection.prepareStatement(
                        "select max(position) from change_log where at < ?")) {
                    old.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                    try (ResultSet row = old.executeQuery()) {
                        through = row.next() ? row.getLong(1) : 0;
                    }
                }
                try (PreparedStatement pending = connection.prepareStatement(
                        "select min(delivered_through) from webhook where disabled_at is null");
                        ResultSet row = pending.executeQuery()) {
                    if (row.next() && row.getObject(1) != null) {
                        through = Math.min(through, row.getLong(1));
                    }
                }
                int deleted = 0;
                if (through > 0) {
                    try (PreparedStatement delete = connection.prepareStatement("delete from change_log where position <= ?")) {
                        delete.setLong(1, through);
                        deleted = delete.executeUpdate();
                    }
                    try (PreparedStatement mark = connection.prepareStatement(
                            "update change_position set pruned_through = greatest(pruned_through, ?) where id = 1")) {
                        mark.setLong(1, through);
                        mark.executeUpdate();
                    }
                }
                connection.commit();
                return deleted;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static String typeCondition(Set<NodeType> types) {
        if (types == null || types.isEmpty() || types.size() == NodeType.values().length) {
            return "";
        }
        // enum names only: nothing a client typed reaches the SQL text
        return " and node_type in (" + types.stream().map(t -> "'" + t.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, long parameter, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change log", e);
        }
    }
}
