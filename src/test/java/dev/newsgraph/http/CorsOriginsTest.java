package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A service of its own with NEWSGRAPH_CORS_ORIGINS narrowed to one app: that app's preflights pass, any
 * other origin is refused with 403, over HTTP and on the WebSocket upgrade alike; the service's own
 * origin (GraphiQL) still works.
 */
@QuarkusTest
@TestProfile(CorsOriginsTest.Profile.class)
class CorsOriginsTest {

    private static final String APP = "https://app.example.test";
    private static final String FOREIGN = "https://evil.example.test";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An upgraded socket keeps graceful shutdown waiting for its whole timeout, even once closed.
            return Map.of("newsgraph.data-dir", "./target/test-data-cors",
                    "newsgraph.cors.origins", "http://localhost:5173," + APP,
                    "quarkus.shutdown.timeout", "1S");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then();
    }

    @Test
    void aListedOriginPassesThePreflight() {
        preflight(APP).statusCode(200).header("Access-Control-Allow-Origin", equalTo(APP));
    }

    @Test
    void anotherOriginIsRefusedAtThePreflight() {
        preflight(FOREIGN).statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anotherOriginsRequestIsRefusedBeforeItRuns() {
        given().header("Origin", FOREIGN)
                .header("Authorization", "Bearer test-editor-key")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createOrganization(input: {name: \"Cors Intruder\", kind: COMPANY}) { id } }"))
                .when().post("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ organizationByName(name: \"Cors Intruder\") { id } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWebSocketUpgradeFromAnotherOriginIs403() {
        CompletionException refused = assertThrows(CompletionException.class, () -> openSocket(FOREIGN));
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
    }

    @Test
    void aWebSocketUpgradeFromAListedOriginOrTheServiceItselfIsAccepted() {
        close(openSocket(APP));
        close(openSocket("http://" + graphql.getAuthority()));
    }

    /** Opens a graphql-transport-ws socket on /graphql with the given Origin; fails if the handshake does. */
    private WebSocket openSocket(String origin) {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", origin)
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, new WebSocket.Listener() {
                })
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    private static void close(WebSocket socket) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(30, TimeUnit.SECONDS).join();
    }
}
