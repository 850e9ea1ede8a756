package dev.newsgraph.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.Priority;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Migrates only when needed: answers {@code quarkus.flyway.active=false} when the schema history
 * already holds exactly the migrations on the class path ({@link SchemaHistory#isCurrent}), so a start on
 * an up-to-date database skips Flyway's history check, validation and migrate (measured in
 * docs/benchmarks.md). A fresh database, a pending migration, a failed row, a checksum that differs, or a
 * history the check cannot read leave Flyway active, and it migrates or fails the start as before. Several
 * instances starting at once stay correct: those that find the schema current skip, the others meet in
 * Flyway's lock as before.
 * <p>
 * The check runs while the runtime configuration is read, before any bean exists, with one plain JDBC
 * connection from the datasource settings. Only the plain setting is touched: any other Flyway start action
 * (clean, baseline, repair, validate), other schemas or locations, or {@code newsgraph.migrations.skip-when-current=false}
 * leave Flyway to itself. On embedded H2 the check's connection stays open until the pool holds its own
 * ({@link #release()} at start-up), so the database file is opened once, not twice.
 */
@Priority(Priorities.APPLICATION)
public class FlywayWhenNeeded implements ConfigSourceInterceptor {

    private static final Logger LOG = Logger.getLogger(FlywayWhenNeeded.class);
    static final String ACTIVE = "quarkus.flyway.active";
    private static final String LOCATION = "db/migration";
    private static final String TABLE = "flyway_schema_history";

    /** The H2 check connection kept open until {@link #release()}; only one start runs at a time here. */
    private static volatile Connection held;

    private static volatile boolean skippedAtLastStart;

    /** This configuration's answer, computed once: null = not asked yet. */
    private ConfigValue decided;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ACTIVE.equals(name) || value != null && !"true".equalsIgnoreCase(value.getValue())) {
            return value; // another setting, or Flyway deactivated by the operator: nothing to decide
        }
        if (decided == null) {
            if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
                return value; // the build, or a lookup outside a start
            }
            boolean current = schemaIsCurrent(context);
            skippedAtLastStart = current;
            decided = current
                    ? ConfigValue.builder().withName(ACTIVE).withValue("false")
                            .withConfigSourceName(FlywayWhenNeeded.class.getSimpleName()).build()
                    : ConfigValue.builder().withName(ACTIVE).build();
        }
        return decided.getValue() == null ? value : decided;
    }

    /** Whether the latest start in this JVM found the schema current and left Flyway inactive. */
    public static boolean skippedAtLastStart() {
        return skippedAtLastStart;
    }

    private static boolean schemaIsCurrent(ConfigSourceInterceptorContext context) {
        if (!is(context, "newsgraph.migrations.skip-when-current", true)
                || !is(context, "quarkus.flyway.migrate-at-start", false)
                || is(context, "quarkus.flyway.clean-at-start", false)
                || is(context, "quarkus.flyway.baseline-at-start", false)
                || is(context, "quarkus.flyway.repair-at-start", false)
                || is(context, "quarkus.flyway.validate-at-start", false)
                || isSet(context, "quarkus.flyway.schemas") || isSet(context, "quarkus.flyway.default-schema")
                || !isOneOf(string(context, "quarkus.flyway.table"), TABLE)
                || !isOneOf(string(context, "quarkus.flyway.locations"), LOCATION, "classpath:" + LOCATION)) {
            return false;
        }
        String url = string(context, "quarkus.datasource.jdbc.url");
        if (url == null) {
            return false;
        }
        long start = System.nanoTime();
        Connection connection = null;
        try {
            List<SchemaHistory.Migration> migrations = SchemaHistory.onClassPath(
                    Thread.currentThread().getContextClassLoader(), LOCATION);
            if (migrations == null) {
                return false;
            }
            connection = DriverManager.getConnection(url, string(context, "quarkus.datasource.username"),
                    string(context, "quarkus.datasource.password"));
            boolean current = SchemaHistory.isCurrent(connection, TABLE, migrations);
            LOG.debugf("schema history %s the %d migrations on the class path (%d ms)",
                    current ? "holds exactly" : "does not hold exactly", migrations.size(),
                    (System.nanoTime() - start) / 1_000_000);
            if (current) {
                LOG.infof("Schema is current (%d migrations): Flyway not needed at this start", migrations.size());
            }
            if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")) {
                held = connection; // closing the last connection would close (and compact) the database
                connection = null;
            }
            return current;
        } catch (Exception unavailable) {
            LOG.debugf("schema history check skipped: %s", unavailable);
            return false; // Flyway meets the same problem and reports it properly
        } finally {
            closeQuietly(connection);
        }
    }

    /** Closes the check's H2 connection; called once the pool has connections of its own. */
    public static void release() {
        Connection connection = held;
        held = null;
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the check's connection only read; nothing to keep
            }
        }
    }

    private static String string(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return value == null || value.getValue() == null || value.getValue().isEmpty() ? null : value.getValue();
    }

    /** True for an unset value (Flyway's default) or one of the given ones. */
    private static boolean isOneOf(String value, String... accepted) {
        return value == null || List.of(accepted).contains(value);
    }

    private static boolean isSet(ConfigSourceInterceptorContext context, String name) {
        return string(context, name) != null;
    }

    private static boolean is(ConfigSourceInterceptorContext context, String name, boolean unset) {
        String value = string(context, name);
        return value == null ? unset : Boolean.parseBoolean(value);
    }
}
