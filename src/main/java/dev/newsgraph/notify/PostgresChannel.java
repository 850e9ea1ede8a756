package dev.newsgraph.notify;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * PostgreSQL's NOTIFY/LISTEN as the change channel between instances. The driver's notification
 * API is reached by reflection so that the H2 build, which has no PostgreSQL driver, still links.
 */
@ApplicationScoped
@RegisterForReflection(classNames = { "org.postgresql.PGConnection", "org.postgresql.PGNotification" })
public class PostgresChannel {

    static final String CHANNEL = "newsgraph_changes";
    private static final Logger LOG = Logger.getLogger(PostgresChannel.class);

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** The topic of "something was committed" signals, which carry no node. */
    public static final String GRAPH_TOPIC = "graph";

    /** Tells this instance's own commit signals from the others' (it has already acted on its own). */
    private final long instance = new SecureRandom().nextLong() & Long.MAX_VALUE;
    private final AtomicBoolean committed = new AtomicBoolean();
    private volatile boolean running;
    private Thread listener;

    public boolean isActive() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** One notification: its topic, the instance that sent it, and a node id (0 for {@link #GRAPH_TOPIC}). */
    record Notice(String topic, long instance, long id) {

        /** Reads {@code topic:instance:id}; null for anything else on the channel. */
        static Notice parse(String payload) {
            String[] parts = payload.split(":");
            try {
                return parts.length == 3 ? new Notice(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        String payload() {
            return topic + ":" + instance + ":" + id;
        }
    }

    /** pg_notify inside the current transaction: PostgreSQL delivers it on commit, to every listener. */
    void notifyOnCommit(String topic, long id) {
        entityManager.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", new Notice(topic, instance, id).payload())
                .getSingleResult();
    }

    /**
     * Tells the other instances, soon after, that this one committed a change (so that they drop
     * cached answers). Sent by the listener on its own connection within about 100 ms; several commits
     * in that time make one signal. Does nothing on H2.
     */
    public void signalChange() {
        if (running) {
            committed.set(true);
        }
    }

    /** pg_notify on the transaction's own connection (from plain JDBC work); does nothing on H2. */
    void notifyOnCommit(Connection connection, String topic, long id) throws java.sql.SQLException {
        if (!isActive()) {
            return;
        }
        try (java.sql.PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, new Notice(topic, instance, id).payload());
            statement.execute();
        }
    }

    /** Whether a notification came from this instance (which has already acted on it). */
    boolean isOwn(Notice notice) {
        return notice.instance() == instance;
    }

    /** Starts a background listener feeding {@code sink} with the notifications of each poll; does nothing on H2. */
    void listen(Consumer<List<Notice>> sink) {
        if (!isActive() || running) {
            return;
        }
        running = true;
        listener = new Thread(() -> loop(sink), "newsgraph-listen");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@jakarta.enterprise.event.Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void loop(Consumer<List<Notice>> sink) {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(""))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                Class<?> pgConnectionType = Class.forName("org.postgresql.PGConnection");
                Object pgConnection = connection.unwrap(pgConnectionType);
                Method poll = pgConnectionType.getMethod("getNotifications", int.class);
                backoff = 500;
                while (running) {
                    if (committed.getAndSet(false)) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("NOTIFY " + CHANNEL + ", '" + new Notice(GRAPH_TOPIC, instance, 0).payload() + "'");
                        }
                    }
                    Object notifications = poll.invoke(pgConnection, 100);
                    List<Notice> notices = new ArrayList<>();
                    for (int i = 0; notifications != null && i < Array.getLength(notifications); i++) {
                        Object notification = Array.get(notifications, i);
                        Notice notice = Notice.parse((String) notification.getClass().getMethod("getParameter").invoke(notification));
                        if (notice != null) {
                            notices.add(notice);
                        }
                    }
                    if (!notices.isEmpty()) {
                        sink.accept(notices);
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Change listener lost its PostgreSQL connection (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }
}
