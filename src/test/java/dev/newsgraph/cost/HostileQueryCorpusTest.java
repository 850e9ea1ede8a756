package dev.newsgraph.cost;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.newsgraph.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What an attacker sends to exhaust a public GraphQL service (issue 12): fan-out through every loop of the
 * graph, alias bombs, fragments that expand exponentially, thousands of directives, batches, deep
 * introspection, huge variables, deeply nested input. Each is refused with a clean coded error and HTTP
 * below 500, writes nothing, and the service still answers the next client.
 */
@QuarkusTest
class HostileQueryCorpusTest {

    /** A request body and the code and limit (null: any) of its refusal. */
    record Attack(String name, String body, String code, String limit) {
    }

    private static final String STATE = "{ articles { totalCount } organizations { totalCount } events { totalCount } }";

    private static String json(String query, String variables) {
        return "{\"query\":" + quote(query) + (variables == null ? "" : ",\"variables\":" + variables) + "}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static Attack nodes(String name, String query) {
        return new Attack(name, json(query, null), "LIMIT_EXCEEDED", "nodes");
    }

    private static String repeat(String open, int times, String inner, String close) {
        return open.repeat(times) + inner + close.repeat(times);
    }

    static List<Attack> attacks() {
        List<Attack> attacks = new ArrayList<>();
        // --- fan-out through each loop of the graph ---
        attacks.add(nodes("events → articles → events … (issue 12)", NodeLimitTest.FAN_OUT));
        attacks.add(nodes("organizations → articles → organizations",
                "{ organizations(first: 100) { edges { node { articles(first: 100) { edges { node { organizations {"
                        + " articles(first: 100) { edges { node { title body } } } } } } } } } } }"));
        attacks.add(nodes("article → mentions → organization → articles",
                "{ articles(first: 100) { edges { node { mentions { organization { articles(first: 100) { edges { node {"
                        + " mentions { organization { name } } } } } } } } } } }"));
        attacks.add(nodes("events → participants → organization → participations",
                "{ events(first: 100) { edges { node { participants { organization { participations(first: 100) { edges {"
                        + " node { event { participants { organization { name } } } } } } } } } } } }"));
        attacks.add(nodes("causes ↔ consequences",
                "{ events(first: 100) { edges { node { " + repeat("causes { consequences { ", 3, "title", "} } ") + "} } } }"));
        attacks.add(nodes("organization → events → articles → organizations",
                "{ organizations(first: 100) { edges { node { events(first: 100) { edges { node { articles(first: 100) {"
                        + " edges { node { organizations { name } } } } } } } } } } }"));
        attacks.add(nodes("search → organization → articles",
                "{ search(text: \"a\", first: 100) { ... on Organization { articles(first: 100) { edges { node {"
                        + " organizations { events(first: 100) { edges { node { title } } } } } } } } } }"));
        attacks.add(nodes("timeline → articles → events",
                "query($o: ID!) { timeline(organizationId: $o) { articles(first: 100) { edges { node { events {"
                        + " participants { organization { name } } } } } } } }"));
        // --- alias bombs ---
        StringBuilder bomb = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            bomb.append(" a").append(i).append(": articles(first: 100) { edges { node { title body organizations { name } } } }");
        }
        attacks.add(nodes("60 × articles(first: 100)", bomb.append(" }").toString()));
        // --- fragments that expand exponentially: 2^40 copies of a page ---
        StringBuilder fragments = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 40; i++) {
            fragments.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
        }
        fragments.append(" fragment F40 on Query { articles(first: 100) { edges { node { title } } } }");
        attacks.add(nodes("exponential fragments", fragments.toString()));
        // --- thousands of directives ---
        attacks.add(new Attack("3,000 directives", json("{ __typename" + " @include(if: true)".repeat(3000) + " }", null),
                "LIMIT_EXCEEDED", null));
        attacks.add(new Attack("700 repeated directives", json("{ __typename" + " @include(if: true)".repeat(700) + " }", null),
                "VALIDATION", null));
        // --- batches ---
        attacks.add(new Attack("a batch of 100 operations",
                "[" + String.join(",", Collections.nCopies(100, json("{ articles(first: 100) { totalCount } }", null))) + "]",
                "BAD_INPUT", null));
        // --- deep introspection ---
        attacks.add(new Attack("introspection: fields of the types of fields",
                json("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }", null),
                "LIMIT_EXCEEDED", "introspection"));
        attacks.add(new Attack("introspection: 100 aliases of __schema", json("{" + " s: __schema { types { name } }".replace("s:", "%s")
                .repeat(100).formatted(numbered(100)) + " }", null), "LIMIT_EXCEEDED", "introspection"));
        attacks.add(new Attack("introspection: ofType 40 deep",
                json("{ __type(name: \"Article\") { " + repeat("ofType { ", 40, "name", "} ") + "} }", null), "LIMIT_EXCEEDED", null));
        // --- huge variables ---
        attacks.add(new Attack("100,000 ids", json("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                "{\"ids\":[" + String.join(",", Collections.nCopies(100_000, "\"AQE\"")) + "]}"), "LIMIT_EXCEEDED", "bodySize"));
        attacks.add(new Attack("a filter text of a megabyte", json("query($t: String) { organizations(filter: {text: $t}) { totalCount } }",
                "{\"t\":" + quote("x".repeat(1_000_000)) + "}"), "LIMIT_EXCEEDED", "bodySize"));
        // --- deeply nested input ---
        attacks.add(new Attack("a list literal 600 deep", json("{ nodes(ids: " + repeat("[", 600, "\"AQE\"", "]") + ") { id } }", null),
                "BAD_INPUT", null));
        attacks.add(new Attack("an input object literal 600 deep",
                json("{ organizations(filter: " + repeat("{text: \"x\", kind: ", 600, "COMPANY", "}") + ") { totalCount } }", null),
                "BAD_INPUT", null));
        return attacks;
    }

    private static Object[] numbered(int count) {
        Object[] names = new Object[count];
        for (int i = 0; i < count; i++) {
            names[i] = "s" + i + ":";
        }
        return names;
    }

    private static Response send(String body) {
        return given().contentType("application/json").body(body).post("/graphql");
    }

    /** Read with the editor key, so that no cached answer stands in for the database. */
    private static String state() {
        return GraphQLClient.asEditor(STATE).extract().asString();
    }

    @TestFactory
    Stream<DynamicTest> everyAttackIsRefusedCleanlyWritesNothingAndLeavesTheServiceAnswering() {
        String organization = JsonPath.from(send(json("{ organizationByName(name: \"Kaspersky Lab\") { id } }", null)).asString())
                .getString("data.organizationByName.id");
        assertNotNull(organization);
        String before = state();
        return attacks().stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
            // the timeline attack names a real organization, as a JSON-escaped default of its variable
            String body = attack.body().replace("query($o: ID!) {", "query($o: ID! = \\\"" + organization + "\\\") {");
            Response response = send(body);
            String text = response.asString();
            assertTrue(response.statusCode() < 500, attack.name() + ": HTTP " + response.statusCode());
            JsonPath answer = JsonPath.from(text);
            assertEquals(attack.code(), answer.getString("errors[0].extensions.code"), attack.name() + ": " + abbreviate(text));
            if (attack.limit() != null) {
                assertEquals(attack.limit(), answer.getString("errors[0].extensions.limit"), attack.name() + ": " + abbreviate(text));
            }
            Object data = answer.get("data");
            assertTrue(data == null, attack.name() + " returned data: " + abbreviate(text));
            assertEquals(before, state(), attack.name() + " changed the database");
            GraphQLClient.query("{ articles(first: 1) { edges { node { title } } } }")
                    .body("data.articles.edges", org.hamcrest.Matchers.hasSize(1));
        }));
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
