package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The migrated schema as the database sees it: no table keeps two indexes on the same columns (each
 * one is written on every insert and rewritten by every commit), and the foreign keys whose indexes
 * were rebuilt still remove their rows with the row they point at.
 */
@QuarkusTest
class SchemaIndexesTest {

    @Inject
    DataSource dataSource;

    @Test
    void noTableHasTwoIndexesOnTheSameColumns() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.contains("article_band") && tables.contains("mention"), "tables read: " + tables);
            List<String> duplicates = new ArrayList<>();
            for (String table : tables) {
                Map<String, TreeMap<Integer, String>> indexes = new HashMap<>();
                try (ResultSet rows = meta.getIndexInfo(null, connection.getSchema(), table, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                            indexes.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new TreeMap<>())
                                    .put(rows.getInt("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase());
                        }
                    }
                }
                Map<List<String>, String> byColumns = new HashMap<>();
                indexes.forEach((name, columns) -> {
                    String other = byColumns.putIfAbsent(new ArrayList<>(columns.values()), name);
                    if (other != null) {
                        duplicates.add(table + ": " + other + " and " + name + " on " + columns.values());
                    }
                });
            }
            assertEquals(List.of(), duplicates);
        }
    }

    @Test
    void rebuiltForeignKeysStillCascade() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            assertEquals(Map.of("article_id", "article"), cascadingKeys(meta, connection.getSchema(), "article_band"));
            assertEquals(Map.of("organization_id", "organization"),
                    cascadingKeys(meta, connection.getSchema(), "organization_alias"));
            assertEquals(Map.of("article_id", "article", "organization_id", "organization"),
                    cascadingKeys(meta, connection.getSchema(), "mention"));
        }
    }

    /** A mention's organization is spread over the gazetteer: each index led by it costs a scattered write. */
    @Test
    void mentionHasOneIndexLedByItsOrganization() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> ledByOrganization = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), "mention", false, false)) {
                while (rows.next()) {
                    if (rows.getInt("ORDINAL_POSITION") == 1 && "organization_id".equalsIgnoreCase(rows.getString("COLUMN_NAME"))) {
                        ledByOrganization.add(rows.getString("INDEX_NAME"));
                    }
                }
            }
            assertEquals(List.of("ix_mention_organization"), ledByOrganization);
        }
    }

    /**
     * That index carries the article id on PostgreSQL (V10), so reads that start from an organization scan the
     * index alone; H2, which has no {@code include} and uses the index for the foreign key, keeps the one column.
     */
    @Test
    void mentionOrganizationIndexCoversTheArticleOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("select pg_get_indexdef('ix_mention_organization'::regclass)")) {
                    assertTrue(row.next());
                    assertTrue(row.getString(1).endsWith("(organization_id) INCLUDE (article_id)"), row.getString(1));
                }
            } else {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), "mention", false, false)) {
                    while (rows.next()) {
                        if ("ix_mention_organization".equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                            columns.add(rows.getString("COLUMN_NAME").toLowerCase());
                        }
                    }
                }
                assertEquals(List.of("organization_id"), columns);
            }
        }
    }

    /**
     * The linker's once-a-second names check (MentionLinker) is a direct lookup on H2 (V11), not a scan of every
     * organization row. On PostgreSQL the count reads the rows whatever the indexes.
     */
    @Test
    void namesCheckIsAnIndexLookupOnH2() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            String check = "select count(o.id), max(o.updated_at) from organization o";
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain " + check)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("ix_organization_updated") && plan.toString().contains("direct lookup"),
                    plan.toString());
        }
    }

    /** Column → referenced table of each foreign key of the table that deletes on cascade. */
    private static Map<String, String> cascadingKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                if (rows.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade) {
                    keys.put(rows.getString("FKCOLUMN_NAME").toLowerCase(), rows.getString("PKTABLE_NAME").toLowerCase());
                }
            }
        }
        return keys;
    }
}
