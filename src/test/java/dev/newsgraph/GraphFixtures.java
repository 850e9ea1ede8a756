package dev.newsgraph;

import static dev.newsgraph.GraphQLClient.asEditor;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

/** Builds test data through the public mutations, as an editor would; each returns the new id. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    public static String organization(String name) {
        return asEditor("mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
                Map.of("input", Map.of("name", name, "kind", "COMPANY")))
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
    }

    public static String article(String title, String body, String publishedAt, String source) {
        Map<String, Object> input = new HashMap<>(Map.of("title", title, "body", body, "publishedAt", publishedAt));
        if (source != null) {
            input.put("source", source);
        }
        return asEditor("mutation($input: ArticleInput!) { createArticle(input: $input) { id } }", Map.of("input", input))
                .body("errors", nullValue()).extract().path("data.createArticle.id");
    }

    public static String event(String title, String kind, String occurredOn, String precision) {
        return asEditor("mutation($input: EventInput!) { createEvent(input: $input) { id } }",
                Map.of("input", Map.of("title", title, "kind", kind, "occurredOn", occurredOn, "datePrecision", precision)))
                .body("errors", nullValue()).extract().path("data.createEvent.id");
    }

    public static void participant(String eventId, String organizationId, String role) {
        asEditor("mutation($e: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(eventId: $e, organizationId: $o, role: $r) { id } }",
                Map.of("e", eventId, "o", organizationId, "r", role))
                .body("errors", nullValue());
    }

    public static String idByName(String name) {
        return GraphQLClient.query("query($n: String!) { organizationByName(name: $n) { id } }", Map.of("n", name))
                .body("errors", nullValue()).extract().path("data.organizationByName.id");
    }
}
