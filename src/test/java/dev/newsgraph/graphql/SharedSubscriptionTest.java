package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.asEditor;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
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

    private static final Pattern SENT = Pattern.compile("(?m)^newsgraph_subscription_sent_seconds_count(?:\\{[^}]*\\})? (\\S+)$");
    private static final Pattern PREPARED = Pattern.compile("(?m)^newsgraph_subscription_prepared_total(?:\\{[^}]*\\})? (\\S+)$");

    private static double executions() {
        return metric(EXECUTIONS);
    }

    private static double metric(Pattern pattern) {
        Matcher found = pattern.matcher(get("/q/metrics").then().statusCode(200).extract().asString());
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    private static void importArticle(String title, String source) {
        importArticle(title, source, "Nothing of note happened.");
    }

    private static void importArticle(String title, String source, String body) {
        String markdown = "# " + title + "\n\nPublished :`2024-05-06 07:08:09`\n\n---\n\n" + body + "\n\n---\n";
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

    /**
     * A group's members on many sockets (so on several event loops), two of them operations of one socket with
     * different ids, each get every change, in order and under their own id: short messages written as one
     * shared frame, a message longer than a frame split by Vert.x; one send recorded per change.
     */
    @Test
    void everyMemberOfAGroupGetsEachChangeInOrderUnderItsOwnId() throws Exception {
        String document = "subscription { articleImported { title body } }";
        List<GraphQLSubscriber> subscribers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                subscribers.add(GraphQLSubscriber.subscribe(endpoint, document));
            }
            GraphQLSubscriber twice = subscribers.get(0);
            twice.subscribeAlso("second", document);
            importArticle("Fan-out order 0", "Order Desk"); // every member is in place once it has this one
            for (GraphQLSubscriber subscriber : subscribers) {
                assertEquals("Fan-out order 0", subscriber.nextPayloads(1).get(0).getString("data.articleImported.title"));
            }
            assertEquals("Fan-out order 0", twice.nextPayloads(1).get(0).getString("data.articleImported.title"));
            double sentBefore = metric(SENT);

            String longBody = "A long paragraph that makes this message larger than one WebSocket frame. ".repeat(1200);
            importArticle("Fan-out order 1", "Order Desk", longBody);
            importArticle("Fan-out order 2", "Order Desk");
            importArticle("Fan-out order 3", "Order Desk");

            List<String> titles = List.of("Fan-out order 1", "Fan-out order 2", "Fan-out order 3");
            for (GraphQLSubscriber subscriber : subscribers.subList(1, subscribers.size())) {
                assertEquals(titles, received(subscriber, 3, "1"), "each change once, in order");
            }
            List<JsonPath> both = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                both.add(twice.next());
            }
            for (String id : List.of("1", "second")) {
                assertEquals(titles, both.stream().filter(m -> id.equals(m.getString("id")))
                        .map(m -> m.getString("payload.data.articleImported.title")).toList(), "operation " + id + " in order");
            }
            assertTrue(both.stream().allMatch(m -> "next".equals(m.getString("type"))), "only next messages");
            String body = both.get(0).getString("payload.data.articleImported.body");
            assertTrue(body.length() > 65_536 && body.strip().endsWith("larger than one WebSocket frame."),
                    "the long message arrives whole: " + body.length() + " characters");
            long deadline = System.currentTimeMillis() + 10_000;
            while (metric(SENT) - sentBefore < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(3, metric(SENT) - sentBefore, "one send per change for the one group");
        } finally {
            subscribers.forEach(GraphQLSubscriber::close);
        }
    }

    /** The titles of the next {@code count} messages, which must all be {@code next} messages of operation {@code id}. */
    private static List<String> received(GraphQLSubscriber subscriber, int count, String id) throws InterruptedException {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonPath message = subscriber.next();
            assertEquals("next", message == null ? "nothing within 20 s" : message.getString("type"));
            assertEquals(id, message.getString("id"));
            titles.add(message.getString("payload.data.articleImported.title"));
        }
        return titles;
    }
}
