package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Refusals are paid for: a request refused by a limit, or one that does not parse or validate, spends
 * from its client's budget, and a client whose budget is spent is answered 429 before its body is read.
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
        assertEquals("close", refused.header("Connection"));
        // a GET query is turned away the same way
        assertRateRefusal(as("alice@example.org").queryParam("query", "{ __typename }").get("/graphql").then().extract());

        // another client is served
        as("bob@example.org").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.__typename", notNullValue());
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
