package dev.newsgraph.store;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A start on a database whose schema is current (Flyway migrated it before the service started) leaves
 * Flyway inactive, and the service still validates its schema and answers. H2 by default; the
 * database of QUARKUS_DATASOURCE_JDBC_URL with -Dpostgresql.
 */
@QuarkusTest
@TestProfile(FlywayWhenNeededTest.CurrentDatabase.class)
class FlywayWhenNeededTest {

    public static class CurrentDatabase implements QuarkusTestProfile {
        private static final String DATA_DIR = "./target/test-data-schema-current";

        @Override
        public Map<String, String> getConfigOverrides() {
            // What an earlier start left: every migration applied, by Flyway itself.
            StartupDatabase.flyway(DATA_DIR).load().migrate();
            return Map.of("newsgraph.data-dir", DATA_DIR, "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void flywayIsInactiveAndTheServiceAnswers() {
        assertTrue(FlywayWhenNeeded.skippedAtLastStart());
        assertEquals(false, ConfigProvider.getConfig().getValue("quarkus.flyway.active", Boolean.class));
        query("{ organizations(first: 1) { totalCount } }").body("errors", nullValue());
        query("{ __typename }").body("data.__typename", equalTo("Query"));
    }
}
