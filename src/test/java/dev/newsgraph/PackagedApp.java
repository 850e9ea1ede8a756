package dev.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/**
 * Test-only: the packaged service ({@code target/quarkus-app}) as a child process, for failsafe ITs
 * that restart it or run two of it. It inherits this JVM's environment (so the PostgreSQL build's
 * {@code QUARKUS_DATASOURCE_*} reach it) plus what the test adds.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final String key;

    private PackagedApp(Process process, int port, String key) {
        this.process = process;
        this.port = port;
        this.key = key;
    }

    /** Starts the jar on {@code port} with the editor key and {@code env}, logging to {@code log}; returns once it is ready. */
    public static PackagedApp start(Path log, int port, String key, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "NEWSGRAPH_API_KEY", key));
        PackagedApp app = new PackagedApp(builder.start(), port, key);
        app.awaitReady();
        return app;
    }

    private void awaitReady() throws Exception {
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); System.nanoTime() < deadline && process.isAlive();) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready on port " + port);
    }

    /** Runs {@code query} as the editor and returns the answer, failing on any GraphQL error. */
    public JsonPath post(String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonPath json = JsonPath.from(response.body());
        assertNull(json.get("errors"), response.body());
        return json;
    }

    /** Stops it with SIGTERM (a graceful shutdown) and waits until it has. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
