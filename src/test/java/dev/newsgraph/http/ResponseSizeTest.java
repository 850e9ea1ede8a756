package dev.newsgraph.http;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With NEWSGRAPH_LIMITS_RESPONSE_SIZE=600 (bytes), a bigger answer is the limit's error alone. */
@QuarkusTest
@TestProfile(ResponseSizeTest.Profile.class)
class ResponseSizeTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.data-dir", "./target/test-data-size", "newsgraph.limits.response-size", "600");
        }
    }

    @Test
    void anAnswerOverTheLimitIsRefusedWithItsCode() {
        query("{ articles(first: 20) { edges { node { title body } } } }").log().ifValidationFails()
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("responseSize"))
                .body("errors[0].extensions.max", equalTo(600))
                .body("data", nullValue());
    }

    @Test
    void aSmallAnswerStillPasses() {
        query("{ stats { totals { articles } } }").body("errors", nullValue());
    }
}
