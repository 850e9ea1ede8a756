package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * The door's tarpit: a client that sends again after its 429, before its Retry-After has passed, gets its
 * next 429 only after the delay, while other clients are served at once; the answers held are bounded per
 * client and in total, and past a bound the 429 goes out at once on a connection that is then closed.
 * One node a minute (so a client's first request spends its budget and every wait is about a minute),
 * a delay of 5 s, one held answer per client, two in all.
 */
@QuarkusTest
@TestProfile(RateGateTarpitTest.Tarpit.class)
class RateGateTarpitTest {

    public static class Tarpit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.rate-limit", "1", "newsgraph.tarpit.delay", "5S",
                    "newsgraph.tarpit.max-held-per-client", "1", "newsgraph.tarpit.max-held", "2");
        }
    }

    /** Long enough that an answer sent at once arrives well before it on a loaded machine. */
    private static final long DELAY_MS = 5_000;
    private static final String ISSUER = "https://newsgraph.test/issuer";
    private static final byte[] TYPENAME = "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
    private static final Pattern RETRY_AFTER = Pattern.compile("\"retryAfter\":(\\d+)");

    @TestHTTPResource("/graphql")
    URL graphql;

    private static Map<String, String> bearer(String user) {
        return Map.of("Authorization", "Bearer " + Jwt.issuer(ISSUER).upn(user).groups(Set.of("reader")).sign());
    }

    /** Spends the user's one node, then takes the 429 every client gets at once; returns its Retry-After. */
    private int spendAndBeTold(RawConnection connection, Map<String, String> user) throws Exception {
        connection.post("/graphql", user, TYPENAME.length, TYPENAME);
        assertEquals(200, connection.read().status());
        long sent = System.nanoTime();
        connection.post("/graphql", user, TYPENAME.length, TYPENAME);
        RawConnection.Reply told = connection.read();
        assertEquals(429, told.status());
        assertThat("the first 429 is not held", millisSince(sent), lessThan(DELAY_MS));
        return assertRefusal(told, false);
    }

    /** A 429 of the rate limit whose Retry-After is the body's retryAfter; returns it. */
    private static int assertRefusal(RawConnection.Reply reply, boolean closing) {
        assertEquals(429, reply.status());
        assertThat(reply.body(), containsString("\"code\":\"LIMIT_EXCEEDED\""));
        assertThat(reply.body(), containsString("\"limit\":\"rate\""));
        Matcher retryAfter = RETRY_AFTER.matcher(reply.body());
        assertTrue(retryAfter.find(), reply.body());
        assertEquals(retryAfter.group(1), reply.headers().get("retry-after"));
        assertThat(Integer.parseInt(retryAfter.group(1)), greaterThan(0));
        if (closing) {
            assertEquals("close", reply.headers().get("connection"));
        } else {
            assertNull(reply.headers().get("connection"), "no Connection: close");
        }
        return Integer.parseInt(retryAfter.group(1));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @Test
    void aClientThatKeepsSendingWaitsForItsNextRefusalWhileAnotherIsServedAtOnce() throws Exception {
        Map<String, String> kim = bearer("kim@example.org");
        Map<String, String> lou = bearer("lou@example.org");
        // a third client's request first, so the timed one below does not pay the HTTP client's first use
        given().contentType("application/json").headers(bearer("warm-up@example.org"))
                .body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200);
        try (RawConnection connection = new RawConnection(graphql)) {
            int told = spendAndBeTold(connection, kim);

            long sent = System.nanoTime();
            connection.post("/graphql", kim, TYPENAME.length, TYPENAME); // before its Retry-After: held

            // meanwhile another client is served without delay
            long other = System.nanoTime();
            given().contentType("application/json").headers(lou)
                    .body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200);
            assertThat("another client is not held", millisSince(other), lessThan(DELAY_MS));

            RawConnection.Reply held = connection.read();
            assertThat("the repeated 429 is held for the delay", millisSince(sent), greaterThanOrEqualTo(DELAY_MS));
            int retryAfter = assertRefusal(held, false);
            assertThat("the wait counts from when the answer is sent", retryAfter, lessThan(told + 1));

            // the connection stays open and carries the next request (held again)
            sent = System.nanoTime();
            connection.post("/graphql", kim, TYPENAME.length, TYPENAME);
            assertRefusal(connection.read(), false);
            assertThat(millisSince(sent), greaterThanOrEqualTo(DELAY_MS));
        }
    }

    @Test
    void aClientHoldsAtMostItsShareOfHeldAnswers() throws Exception {
        Map<String, String> max = bearer("max@example.org");
        try (RawConnection first = new RawConnection(graphql); RawConnection second = new RawConnection(graphql)) {
            spendAndBeTold(first, max);
            long sentFirst = System.nanoTime();
            first.post("/graphql", max, TYPENAME.length, TYPENAME); // held: max's one
            Thread.sleep(1_000);
            long sentSecond = System.nanoTime();
            second.post("/graphql", max, TYPENAME.length, TYPENAME); // over max's share
            assertRefusal(second.read(), true);
            assertThat("past the bound the 429 is sent at once", millisSince(sentSecond), lessThan(DELAY_MS));
            assertTrue(second.closedByService(), "and the connection closed");

            assertRefusal(first.read(), false);
            assertThat(millisSince(sentFirst), greaterThanOrEqualTo(DELAY_MS));
        }
    }

    @Test
    void theInstanceHoldsAtMostItsBoundOfHeldAnswers() throws Exception {
        Map<String, String> ned = bearer("ned@example.org");
        Map<String, String> oli = bearer("oli@example.org");
        Map<String, String> pam = bearer("pam@example.org");
        try (RawConnection a = new RawConnection(graphql); RawConnection b = new RawConnection(graphql);
                RawConnection c = new RawConnection(graphql)) {
            spendAndBeTold(a, ned);
            spendAndBeTold(b, oli);
            spendAndBeTold(c, pam);
            long sent = System.nanoTime();
            a.post("/graphql", ned, TYPENAME.length, TYPENAME);
            b.post("/graphql", oli, TYPENAME.length, TYPENAME);
            Thread.sleep(1_000); // two held: the instance's bound
            long sentThird = System.nanoTime();
            c.post("/graphql", pam, TYPENAME.length, TYPENAME);
            assertRefusal(c.read(), true);
            assertThat("past the bound the 429 is sent at once", millisSince(sentThird), lessThan(DELAY_MS));
            assertTrue(c.closedByService(), "and the connection closed");

            assertRefusal(a.read(), false);
            assertRefusal(b.read(), false);
            assertThat(millisSince(sent), greaterThanOrEqualTo(DELAY_MS));
        }
    }
}
