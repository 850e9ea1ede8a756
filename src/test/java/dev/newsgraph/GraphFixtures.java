package dev.newsgraph;

import static dev.newsgraph.GraphQLClient.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds test data through the public mutations, as an editor would; each returns the new id. */
public final class GraphFixtures {

    /**
     * What ids looked like before they were opaque: no id of this API now (nor is any other text
     * that no `id` field returned).
     */
    public static final String MALFORMED_ID = "999999";

    private static final AtomicInteger DELETED = new AtomicInteger();

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

    /** A well-formed id that names nothing any more: an organization created and deleted again. */
    public static String deletedOrganization() {
        String id = organization("Deleted organization " + DELETED.incrementAndGet());
        return deleted("deleteOrganization", id);
    }

    /** A well-formed id that names nothing any more: an article created and deleted again. */
    public static String deletedArticle() {
        String id = article("Deleted article " + DELETED.incrementAndGet(), "Gone.", "2001-01-01T00:00:00Z", null);
        return deleted("deleteArticle", id);
    }

    /** A well-formed id that names nothing any more: an event created and deleted again. */
    public static String deletedEvent() {
        String id = event("Deleted event " + DELETED.incrementAndGet(), "OTHER", "2001-01-01", "DAY");
        return deleted("deleteEvent", id);
    }

    private static String deleted(String mutation, String id) {
        asEditor("mutation($id: ID!) { " + mutation + "(id: $id) }", Map.of("id", id))
                .body("errors", nullValue()).body("data." + mutation, equalTo(id));
        return id;
    }

    /**
     * Runs the mutation fields (each selecting at least {@code id}) as one aliased mutation and returns
     * their ids in order; the whole batch must succeed.
     */
    public static List<String> batch(List<String> fields) {
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < fields.size(); i++) {
            mutation.append(" m").append(i).append(": ").append(fields.get(i));
        }
        Map<String, Map<String, Object>> data = asEditor(mutation.append(" }").toString())
                .body("errors", nullValue()).extract().path("data");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            ids.add(String.valueOf(data.get("m" + i).get("id")));
        }
        return ids;
    }
}
