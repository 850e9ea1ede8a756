package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Two instances of the packaged service on one PostgreSQL: both serve the same data, and a change
 * made through one reaches a subscriber of the other (NOTIFY/LISTEN). Runs only against PostgreSQL.
 */
class MultiInstanceIT {

    private static final String KEY = "multi-instance-key";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void twoInstancesShareDataAndSubscriptions() throws Exception {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL)");
        Path work = Files.createTempDirectory(Path.of("target"), "multi-instance");
        int portA = freePort();
        int portB = freePort();
        start(work, portA, "a");
        start(work, portB, "b");

        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = subscribe(portB, "subscription { eventChanged { id title } }", received);
        assertEquals("connection_ack", JsonPath.from(received.poll(20, TimeUnit.SECONDS)).getString("type"));

        String eventId = post(portA, "mutation { createEvent(input: {title: \"Seen by both instances\", kind: OTHER,"
                + " occurredOn: \"2024-05-05\"}) { id } }").getString("data.createEvent.id");
        assertEquals("Seen by both instances", post(portB, "{ event(id: \"" + eventId + "\") { title } }")
                .getString("data.event.title"), "instance B reads what A wrote");

        String next = null;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); System.nanoTime() < deadline;) {
            String message = received.poll(1, TimeUnit.SECONDS);
            if (message != null && "next".equals(JsonPath.from(message).getString("type"))) {
                next = message;
                break;
            }
        }
        assertTrue(next != null, "the subscriber on instance B heard the change made on instance A");
        assertEquals(eventId, JsonPath.from(next).getString("payload.data.eventChanged.id"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");

        // B keeps anonymous answers in its response cache; a write on A must reach them in well under
        // the cache's 10 s time limit, through the commit signal A sends over NOTIFY.
        String read = "{ event(id: \"" + eventId + "\") { title } }";
        anonymous(portB, read);
        HttpResponse<String> cached = anonymous(portB, read);
        assertEquals("hit", cached.headers().firstValue("X-Newsgraph-Cache").orElse(null), "B answers from its cache");
        post(portA, "mutation { updateEvent(id: \"" + eventId + "\", input: {title: \"Renamed on A\", kind: OTHER,"
                + " occurredOn: \"2024-05-05\"}) { id } }");
        long changed = System.nanoTime();
        String title = null;
        while (System.nanoTime() - changed < TimeUnit.SECONDS.toNanos(3)) {
            title = JsonPath.from(anonymous(portB, read).body()).getString("data.event.title");
            if ("Renamed on A".equals(title)) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals("Renamed on A", title, "B stopped serving its cached answer within 3 s of A's commit");
    }

    private HttpResponse<String> anonymous(int port, String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private WebSocket subscribe(int port, String query, BlockingQueue<String> received) throws Exception {
        WebSocket socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            received.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get();
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + query.replace("\"", "\\\"") + "\"}}", true).get();
        return socket;
    }

    private void start(Path work, int port, String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "NEWSGRAPH_API_KEY", KEY,
                "NEWSGRAPH_DATA_DIR", work.resolve(name).toString()));
        Process process = builder.start();
        started.add(process);
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); System.nanoTime() < deadline && process.isAlive();) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("instance " + name + " did not become ready");
    }

    private JsonPath post(int port, String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonPath json = JsonPath.from(response.body());
        assertEquals(null, (Object) json.get("errors"), response.body());
        return json;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
