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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The packaged service, started twice on the same NEWSGRAPH_DATA_DIR: what was written before the
 * restart is there after it, the demo world is not loaded a second time, and the import folder's
 * article is imported once.
 */
class RestartPersistenceIT {

    private static final String KEY = "restart-test-key";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private Path importDir;

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-data");
        importDir = Files.createDirectories(dataDir.resolve("inbox"));
        Files.writeString(importDir.resolve("folder-article.md"),
                "# Folder import survives restarts\n\nPublished :`2024-08-03 10:00:00`\n\n---\n\nSymantec and CNN.\n\n---\n");
        int port = freePort();

        Process first = start(dataDir, port);
        JsonPath created = post(port, "mutation { createOrganization(input: {name: \"Restart Survivor GmbH\", kind: COMPANY}) { id } }");
        String id = created.getString("data.createOrganization.id");
        int organizationsBefore = post(port, "{ organizations { totalCount } }").getInt("data.organizations.totalCount");
        first.destroy();
        assertTrue(first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "service stops on SIGTERM");

        start(dataDir, port);
        JsonPath after = post(port, "{ organizationByName(name: \"restart survivor gmbh\") { id name } organizations { totalCount }"
                + " articles(filter: {text: \"Folder import survives\"}) { totalCount } }");
        assertEquals(id, after.getString("data.organizationByName.id"));
        assertEquals(organizationsBefore, after.getInt("data.organizations.totalCount"), "demo world loaded only once");
        assertEquals(1, after.getInt("data.articles.totalCount"), "the folder's article imported once");
        String log = Files.readString(dataDir.resolve("service.log"));
        assertTrue(log.contains("1 imported, 0 already present, 0 refused"), "first start imports the file");
        assertTrue(log.contains("0 imported, 1 already present, 0 refused"), "the restart finds it present");
    }

    private Process start(Path dataDir, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()));
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "NEWSGRAPH_DATA_DIR", dataDir.toString(),
                "NEWSGRAPH_API_KEY", KEY, "NEWSGRAPH_IMPORT_DIR", importDir.toString()));
        Process process = builder.start();
        started.add(process);
        awaitReady(port, process);
        return process;
    }

    private void awaitReady(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.onSpinWait();
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("service did not become ready on port " + port);
    }

    private JsonPath post(int port, String query) throws Exception {
        String body = "{\"query\":" + quote(query) + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonPath json = JsonPath.from(response.body());
        assertNull(json.get("errors"), response.body());
        return json;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
