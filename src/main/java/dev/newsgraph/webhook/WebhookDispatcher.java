package dev.newsgraph.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.changes.Change;
import dev.newsgraph.changes.ChangeLog;
import dev.newsgraph.changes.ChangesConfig;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.notify.GraphChanged;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers the change log to the webhooks. The log is the outbox: each webhook keeps the position it
 * has delivered through, so what is not yet delivered survives restarts. One webhook at a time is
 * claimed with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2): while one instance delivers to it,
 * the others pass it by, so N instances deliver each change once, in order. A failure waits
 * {@code backoff} doubled per failure in a row, up to {@code backoff-cap}; after {@code max-failures}
 * in a row the webhook is disabled. Delivery is at least once: a crash between the receiver's answer
 * and the commit repeats that change. Bookkeeping is plain JDBC, outside Hibernate, so it is no graph
 * write and moves no cache on.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Changes delivered to one webhook per claim before the others get their turn. */
    static final int BATCH = 50;

    @Inject
    DataSource dataSource;

    @Inject
    ChangeLog log;

    @Inject
    WebhookConfig config;

    @Inject
    ChangesConfig changes;

    @Inject
    WebhookHosts hosts;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService worker;
    private HttpClient http; // built at the first delivery, on the worker: a start with no webhook due never loads it

    void start(@Observes StartupEvent event) {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        // retries fall due without any new change: look every second; old delivery records go with the log
        worker.scheduleWithFixedDelay(this::drain, 1, 1, TimeUnit.SECONDS);
        worker.scheduleWithFixedDelay(this::pruneDeliveries, 1, 600, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onChange(@Observes GraphChanged change) {
        if (worker != null && change.position() != 0 && scheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** Delivers to every webhook that is due, one claim after another, until none is. */
    void drain() {
        scheduled.set(false);
        try {
            while (deliverToOne()) {
                // next webhook
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Webhook delivery paused (%s); trying again in a second", e.getMessage());
        }
    }

    /** Claims one due webhook and delivers what it has not received yet; false when none is due. */
    private boolean deliverToOne() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean claimed = deliverToOne(connection);
                connection.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean deliverToOne(Connection connection) throws SQLException {
        long last = log.bounds().last(); // read first: every change up to it is committed and visible
        Claim claim;
        try (PreparedStatement select = connection.prepareStatement("select id, url, types, secret, delivered_through,"
                + " consecutive_failures from webhook where disabled_at is null and next_attempt_at <= ?"
                + " and delivered_through < ? order by next_attempt_at, id limit 1 for update skip locked")) {
            select.setObject(1, utc(Instant.now()));
            select.setLong(2, last);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                claim = new Claim(row.getLong(1), row.getString(2), types(row.getString(3)), row.getString(4), row.getLong(5),
                        row.getInt(6));
            }
        }
        List<Change> due = log.after(claim.deliveredThrough, claim.types, BATCH);
        long through = claim.deliveredThrough;
        int failures = claim.failures;
        String error = null;
        for (Change change : due) {
            error = deliver(connection, claim, change);
            if (error != null) {
                failures++;
                break;
            }
            through = change.position();
            failures = 0;
        }
        if (error == null && due.size() < BATCH) {
            through = Math.max(through, last); // nothing else up to `last` is of its types
        }
        Instant now = Instant.now();
        boolean disable = error != null && failures >= config.maxFailures();
        try (PreparedStatement update = connection.prepareStatement("update webhook set delivered_through = ?,"
                + " consecutive_failures = ?, next_attempt_at = ?, last_error = ?, disabled_at = ? where id = ?")) {
            update.setLong(1, through);
            update.setInt(2, failures);
            update.setObject(3, utc(error == null ? now : now.plus(backoff(failures))));
            update.setString(4, error);
            update.setObject(5, disable ? utc(now) : null);
            update.setLong(6, claim.id);
            update.executeUpdate();
        }
        if (disable) {
            LOG.warnf("Webhook %s disabled after %d failed deliveries in a row (last: %s)", claim.url, failures, error);
        }
        return true;
    }

    /** The wait after {@code failures} failures in a row: doubling from the base, capped. */
    Duration backoff(int failures) {
        Duration wait = config.backoff();
        for (int i = 1; i < failures && wait.compareTo(config.backoffCap()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.backoffCap()) > 0 ? config.backoffCap() : wait;
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    /** POSTs one change and records the attempt; returns why it failed, or null. */
    private String deliver(Connection connection, Claim claim, Change change) throws SQLException {
        String body = WebhookPayload.body(change);
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            URI uri = URI.create(claim.url);
            if (!hosts.allowed(uri)) {
                error = "the host is not allowed for webhooks (NEWSGRAPH_WEBHOOK_HOSTS)";
            } else {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Newsgraph-Webhook")
                        .header(WebhookPayload.SIGNATURE_HEADER, WebhookPayload.signature(claim.secret, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                error = status >= 200 && status < 300 ? null : "the receiver answered HTTP " + status;
            }
        } catch (java.io.IOException e) {
            error = "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (IllegalArgumentException e) {
            error = "not a URL that can be called";
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        record(connection, claim.id, change.position(), status, error == null ? null : truncate(error), millis);
        return error == null ? null : truncate(error);
    }

    private static void record(Connection connection, long webhook, long position, Integer status, String error, int millis)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (id, webhook_id, position,"
                + " attempted_at, status_code, error, duration_ms) values (nextval('webhook_delivery_seq'), ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, webhook);
            insert.setLong(2, position);
            insert.setObject(3, utc(Instant.now()));
            insert.setObject(4, status);
            insert.setString(5, error);
            insert.setInt(6, millis);
            insert.executeUpdate();
        }
    }

    private void pruneDeliveries() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from webhook_delivery where attempted_at < ?")) {
            delete.setObject(1, utc(Instant.now().minus(changes.retention())));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not prune webhook deliveries (%s)", e.getMessage());
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Set<NodeType> types(String list) {
        Set<NodeType> types = EnumSet.noneOf(NodeType.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isEmpty()).map(NodeType::valueOf).forEach(types::add);
        return types;
    }

    private record Claim(long id, String url, Set<NodeType> types, String secret, long deliveredThrough, int failures) {
    }
}
