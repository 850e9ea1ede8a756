package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.asEditor;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphQLSubscriber;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Subscribers asking the same thing share one execution per change; the others get their own answers. */
@QuarkusTest
class SharedSubscriptionTest {

    private static final Pattern EXECUTIONS = Pattern.compile("(?m)^newsgraph_subscription_executions_total(?:\\{[^}]*\\})? (\\S+)$");
    private static final String BY_SOURCE = "subscription($f: ArticleFilter) { articleImported(filter: $f) { title source } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static final Pattern PREPARED = Pattern.compile("(?m)^newsgraph_subscription_prepared_total(?:\\{[^}]*\\})? (\\S+)$");

    private static double executions() {
        return metric(EXECUTIONS);
    }

    private static double metric(Pattern pattern) {
        Matcher found = pattern.matcher(get("/q/metrics").then().statusCode(200).extract().asString());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    private static void importArticle(String title, String source) {
        String markdown = "# " + title + "\n\nPublished :`2024-05-06 07:08:09`\n\n---\n\nNothing of note happened.\n\n---\n";
        asEditor("mutation($m: String!, $s: String) { importArticle(markdown: $m, source: $s) { created } }",
                Map.of("m", markdown, "s", source)).body("errors", nullValue());
    }

    @Test
    void threeSubscribersOfOneDocumentShareOneExecutionAndADifferentSelectionGetsItsOwn() throws Exception {
        String same = "subscription { articleImported { title } }";
        try (GraphQLSubscriber first = GraphQLSubscriber.subscribe(endpoint, same);
                GraphQLSubscriber second = GraphQLSubscriber.subscribe(endpoint, same);
                GraphQLSubscriber third = GraphQLSubscriber.subscribe(endpoint, same);
                GraphQLSubscriber other = GraphQLSubscriber.subscribe(endpoint,
                        "subscription { articleImported { title wordCount } }")) {
            double before = executions();
            double preparedBefore = metric(PREPARED);
            importArticle("Shared fan-out: one execution", "Shared Desk");

            for (GraphQLSubscriber subscriber : List.of(first, second, third)) {
                JsonPath payload = subscriber.nextPayloads(1).get(0);
                assertEquals(Map.of("title", "Shared fan-out: one execution"), payload.getMap("data.articleImported"));
                assertNull(payload.get("errors"));
            }
            JsonPath own = other.nextPayloads(1).get(0);
            assertEquals("Shared fan-out: one execution", own.getString("data.articleImported.title"));
            assertEquals(4, own.getInt("data.articleImported.wordCount"));
            assertEquals(2, executions() - before, "one execution for the three alike, one for the other selection");
            assertEquals(4, metric(PREPARED) - preparedBefore, "each socket was written its group's prepared text");
        }
    }

    @Test
    void subscribersWithDifferentVariablesGetTheirOwnAnswers() throws Exception {
        try (GraphQLSubscriber wire = GraphQLSubscriber.subscribe(endpoint, BY_SOURCE, "{\"f\":{\"sources\":[\"Variable Wire\"]}}");
                GraphQLSubscriber desk = GraphQLSubscriber.subscribe(endpoint, BY_SOURCE, "{\"f\":{\"sources\":[\"Variable Desk\"]}}");
                GraphQLSubscriber wireToo = GraphQLSubscriber.subscribe(endpoint, BY_SOURCE, "{\"f\":{\"sources\":[\"Variable Wire\"]}}")) {
            importArticle("Variables: from the desk", "Variable Desk");
            importArticle("Variables: from the wire", "Variable Wire");

            assertEquals("Variables: from the desk", desk.nextPayloads(1).get(0).getString("data.articleImported.title"));
            for (GraphQLSubscriber subscriber : List.of(wire, wireToo)) {
                JsonPath payload = subscriber.nextPayloads(1).get(0);
                assertEquals("Variables: from the wire", payload.getString("data.articleImported.title"));
                assertEquals("Variable Wire", payload.getString("data.articleImported.source"));
            }
            assertEquals(List.of(), desk.arrived(), "the desk's subscriber was sent only the desk's article");
        }
    }
}
