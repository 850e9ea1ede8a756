package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.asEditor;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphQLSubscriber;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A client that stops reading while its subscriptions' messages pile up is closed with 1013 once more
 * than {@code newsgraph.subscriptions.max-queued} bytes wait for it; a subscriber that reads gets everything.
 */
@QuarkusTest
@TestProfile(SlowSubscriberTest.Profile.class)
class SlowSubscriberTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.data-dir", "./target/test-data-slow-subscriber", "newsgraph.subscriptions.max-queued", "64K");
        }
    }

    private static final String DOCUMENT = "subscription { articleImported { title body } }";
    private static final int SUBSCRIPTIONS = 20;
    private static final int IMPORTS = 12;

    @TestHTTPResource("/graphql")
    URI endpoint;

    /** A graphql-transport-ws client that reads only when told to. */
    private static final class Stalled implements WebSocket.Listener {
        final LinkedBlockingQueue<JsonPath> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        final AtomicInteger nexts = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        volatile boolean reading = true;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonPath message = JsonPath.from(partial.toString());
                partial.setLength(0);
                if ("next".equals(message.getString("type"))) {
                    nexts.incrementAndGet();
                } else if (!"ping".equals(message.getString("type"))) {
                    messages.add(message);
                }
            }
            if (reading) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }
    }

    private static void importArticle(int i) {
        String body = ("Paragraph " + i + " of a long report that a slow client will not read in time. ").repeat(600);
        String markdown = "# Slow reader " + i + "\n\nPublished :`2024-05-06 07:08:09`\n\n---\n\n" + body + "\n\n---\n";
        asEditor("mutation($m: String!) { importArticle(markdown: $m) { created } }", Map.of("m", markdown))
                .body("errors", nullValue());
    }

    @Test
    void aClientThatStopsReadingIsClosedWith1013AndTheOthersGetEverything() throws Exception {
        Stalled stalled = new Stalled();
        WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), stalled).get(30, TimeUnit.SECONDS);
        slow.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get(30, TimeUnit.SECONDS);
        assertEquals("connection_ack", stalled.messages.poll(60, TimeUnit.SECONDS).getString("type"));
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            slow.sendText("{\"id\":\"s" + i + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + DOCUMENT + "\"}}", true)
                    .get(30, TimeUnit.SECONDS);
        }
        try (GraphQLSubscriber reader = GraphQLSubscriber.subscribe(endpoint, DOCUMENT)) {
            importArticle(-1); // both are subscribed once the reader has it
            assertEquals("Slow reader -1", reader.nextPayloads(1).get(0).getString("data.articleImported.title"));
            stalled.reading = false; // from its next message on, the slow client reads nothing more

            for (int i = 0; i < IMPORTS; i++) {
                importArticle(i);
            }
            for (int i = 0; i < IMPORTS; i++) {
                assertEquals("Slow reader " + i, reader.nextPayloads(1).get(0).getString("data.articleImported.title"),
                        "the reading subscriber gets every article, in order");
            }

            stalled.reading = true;
            slow.request(Long.MAX_VALUE);
            assertEquals(1013, stalled.closeCode.get(60, TimeUnit.SECONDS), "the slow client is closed with 1013");
            int expected = SUBSCRIPTIONS * (IMPORTS + 1);
            assertTrue(stalled.nexts.get() < expected,
                    "what waited past the bound was not sent: " + stalled.nexts.get() + " of " + expected);
        }
    }
}
