package dev.newsgraph.store;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database a start-up test prepares before its service starts: the H2 file under {@code dataDir} by
 * default, the database of QUARKUS_DATASOURCE_JDBC_URL with -Dpostgresql; as a Flyway configuration over
 * the class path's migrations, so the test can leave it in the state it needs.
 */
final class StartupDatabase {

    private StartupDatabase() {
    }

    static FluentConfiguration flyway(String dataDir) {
        String pg = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String url = pg != null ? pg
                : "jdbc:h2:file:" + Path.of(dataDir).toAbsolutePath().normalize() + "/newsgraph;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = pg != null ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres") : "newsgraph";
        String password = pg != null ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "") : "";
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    }
}
