package dev.newsgraph.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import dev.newsgraph.PackagedApp;
import io.restassured.path.json.JsonPath;

/**
 * The outbox survives a restart: changes made while the receiver fails are not lost when the service
 * stops; started again on the same data, it delivers every one of them, in order, signed. Retries are
 * made quick through the documented NEWSGRAPH_WEBHOOK_* settings.
 */
class WebhookRestartIT {

    private static final String KEY = "webhook-restart-key";
    private static final String SECRET = "restart-secret-0123456789abcdef";
    private static final Map<String, String> QUICK_RETRIES = Map.of("NEWSGRAPH_WEBHOOK_BACKOFF", "PT0.1S",
            "NEWSGRAPH_WEBHOOK_BACKOFF_CAP", "PT0.2S", "NEWSGRAPH_WEBHOOK_MAX_FAILURES", "1000");

    /** One change as the receiver should see it. */
    private record Expected(String operation, String id) {
    }

    @Test
    void changesMadeWhileTheReceiverFailsAreDeliveredAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "webhook-restart");
        Path log = dataDir.resolve("service.log");
        Map<String, String> env = new java.util.HashMap<>(QUICK_RETRIES);
        env.put("NEWSGRAPH_DATA_DIR", dataDir.toString());
        int port = PackagedApp.freePort();
        AtomicInteger status = new AtomicInteger(500);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Expected> expected = new ArrayList<>();
        String webhook;

        try (Receiver receiver = new Receiver(status::get)) {
            try (PackagedApp first = PackagedApp.start(log, port, KEY, env)) {
                webhook = first.post("mutation { createWebhook(input: {url: \"" + receiver.url() + "\", types: [ORGANIZATION],"
                        + " secret: \"" + SECRET + "\"}) { id } }").getString("data.createWebhook.id");
                String a = create(first, "Outbox A " + tag);
                String b = create(first, "Outbox B " + tag);
                String c = create(first, "Outbox C " + tag);
                first.post("mutation { updateOrganization(id: \"" + b + "\", input: {name: \"Outbox B renamed " + tag
                        + "\", kind: NGO}) { id } }");
                first.post("mutation { deleteOrganization(id: \"" + c + "\") }");
                expected.addAll(List.of(new Expected("CREATED", a), new Expected("CREATED", b), new Expected("CREATED", c),
                        new Expected("UPDATED", b), new Expected("DELETED", c)));

                Receiver.Received attempt = receiver.next();
                assertFalse(attempt.accepted());
                assertEquals(a, JsonPath.from(attempt.body()).getString("id"), "the first change is tried first");
                first.stop();
            }
            for (Receiver.Received before = receiver.poll(); before != null; before = receiver.poll()) {
                assertFalse(before.accepted(), "nothing was accepted before the restart");
                assertEquals(expected.get(0).id(), JsonPath.from(before.body()).getString("id"), "only the first change was tried");
            }

            status.set(204);
            try (PackagedApp second = PackagedApp.start(log, port, KEY, env)) {
                List<String> cursors = new ArrayList<>();
                for (Expected change : expected) {
                    Receiver.Received delivery = receiver.next();
                    assertTrue(delivery.accepted());
                    assertEquals(hmac(delivery.body()), delivery.signature(), "signed with the secret");
                    JsonPath body = JsonPath.from(delivery.body());
                    assertEquals(change, new Expected(body.getString("operation"), body.getString("id")), "in commit order");
                    assertEquals("ORGANIZATION", body.getString("type"));
                    cursors.add(body.getString("cursor"));
                }
                // the cursors are the log's own: what the log holds after the first is exactly the rest
                JsonPath rest = second.post("{ changes(after: \"" + cursors.get(0) + "\", types: [ORGANIZATION], first: 10) {"
                        + " edges { node { cursor nodeId } } } }");
                assertEquals(cursors.subList(1, cursors.size()), rest.getList("data.changes.edges.node.cursor"));
                JsonPath state = second.post("{ webhooks { id enabled consecutiveFailures lastError } }")
                        .setRootPath("data.webhooks.find { it.id == '" + webhook + "' }");
                assertEquals(true, state.getBoolean("enabled"));
                assertEquals(0, state.getInt("consecutiveFailures"));
                assertNull(state.get("lastError"));
            }
            assertNull(receiver.poll(), "no change delivered twice once accepted");
        }
    }

    private static String create(PackagedApp app, String name) throws Exception {
        return app.post("mutation { createOrganization(input: {name: \"" + name + "\", kind: COMPANY}) { id } }")
                .getString("data.createOrganization.id");
    }

    /** The signature computed here, independently of the service's code. */
    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
