package dev.newsgraph.changes;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphQLSubscriber;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Subscription.changes: replay from a cursor, then live, each change exactly once, in commit order. */
@QuarkusTest
class ChangeSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    ChangeLog log;

    private String now() {
        return ChangeCursor.encode(log.bounds().last());
    }

    private static String subscription(String after, String types) {
        return "subscription { changes(after: \"" + after + "\"" + (types == null ? "" : ", types: " + types)
                + ") { cursor operation nodeId node { __typename id ... on Organization { name } } } }";
    }

    private static String createOrganization(String name) {
        return asEditor("mutation($name: String!) { createOrganization(input: {name: $name, kind: COMPANY}) { id } }",
                Map.of("name", name)).extract().path("data.createOrganization.id");
    }

    /** The cursors the log holds after {@code after}, as a poller reads them. */
    private static List<String> logged(String after) {
        return query("query($after: String) { changes(after: $after, first: 100) { edges { cursor } } }", Map.of("after", after))
                .extract().path("data.changes.edges.cursor");
    }

    private static List<String> cursors(List<JsonPath> payloads) {
        return payloads.stream().map(p -> p.getString("data.changes.cursor")).toList();
    }

    @Test
    void replaysWhatFollowsTheCursorThenGoesLive() throws Exception {
        String start = now();
        String first = createOrganization("Replayed Corp 1");
        String second = createOrganization("Replayed Corp 2");
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint, subscription(start, null))) {
            List<JsonPath> replayed = subscriber.nextPayloads(2);
            assertEquals(List.of(first, second), replayed.stream().map(p -> p.getString("data.changes.nodeId")).toList());
            assertEquals("CREATED", replayed.get(0).getString("data.changes.operation"));
            assertEquals("Organization", replayed.get(0).getString("data.changes.node.__typename"));
            String third = createOrganization("Live Corp 3");
            JsonPath live = subscriber.nextPayloads(1).get(0);
            assertEquals(third, live.getString("data.changes.nodeId"));
            // a live change's node resolves like a replayed one's (batched resolvers need the subscriber's context)
            assertEquals("Live Corp 3", live.getString("data.changes.node.name"), live.prettify());
            assertEquals(logged(start), List.of(replayed.get(0).getString("data.changes.cursor"),
                    replayed.get(1).getString("data.changes.cursor"), live.getString("data.changes.cursor")));
        }
    }

    @Test
    void changesCommittedWhileTheReplayRunsArriveExactlyOnceInOrder() throws Exception {
        String start = now();
        for (int i = 0; i < 15; i++) {
            createOrganization("Switch Before Corp " + i);
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                createOrganization("Switch During Corp " + i);
            }
        });
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint, subscription(start, null))) {
            writer.join();
            List<JsonPath> received = subscriber.nextPayloads(25);
            assertEquals(logged(start), cursors(received), "every change once, in commit order");
            String after = createOrganization("Switch After Corp");
            assertEquals(after, subscriber.nextPayloads(1).get(0).getString("data.changes.nodeId"),
                    "the next message is the next change: nothing was sent twice");
        }
    }

    @Test
    void typesSelectWhichChangesAreSent() throws Exception {
        String start = now();
        createOrganization("Typed Away Corp");
        String event = asEditor("mutation { createEvent(input: {title: \"Typed event\", kind: OTHER, occurredOn: \"2024-05-05\"}) { id } }")
                .extract().path("data.createEvent.id");
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint, subscription(start, "[EVENT]"))) {
            JsonPath only = subscriber.nextPayloads(1).get(0);
            assertEquals(event, only.getString("data.changes.nodeId"));
            assertEquals("Event", only.getString("data.changes.node.__typename"));
        }
    }

    @Test
    void aCursorOlderThanTheRetentionIsAClearError() throws Exception {
        String old = now();
        createOrganization("Expired Cursor Corp");
        log.prune(Instant.now().plusSeconds(60));
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint, subscription(old, null))) {
            JsonPath message = subscriber.next();
            String text = message.prettify();
            assertTrue(text.contains("VALIDATION") && text.contains("older than the change log keeps"), text);
            assertEquals("error", message.getString("type"), "the subscription ends with the error, no change is sent");
        }
    }
}
