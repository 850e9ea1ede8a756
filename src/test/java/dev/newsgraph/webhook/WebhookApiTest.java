package dev.newsgraph.webhook;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks as an editor sets them up and a receiver sees them: signed, in order, retried, disabled
 * after failures. The test profile retries after 0.1 s and disables after 3 failures in a row.
 */
@QuarkusTest
class WebhookApiTest {

    private static final String CREATE = "mutation($url: String!, $types: [NodeType!], $secret: String!) {"
            + " createWebhook(input: {url: $url, types: $types, secret: $secret}) { id url types enabled consecutiveFailures } }";
    private static final String SECRET = "a-test-secret-of-some-length-123";

    private String webhook;

    @AfterEach
    void deleteWebhook() {
        if (webhook != null) {
            asEditor("mutation($id: ID!) { deleteWebhook(id: $id) }", Map.of("id", webhook)).body("errors", nullValue());
        }
    }

    private String create(String url, List<String> types) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("url", url, "secret", SECRET));
        variables.put("types", types);
        webhook = asEditor(CREATE, variables).body("errors", nullValue()).extract().path("data.createWebhook.id");
        return webhook;
    }

    private static String createOrganization(String name) {
        return asEditor("mutation($name: String!) { createOrganization(input: {name: $name, kind: COMPANY}) { id } }",
                Map.of("name", name)).extract().path("data.createOrganization.id");
    }

    @Test
    void onlyEditorsManageWebhooks() {
        query(CREATE, Map.of("url", "http://127.0.0.1:9/hook", "secret", SECRET))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        query("{ webhooks { id } }").body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void onlyHttpUrlsWithAHostAreAccepted() {
        for (String url : List.of("ftp://127.0.0.1/hook", "not a url", "http:///no-host", "http://user:pw@example.com/x",
                "javascript:alert(1)")) {
            asEditor(CREATE, Map.of("url", url, "secret", SECRET))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION"));
        }
        asEditor("{ webhooks { url } }").body("data.webhooks.url", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ftp://127.0.0.1/hook")));
    }

    @Test
    void eachChangeArrivesSignedInOrder() throws Exception {
        try (Receiver receiver = new Receiver(() -> 204)) {
            create(receiver.url(), List.of("ORGANIZATION"));
            List<String> ids = List.of(createOrganization("Hooked Corp 1"), createOrganization("Hooked Corp 2"),
                    createOrganization("Hooked Corp 3"));
            for (String id : ids) {
                Receiver.Received delivery = receiver.next();
                assertEquals(WebhookPayload.signature(SECRET, delivery.body()), delivery.signature(), "signed with the secret");
                JsonPath body = JsonPath.from(delivery.body());
                assertEquals(id, body.getString("id"));
                assertEquals("CREATED", body.getString("operation"));
                assertEquals("ORGANIZATION", body.getString("type"));
            }
            asEditor("{ webhooks { id consecutiveFailures deliveries(first: 5) { totalCount edges { node { succeeded statusCode } } } } }")
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.totalCount", equalTo(3))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.edges[0].node.statusCode", equalTo(204));
        }
    }

    @Test
    void aFailedDeliveryIsRetriedBeforeTheNextChange() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (Receiver receiver = new Receiver(() -> calls.incrementAndGet() == 1 ? 500 : 200)) {
            create(receiver.url(), null);
            String first = createOrganization("Retried Corp 1");
            String second = createOrganization("Retried Corp 2");
            assertEquals(first, JsonPath.from(receiver.next().body()).getString("id"), "the failed attempt");
            assertEquals(first, JsonPath.from(receiver.next().body()).getString("id"), "retried, before anything later");
            assertEquals(second, JsonPath.from(receiver.next().body()).getString("id"));
            // the dispatcher records an attempt after the receiver has answered it: wait for the third record
            String deliveries = "data.webhooks.find { it.id == '" + webhook + "' }.deliveries.edges";
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline;) {
                java.util.List<?> recorded = asEditor("{ webhooks { id deliveries(first: 3) { edges { node { succeeded } } } } }")
                        .extract().jsonPath().getList(deliveries);
                if (recorded != null && recorded.size() == 3) {
                    break;
                }
                Thread.onSpinWait();
            }
            asEditor("{ webhooks { id lastError deliveries(first: 3) { edges { node { succeeded statusCode error } } } } }")
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.edges.node.succeeded",
                            org.hamcrest.Matchers.contains(true, true, false))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.deliveries.edges[2].node.error",
                            equalTo("the receiver answered HTTP 500"))
                    .body("data.webhooks.find { it.id == '" + webhook + "' }.lastError", nullValue());
        }
    }

    @Test
    void aWebhookThatKeepsFailingIsDisabled() throws Exception {
        try (Receiver receiver = new Receiver(() -> 503)) {
            create(receiver.url(), null);
            createOrganization("Never Delivered Corp");
            for (int attempt = 1; attempt <= 3; attempt++) {
                receiver.next();
            }
            // the third failure disables it; its record is written in the same transaction as the attempt's
            JsonPath state = null;
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline;) {
                state = asEditor("{ webhooks { id enabled consecutiveFailures lastError } }").extract().jsonPath()
                        .setRootPath("data.webhooks.find { it.id == '" + webhook + "' }");
                if (!state.getBoolean("enabled")) {
                    break;
                }
                Thread.onSpinWait();
            }
            assertEquals(false, state.getBoolean("enabled"));
            assertEquals(3, state.getInt("consecutiveFailures"));
            assertEquals("the receiver answered HTTP 503", state.getString("lastError"));
        }
    }
}
