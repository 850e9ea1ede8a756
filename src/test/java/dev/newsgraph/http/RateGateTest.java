package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Refusals are paid for: a request refused by a limit, or one that does not parse or validate, spends
 * from its client's budget, and a client whose budget is spent is answered 429 before its body is read, on a
 * connection that stays open for the next request.
 * The budget here is one node a minute, so every step's outcome is decided for the whole test.
 */
@QuarkusTest
@TestProfile(RateGateTest.OneNodeAMinute.class)
class RateGateTest {

    public static class OneNodeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.rate-limit", "1");
        }
    }

    @TestHTTPResource("/graphql")
    URL graphql;

    private static final String ISSUER = "https://newsgraph.test/issuer";
    /** 100 articles × their organizations × 100 articles each: far over the node limit. */
    private static final String BOMB = "{ articles(first: 100) { edges { node { organizations { articles(first: 100) {"
            + " edges { node { organizations { name } } } } } } } } }";

    private static RequestSpecification as(String user) {
        return given().contentType("application/json")
                .header("Authorization", "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of("reader")).sign());
    }

    private static void assertRateRefusal(ExtractableResponse<Response> answer) {
        assertEquals(429, answer.statusCode());
        assertEquals("LIMIT_EXCEEDED", answer.path("errors[0].extensions.code"));
        assertEquals("rate", answer.path("errors[0].extensions.limit"));
        assertEquals(Integer.valueOf(1), answer.path("errors[0].extensions.max"));
        int retryAfter = answer.path("errors[0].extensions.retryAfter");
        assertThat(retryAfter, greaterThan(0));
        assertEquals(String.valueOf(retryAfter), answer.header("Retry-After"));
    }

    @Test
    void aRefusalByTheNodeLimitSpendsAndTheNextRequestIsTurnedAwayUnread() {
        as("alice@example.org").body(Map.of("query", BOMB)).post("/graphql").then()
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("nodes"));
        // Not even JSON: a 400 if it were read, a 429 because it is not.
        ExtractableResponse<Response> refused = as("alice@example.org").body("{ this is not json").post("/graphql")
                .then().extract();
        assertRateRefusal(refused);
        // a GET query is turned away the same way
        assertRateRefusal(as("alice@example.org").queryParam("query", "{ __typename }").get("/graphql").then().extract());

        // another client is served
        as("bob@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.__typename", notNullValue());
    }

    @Test
    void aClientTurnedAwayKeepsItsConnectionAndTheNextRequestOnItIsServed() throws Exception {
        try (RawConnection connection = new RawConnection(graphql)) {
            byte[] served = "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
            connection.post("/graphql", bearer("gina@example.org"), served.length, served);
            RawConnection.Reply first = connection.read();
            assertEquals(200, first.status());
            assertThat(first.body(), containsString("\"__typename\":\"Query\""));

            // gina's node is spent: her next request, 300 kB of it, is answered while most of it is still unsent
            byte[] large = ("{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + "x".repeat(300_000) + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            connection.post("/graphql", bearer("gina@example.org"), large.length, Arrays.copyOf(large, 1_000));
            RawConnection.Reply refused = connection.read();
            assertEquals(429, refused.status());
            assertNull(refused.headers().get("connection"), "no Connection: close");
            int retryAfter = Integer.parseInt(refused.headers().get("retry-after"));
            assertThat(retryAfter, greaterThan(0));
            assertThat(refused.body(), containsString("\"code\":\"LIMIT_EXCEEDED\""));
            assertThat(refused.body(), containsString("\"limit\":\"rate\""));
            assertThat(refused.body(), containsString("\"retryAfter\":" + retryAfter));
            connection.send(Arrays.copyOfRange(large, 1_000, large.length)); // the rest of the refused body

            // the same connection carries the next request, which is read from its own first byte
            byte[] other = "{\"query\": \"{ served: __typename }\"}".getBytes(StandardCharsets.UTF_8);
            connection.post("/graphql", bearer("hank@example.org"), other.length, other);
            RawConnection.Reply next = connection.read();
            assertEquals(200, next.status());
            assertThat(next.body(), containsString("\"served\":\"Query\""));
        }
    }

    @Test
    void aBodyDeclaredOverTheBodyLimitIsNotWaitedForAndTheConnectionIsClosed() throws Exception {
        as("ivan@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200);
        try (RawConnection connection = new RawConnection(graphql)) {
            connection.post("/graphql", bearer("ivan@example.org"), 3_000_000, new byte[0]);
            RawConnection.Reply refused = connection.read();
            assertEquals(429, refused.status());
            assertEquals("close", refused.headers().get("connection"));
            assertThat(refused.body(), containsString("\"limit\":\"rate\""));
            assertTrue(connection.closedByService(), "the service does not read 3 MB it will not use");
        }
    }

    private static Map<String, String> bearer(String user) {
        return Map.of("Authorization", "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of("reader")).sign());
    }

    @Test
    void aDocumentThatDoesNotParseSpends() {
        as("carol@example.org").body(Map.of("query", "{ articles(first: ")).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        assertRateRefusal(as("carol@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then().extract());
    }

    @Test
    void aDocumentThatDoesNotValidateSpends() {
        as("dave@example.org").body(Map.of("query", "{ noSuchField }")).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        assertRateRefusal(as("dave@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then().extract());
    }

    @Test
    void aBodyThatIsNotGraphQLSpends() {
        as("erin@example.org").body("[1, 2").post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        assertRateRefusal(as("erin@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then().extract());
    }

    @Test
    void aClientWhoseBudgetAnOperationSpentIsTurnedAwayAtTheDoor() {
        as("frank@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).body("errors", nullValue());
        // frank's one node is spent: even a body that is not JSON gets the 429, not a 400
        assertRateRefusal(as("frank@example.org").body("not json").post("/graphql").then().extract());
    }
}
