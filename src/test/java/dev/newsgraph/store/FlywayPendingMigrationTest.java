package dev.newsgraph.store;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A start on a database one migration behind the class path runs Flyway, which applies the pending
 * migration: afterwards the history holds every migration. H2 by default; with -Dpostgresql the database
 * of QUARKUS_DATASOURCE_JDBC_URL, cleaned first.
 */
@QuarkusTest
@TestProfile(FlywayPendingMigrationTest.OneVersionBehind.class)
class FlywayPendingMigrationTest {

    public static class OneVersionBehind implements QuarkusTestProfile {
        private static final String DATA_DIR = "./target/test-data-schema-behind";

        @Override
        public Map<String, String> getConfigOverrides() {
            int newest;
            try {
                newest = SchemaHistory.onClassPath(getClass().getClassLoader(), "db/migration").size();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            var configuration = StartupDatabase.flyway(DATA_DIR).cleanDisabled(false);
            configuration.load().clean();
            // What a start of the previous release left: every migration but the newest.
            configuration.target(String.valueOf(newest - 1)).load().migrate();
            return Map.of("newsgraph.data-dir", DATA_DIR, "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void flywayRanAndAppliedThePendingMigration() throws IOException, SQLException {
        assertFalse(FlywayWhenNeeded.skippedAtLastStart());
        List<SchemaHistory.Migration> migrations = SchemaHistory.onClassPath(getClass().getClassLoader(), "db/migration");
        assertNotNull(migrations);
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(SchemaHistory.isCurrent(connection, "flyway_schema_history", migrations));
        }
        query("{ organizations(first: 1) { totalCount } }").body("errors", nullValue());
    }
}
