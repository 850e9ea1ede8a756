package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A body over the body limit (2 MiB) is refused with 413 and the coded error the contract names
 * (LIMIT_EXCEEDED, limit "bodySize", max the limit in bytes), sent or only declared, and the connection
 * is closed rather than read on.
 */
@QuarkusTest
class BodyLimitTest {

    private static final long LIMIT = 2L * 1024 * 1024;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void aBodyOverTheLimitGetsTheCodedError() {
        byte[] body = ("{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + "x".repeat((int) LIMIT) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").body(body).post("/graphql").then()
                .statusCode(413)
                .contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("bodySize"))
                .body("errors[0].extensions.max", equalTo((int) LIMIT))
                .body("errors[0].message", containsString(String.valueOf(LIMIT)));
        // the service still answers
        given().contentType("application/json").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsSentAndTheConnectionClosed() throws Exception {
        try (RawConnection connection = new RawConnection(graphql)) {
            connection.post("/graphql", Map.of(), LIMIT + 1, new byte[0]);
            RawConnection.Reply refused = connection.read();
            assertEquals(413, refused.status());
            assertThat(refused.body(), containsString("\"code\":\"LIMIT_EXCEEDED\""));
            assertThat(refused.body(), containsString("\"limit\":\"bodySize\""));
            assertThat(refused.body(), containsString("\"max\":" + LIMIT));
            assertEquals("close", refused.headers().get("connection"));
            assertTrue(connection.closedByService(), "the service does not wait for a body it will not read");
        }
    }
}
