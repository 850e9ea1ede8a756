package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * A client flooding the endpoint with operations the node limit refuses, against a budget of 6,000 nodes
 * that refills a hundred a second: each refusal (5,000 nodes, a tenth of the node limit) is charged even
 * into debt, so after the second the door stays shut for some 40 s, instead of opening again as soon as
 * the first node has refilled (10 ms later).
 */
@QuarkusTest
@TestProfile(RateGateFloodTest.HundredNodesASecond.class)
class RateGateFloodTest {

    public static class HundredNodesASecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.rate-limit", "6000");
        }
    }

    private static final String ISSUER = "https://newsgraph.test/issuer";
    private static final String BOMB = "{ articles(first: 100) { edges { node { organizations { articles(first: 100) {"
            + " edges { node { organizations { name } } } } } } } } }";
    private static final String TOKEN = Jwt.issuer(ISSUER).upn("flood@example.org").groups(Set.of("reader")).sign();

    private static ExtractableResponse<Response> send(String query) {
        return given().contentType("application/json").header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", query)).post("/graphql").then().extract();
    }

    @Test
    void refusalsRunIntoDebtAndTheDoorStaysShut() {
        int refusedByNodes = 0;
        ExtractableResponse<Response> answer = send(BOMB);
        while (answer.statusCode() != 429 && refusedByNodes < 10) {
            assertEquals("nodes", answer.path("errors[0].extensions.limit"));
            refusedByNodes++;
            answer = send(BOMB);
        }
        // 6,000 → 1,000 → -4,000: the third is turned away
        assertEquals(2, refusedByNodes);
        ExtractableResponse<Response> after = send("{ __typename }");
        assertEquals(429, after.statusCode());
        int retryAfter = after.path("errors[0].extensions.retryAfter");
        assertThat("4,000 nodes of debt refill in 40 s", retryAfter, greaterThanOrEqualTo(2));
    }
}
