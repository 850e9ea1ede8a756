package dev.newsgraph.cost;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every operation is counted before it runs: what an honest frontend asks for passes, a fan-out through
 * the graph's loops or a bomb of aliased pages is refused with `limit = "nodes"` before any SQL runs.
 */
@QuarkusTest
class NodeLimitTest {

    static final String FAN_OUT = "{ events(first: 100) { edges { node { articles { edges { node { events { articles { edges { node {"
            + " events { articles { edges { node { title body } } } } } } } } } } } } } } }";

    @Inject
    SessionFactory sessionFactory;

    @TestHTTPResource("/graphql")
    java.net.URI endpoint;

    static String aliasBomb() {
        StringBuilder bomb = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            bomb.append(" a").append(i).append(": articles(first: 100) { edges { node { title body organizations { name } } } }");
        }
        return bomb.append(" }").toString();
    }

    private long statementsOf(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private static ValidatableResponse refusedForNodes(ValidatableResponse response, String count) {
        return response.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("nodes"))
                .body("errors[0].extensions.max", equalTo(50000))
                .body("errors[0].message", containsString(count));
    }

    @Test
    void aFanOutThroughTheGraphsLoopsIsRefusedBeforeAnySql() {
        // 100 events × 20 articles × 20 events × 20 articles × 20 events × 20 articles, and the levels between
        long statements = statementsOf(() -> refusedForNodes(query(FAN_OUT), "up to 336842100 nodes"));
        assertEquals(0, statements, "statements run for a refused operation");
    }

    @Test
    void anAliasBombIsRefusedBeforeAnySql() {
        long statements = statementsOf(() -> refusedForNodes(query(aliasBomb()), "up to 306000 nodes"));
        assertEquals(0, statements, "statements run for a refused operation");
    }

    @Test
    void aFullPageOfArticlesWithTheirOrganizationsAndEventsPasses() {
        long statements = statementsOf(() -> query("""
                { articles(first: 100) { totalCount pageInfo { hasNextPage endCursor }
                  edges { cursor node { id title publishedAt organizations { id name } events { id title kind } } } } }""")
                .body("errors", nullValue())
                .body("data.articles.edges", not(org.hamcrest.Matchers.empty())));
        org.junit.jupiter.api.Assertions.assertTrue(statements > 0, "the page was executed");
    }

    @Test
    void variablesAreCountedWithTheirValues() {
        String query = "query($n: Int) { organizations(first: $n) { edges { node { name articles(first: $n) { edges { node { title"
                + " organizations { name articles(first: $n) { edges { node { title } } } } } } } } } } }";
        // 3 × (1 + 3 × (1 + 50 × (1 + 3)))
        query(query, java.util.Map.of("n", 3)).body("errors", nullValue());
        // 100 × (1 + 100 × (1 + 50 × (1 + 100)))
        refusedForNodes(query(query, java.util.Map.of("n", 100)), "up to 50510100 nodes");
    }

    @Test
    void badFaithIntrospectionIsRefusedAndTheStandardOnePasses() {
        query("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("introspection"))
                .body("errors[0].extensions.max", equalTo(1))
                .body("errors[0].message", containsString("__Type.fields"));
        query("{ a: __schema { queryType { name } } b: __schema { queryType { name } } }")
                .body("errors[0].extensions.limit", equalTo("introspection"));
        query("{ __schema { queryType { name } types { name fields { name type { name ofType { name } } } } } }")
                .body("errors", nullValue())
                .body("data.__schema.types.name", hasItem("Article"));
        query("{ __type(name: \"Article\") { fields { name } } }").body("errors", nullValue())
                .body("data.__type.fields", notNullValue());
    }

    @Test
    void subscriptionsAreCountedTooAndPublicOnesAreServed() throws Exception {
        try (GraphQLSocket socket = new GraphQLSocket(endpoint, null)) {
            assertEquals("connection_ack", socket.init(null).getString("type"));
            // 1 article × (1 + 50 organizations × (1 + 100 articles × (1 + 50 organizations)))
            socket.subscribe("1", "subscription { articleImported { organizations { articles(first: 100) { edges { node {"
                    + " organizations { name } } } } } } }");
            JsonPath refused = socket.next();
            assertEquals("error", refused.getString("type"), refused.prettify());
            assertEquals("nodes", refused.getString("payload[0].extensions.limit"), refused.prettify());
            assertTrue(refused.getString("payload[0].message").contains("up to 255051 nodes"), refused.prettify());

            socket.subscribe("2", "subscription { articleImported { title organizations { name } } }");
            dev.newsgraph.GraphQLClient.asEditor("mutation($m: String!) { importArticle(markdown: $m) { created } }",
                    java.util.Map.of("m", "# Counted subscriptions work\n\nPublished :`2024-03-02 10:00:00`\n\n---\n\nA body.\n\n---\n"))
                    .body("errors", nullValue());
            JsonPath event = socket.next();
            assertEquals("next", event.getString("type"), event.prettify());
            assertEquals("2", event.getString("id"));
            assertEquals("Counted subscriptions work", event.getString("payload.data.articleImported.title"));
        }
    }
}
