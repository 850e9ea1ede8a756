package dev.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphQLClient;
import dev.newsgraph.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** NEWSGRAPH_READ_ACCESS=authenticated: reads need the API key or a reader or editor JWT, over HTTP and WebSocket. */
@QuarkusTest
@TestProfile(ReadAccessTest.Private.class)
class ReadAccessTest {

    public static class Private implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.read-access", "authenticated");
        }
    }

    private static final String ISSUER = "https://newsgraph.test/issuer";
    private static final String QUERY = "{ articles(first: 1) { totalCount } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static String jwt(String name, String... groups) {
        return "Bearer " + Jwt.issuer(ISSUER).upn(name).groups(Set.of(groups)).sign();
    }

    private static ValidatableResponse post(String authorization) {
        var request = given().contentType("application/json");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.body(Map.of("query", QUERY)).post("/graphql").then();
    }

    private static void assertRefused(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aQueryWithoutCredentialsIsUnauthorizedEachTime() {
        assertRefused(post(null));
        assertRefused(post(null)); // and no cache answers it the second time
        assertRefused(given().queryParam("query", QUERY).get("/graphql").then());
    }

    @Test
    void aWrongKeyOrAJwtWithoutAReadingRoleIsUnauthorized() {
        assertRefused(post("Bearer wrong-key"));
        assertRefused(post(jwt("auditor@example.org", "auditor")));
    }

    @Test
    void theKeyAndReaderOrEditorJwtsRead() {
        post("Bearer " + GraphQLClient.EDITOR_KEY).statusCode(200).body("data.articles.totalCount", greaterThan(0));
        post(jwt("reader@example.org", "reader")).statusCode(200).body("data.articles.totalCount", greaterThan(0));
        post(jwt("editor@example.org", "editor")).statusCode(200).body("data.articles.totalCount", greaterThan(0));
    }

    @Test
    void graphiqlStillLoads() {
        given().get("/q/graphql-ui/index.html").then().statusCode(200).body(containsString("graphiql"));
    }

    @Test
    void aSubscriptionWithoutCredentialsIsUnauthorized() throws Exception {
        try (GraphQLSocket socket = new GraphQLSocket(endpoint, null)) {
            assertEquals("connection_ack", socket.init(null).getString("type"));
            socket.subscribe("1", "subscription { articleImported { title } }");
            JsonPath answer = socket.next();
            assertEquals("error", answer.getString("type"), answer.prettify());
            assertEquals("UNAUTHORIZED", answer.getString("payload[0].extensions.code"), answer.prettify());
        }
    }

    @Test
    void aSubscriptionAuthenticatedInConnectionInitOrTheUpgradeReceivesEvents() throws Exception {
        try (GraphQLSocket fromPayload = new GraphQLSocket(endpoint, null);
                GraphQLSocket fromHeader = new GraphQLSocket(endpoint, jwt("reader@example.org", "reader"))) {
            assertEquals("connection_ack", fromPayload.init(jwt("reader@example.org", "reader")).getString("type"));
            assertEquals("connection_ack", fromHeader.init(null).getString("type"));
            fromPayload.subscribe("1", "subscription { articleImported { title } }");
            fromHeader.subscribe("2", "subscription { articleImported { title } }");
            GraphQLClient.asEditor("mutation($m: String!) { importArticle(markdown: $m) { created } }", Map.of("m",
                    "# Private reading works\n\nPublished :`2024-03-01 10:00:00`\n\n---\n\nA body.\n\n---\n"))
                    .body("errors", nullValue());
            for (GraphQLSocket socket : new GraphQLSocket[] { fromPayload, fromHeader }) {
                JsonPath event = socket.next();
                assertEquals("next", event.getString("type"), event.prettify());
                assertEquals("Private reading works", event.getString("payload.data.articleImported.title"));
            }
        }
    }
}
