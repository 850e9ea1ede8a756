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

/** With a timeout no query can meet, every query ends with the timeout's error, and nothing else. */
@QuarkusTest
@TestProfile(TimeoutTest.Profile.class)
class TimeoutTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.data-dir", "./target/test-data-timeout", "newsgraph.limits.timeout", "PT0.000001S");
        }
    }

    @Test
    void aQueryPastItsDeadlineEndsWithLimitExceededTimeout() {
        query("{ articles(first: 5) { edges { node { title organizations { name } } } } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("timeout"))
                .body("data", nullValue());
    }
}
