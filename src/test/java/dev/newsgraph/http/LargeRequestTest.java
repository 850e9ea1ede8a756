package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Large requests: a query whose body is over NEWSGRAPH_LIMITS_QUERY_BODY_SIZE (256 KiB here) is refused
 * with LIMIT_EXCEEDED {@code bodySize} before anything runs, a mutation as large is not; and a request over
 * 64 KiB that is let through is executed each time, never looked up in nor kept by the response cache.
 */
@QuarkusTest
@TestProfile(LargeRequestTest.QueriesUpTo256K.class)
class LargeRequestTest {

    public static class QueriesUpTo256K implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.limits.query-body-size", "256K");
        }
    }

    private static final int LIMIT = 256 * 1024;
    private static final String BY_NAME = "query($n: String!) { organizationByName(name: $n) { id name } }";

    private static Response anonymous(String query, Map<String, Object> variables) {
        return given().contentType("application/json").body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().extract().response();
    }

    @Test
    void aQueryOverItsLimitIsRefusedBeforeItRuns() {
        Response refused = anonymous(BY_NAME, Map.of("n", "x", "pad", "x".repeat(LIMIT)));
        assertEquals(413, refused.statusCode());
        refused.then().body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("bodySize"))
                .body("errors[0].extensions.max", equalTo(LIMIT))
                .body("errors[0].message", containsString("query"));
        // just under it, the same query runs
        anonymous(BY_NAME, Map.of("n", "x", "pad", "x".repeat(LIMIT - 1000))).then().statusCode(200)
                .body("errors[0].extensions.limit", org.hamcrest.Matchers.not(equalTo("bodySize")));
    }

    @Test
    void aMutationAsLargeIsNotHeldToTheQueryLimit() {
        // refused for what it is (an unknown field), not for its size
        Response answer = anonymous("mutation { noSuchMutation }", Map.of("pad", "x".repeat(LIMIT)));
        answer.then().body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aLargeRequestIsExecutedEachTimeAndNeverKept() {
        String name = "Cache Large Request Partners";
        GraphFixtures.organization(name);
        // an unused variable pads the body over the size decoded on a worker
        Map<String, Object> padded = Map.of("n", name, "pad", "x".repeat(GraphQLEndpoint.DECODE_ON_EVENT_LOOP_MAX));
        Response first = anonymous(BY_NAME, padded);
        Response second = anonymous(BY_NAME, padded);
        assertEquals(200, second.statusCode());
        assertNull(first.header(ResponseCache.HEADER), "not looked up in the cache");
        assertNull(second.header(ResponseCache.HEADER), "nor kept for the next");
        second.then().body("data.organizationByName.name", equalTo(name));
        // the same query, small, is kept as usual
        assertEquals("miss", anonymous(BY_NAME, Map.of("n", name)).header(ResponseCache.HEADER));
        assertEquals("hit", anonymous(BY_NAME, Map.of("n", name)).header(ResponseCache.HEADER));
    }
}
