package dev.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check that lets a start skip Flyway, against databases Flyway itself migrated: each test gets an
 * empty database (H2 in memory; with -Dpostgresql a schema of its own in the database that
 * QUARKUS_DATASOURCE_JDBC_URL names).
 */
class SchemaHistoryTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String PG_URL = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    private static final boolean POSTGRESQL = PG_URL != null && PG_URL.startsWith("jdbc:postgresql:");

    private String url;
    private String schema;
    private Connection connection;
    private List<SchemaHistory.Migration> migrations;

    @BeforeEach
    void emptyDatabase() throws Exception {
        int n = DATABASES.incrementAndGet();
        if (POSTGRESQL) {
            schema = "schema_history_test_" + ProcessHandle.current().pid() + "_" + n;
            try (Connection admin = DriverManager.getConnection(PG_URL, user(), password());
                    Statement statement = admin.createStatement()) {
                statement.execute("create schema " + schema);
            }
            url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else {
            url = "jdbc:h2:mem:schema_history_" + n + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        connection = DriverManager.getConnection(url, user(), password());
        migrations = SchemaHistory.onClassPath(getClass().getClassLoader(), "db/migration");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(POSTGRESQL ? "drop schema " + schema + " cascade" : "drop all objects");
        }
        connection.close();
    }

    private static String user() {
        return POSTGRESQL ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres") : "sa";
    }

    private static String password() {
        return POSTGRESQL ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "") : "";
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(url, user(), password()).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    @Test
    void listsEveryMigrationOfTheSourceFolder() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"));
                Stream<Path> classes = Files.list(Path.of("src/main/java/db/migration"))) {
            assertEquals(scripts.count() + classes.count(), migrations.size());
        }
        assertTrue(migrations.stream().anyMatch(m -> m.type().equals("JDBC") && m.checksum() == null));
        for (int version = 1; version <= migrations.size(); version++) {
            String wanted = String.valueOf(version);
            assertTrue(migrations.stream().anyMatch(m -> m.version().equals(wanted)), "V" + wanted);
        }
    }

    @Test
    void aFreshDatabaseIsNotCurrent() {
        assertNotNull(migrations);
        assertFalse(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void aDatabaseFlywayMigratedIsCurrent() {
        migrate(null);
        // also proves the checksums computed here are Flyway's, file by file
        assertTrue(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void aDatabaseOneVersionBehindIsNotCurrent() {
        String newest = migrations.stream().map(SchemaHistory.Migration::version)
                .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).orElseThrow();
        migrate(String.valueOf(Integer.parseInt(newest) - 1));
        assertFalse(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
        migrate(null); // and Flyway, which then runs, brings it to current
        assertTrue(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void aChangedMigrationIsNotCurrentSoFlywayReportsIt() throws SQLException {
        migrate(null);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where version = '2'");
        }
        assertFalse(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void aFailedRowIsNotCurrent() throws SQLException {
        migrate(null);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update flyway_schema_history set success = false where version = '3'");
        }
        assertFalse(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void aVersionTheClassPathLacksIsNotCurrent() throws SQLException {
        migrate(null);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (1000, '1000', 'newer', 'SQL',"
                    + " 'V1000__newer.sql', 1, 'test', 0, true)");
        }
        assertFalse(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
    }

    @Test
    void checksumIgnoresLineEndsAndAByteOrderMark() throws IOException {
        int unix = SchemaHistory.checksum(new ByteArrayInputStream("create table a (id int);\nselect 1;\n".getBytes(StandardCharsets.UTF_8)));
        int windows = SchemaHistory.checksum(new ByteArrayInputStream("\uFEFFcreate table a (id int);\r\nselect 1;\r\n".getBytes(StandardCharsets.UTF_8)));
        int other = SchemaHistory.checksum(new ByteArrayInputStream("create table b (id int);\nselect 1;\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(unix, windows);
        assertFalse(unix == other);
    }
}
