package dev.newsgraph.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.newsgraph.PackagedApp;
import io.restassured.path.json.JsonPath;

/**
 * Two instances of the packaged service on one PostgreSQL, both delivering to one webhook while
 * changes are made through both: the receiver gets every change exactly once, in commit order. The
 * receiver answers slowly, so each instance finds deliveries under way at the other whenever it looks.
 * Runs only against PostgreSQL.
 */
class WebhookMultiInstanceIT {

    private static final String KEY = "webhook-multi-key";
    private static final int CHANGES = 40;

    @Test
    void twoInstancesDeliverEachChangeOnceInOrder() throws Exception {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL)");
        Path work = Files.createTempDirectory(Path.of("target"), "webhook-multi");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        try (Receiver receiver = new Receiver(WebhookMultiInstanceIT::slowAccept);
                PackagedApp a = PackagedApp.start(work.resolve("a.log"), PackagedApp.freePort(), KEY,
                        Map.of("NEWSGRAPH_DATA_DIR", work.resolve("a").toString(), "NEWSGRAPH_WEBHOOK_BACKOFF", "PT0.1S"));
                PackagedApp b = PackagedApp.start(work.resolve("b.log"), PackagedApp.freePort(), KEY,
                        Map.of("NEWSGRAPH_DATA_DIR", work.resolve("b").toString(), "NEWSGRAPH_WEBHOOK_BACKOFF", "PT0.1S"))) {
            String webhook = a.post("mutation { createWebhook(input: {url: \"" + receiver.url() + "\", types: [ORGANIZATION],"
                    + " secret: \"multi-secret-0123456789abcdef\"}) { id } }").getString("data.createWebhook.id");

            // two writers at once, one through each instance
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<List<String>>> written = List.of(
                    writers.submit(() -> createMany(a, "Multi A " + tag, CHANGES / 2)),
                    writers.submit(() -> createMany(b, "Multi B " + tag, CHANGES / 2)));
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> writer : written) {
                ids.addAll(writer.get(120, TimeUnit.SECONDS));
            }
            writers.shutdown();
            assertEquals(CHANGES, ids.size());

            List<String> cursors = new ArrayList<>();
            List<String> delivered = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                JsonPath body = JsonPath.from(receiver.next().body());
                cursors.add(body.getString("cursor"));
                delivered.add(body.getString("id"));
            }
            // a last change through B: once it arrives, every earlier delivery has been made
            String last = createMany(b, "Multi last " + tag, 1).get(0);
            Receiver.Received after = receiver.next();
            assertEquals(last, JsonPath.from(after.body()).getString("id"),
                    "the change after the others arrives next, not a repeat of an earlier one");
            assertNull(receiver.poll(), "nothing delivered twice");

            assertEquals(ids, new HashSet<>(delivered), "every change delivered, none twice");
            JsonPath log = a.post("{ changes(after: \"" + cursors.get(0) + "\", types: [ORGANIZATION], first: 100) {"
                    + " edges { node { cursor nodeId } } } }");
            assertEquals(cursors.subList(1, CHANGES), log.getList("data.changes.edges.node.cursor").subList(0, CHANGES - 1),
                    "delivered in the log's (commit) order");
            assertEquals(delivered.subList(1, CHANGES), log.getList("data.changes.edges.node.nodeId").subList(0, CHANGES - 1));
            // the last attempt's record commits just after the receiver answered it
            JsonPath attempts = null;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); System.nanoTime() < deadline;) {
                attempts = b.post("{ webhooks { id deliveries(first: 100) { totalCount edges { node { succeeded } } } } }")
                        .setRootPath("data.webhooks.find { it.id == '" + webhook + "' }.deliveries");
                if (attempts.getInt("totalCount") >= CHANGES + 1) {
                    break;
                }
            }
            assertEquals(CHANGES + 1, attempts.getInt("totalCount"), "one attempt per change across both instances");
            assertTrue(attempts.getList("edges.node.succeeded", Boolean.class).stream().allMatch(Boolean::booleanValue));
        }
    }

    private static List<String> createMany(PackagedApp app, String prefix, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(app.post("mutation { createOrganization(input: {name: \"" + prefix + " " + i + "\", kind: COMPANY}) { id } }")
                    .getString("data.createOrganization.id"));
        }
        return ids;
    }

    /** A receiver that takes a while to answer, so deliveries overlap both instances' look for due work. */
    private static int slowAccept() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 204;
    }
}
