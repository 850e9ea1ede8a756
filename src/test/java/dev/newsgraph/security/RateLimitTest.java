package dev.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Each client spends its node counts from its own budget; one that spent it waits, the others do not. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.rate-limit", "3000");
        }
    }

    private static final String ISSUER = "https://newsgraph.test/issuer";
    /** 100 × (1 + 50) = 5,100 nodes: more than the whole budget, so it spends all of it. */
    private static final String DEAR = "{ articles(first: 100) { edges { node { title organizations { name } } } } }";

    @Inject
    SessionFactory sessionFactory;

    private static ValidatableResponse as(String user, String query) {
        return given().contentType("application/json")
                .header("Authorization", "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of("reader")).sign())
                .body(Map.of("query", query)).post("/graphql").then();
    }

    @Test
    void aClientThatSpentItsBudgetIsRefusedAndAnotherIsStillServed() {
        as("alice@example.org", DEAR).statusCode(200).body("errors", nullValue()).body("data.articles.edges", notNullValue());

        sessionFactory.getStatistics().clear();
        var refused = as("alice@example.org", DEAR)
                .statusCode(429)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("rate"))
                .body("errors[0].extensions.max", equalTo(3000))
                .body("errors[0].extensions.retryAfter", greaterThan(0));
        assertEquals(refused.extract().path("errors[0].extensions.retryAfter").toString(), refused.extract().header("Retry-After"));
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "a refused operation runs no SQL");

        as("bob@example.org", DEAR).statusCode(200).body("errors", nullValue()).body("data.articles.edges", notNullValue());
        // the API key is a client of its own, and so is the address of anonymous callers
        given().contentType("application/json").header("Authorization", "Bearer test-editor-key")
                .body(Map.of("query", DEAR)).post("/graphql").then().statusCode(200).body("errors", nullValue());
        given().contentType("application/json").body(Map.of("query", "{ articles(first: 3) { totalCount } }"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
    }
}
