package dev.newsgraph.changes;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The change log as pollers read it: every committed change, in commit order, with global ids. */
@QuarkusTest
class ChangesApiTest {

    private static final String CHANGES = "query($after: String, $first: Int, $types: [NodeType!]) {"
            + " changes(after: $after, first: $first, types: $types) { totalCount"
            + " pageInfo { hasNextPage endCursor } edges { cursor node { cursor at operation nodeId"
            + " node { __typename id ... on Organization { name } ... on Event { title } } } } } }";

    @Inject
    ChangeLog log;

    /** Where the log ends now, as a cursor. */
    String now() {
        return ChangeCursor.encode(log.bounds().last());
    }

    static Map<String, Object> after(String cursor) {
        return Map.of("after", cursor);
    }

    @Test
    void createUpdateAndDeleteAreLoggedInOrderWithTheNodeAsItIsNow() {
        String start = now();
        String id = asEditor("mutation { createOrganization(input: {name: \"Logged Corp\", kind: COMPANY}) { id } }")
                .extract().path("data.createOrganization.id");
        asEditor("mutation($id: ID!) { updateOrganization(id: $id, input: {name: \"Logged Corp 2\", kind: COMPANY}) { id } }",
                Map.of("id", id)).body("errors", nullValue());
        query(CHANGES, after(start))
                .body("errors", nullValue())
                .body("data.changes.totalCount", equalTo(2))
                .body("data.changes.edges.node.operation", contains("CREATED", "UPDATED"))
                .body("data.changes.edges.node.nodeId", contains(id, id))
                .body("data.changes.edges.node.node.name", contains("Logged Corp 2", "Logged Corp 2"))
                .body("data.changes.pageInfo.hasNextPage", equalTo(false));
        asEditor("mutation($id: ID!) { deleteOrganization(id: $id) }", Map.of("id", id)).body("errors", nullValue());
        query(CHANGES, after(start))
                .body("data.changes.edges.node.operation", contains("CREATED", "UPDATED", "DELETED"))
                .body("data.changes.edges[2].node.nodeId", equalTo(id))
                .body("data.changes.edges[2].node.node", nullValue());
    }

    @Test
    void anOrganizationImportLogsWhatItCreatedAndUpdated() {
        String stored = asEditor("mutation { createOrganization(input: {name: \"Logged Import Stored\", kind: COMPANY}) { id } }")
                .extract().path("data.createOrganization.id");
        String start = now();
        asEditor("mutation($orgs: [OrganizationInput!]!) { importOrganizations(organizations: $orgs) { created updated } }",
                Map.of("orgs", List.of(Map.of("name", "Logged Import New", "aliases", List.of("Logged Import Alias")),
                        Map.of("name", "Logged Import Stored", "foundedYear", 1901))))
                .body("errors", nullValue())
                .body("data.importOrganizations.created", equalTo(1))
                .body("data.importOrganizations.updated", equalTo(1));
        query(CHANGES, after(start))
                .body("data.changes.totalCount", equalTo(2))
                .body("data.changes.edges.node.node.name", containsInAnyOrder("Logged Import New", "Logged Import Stored"))
                .body("data.changes.edges.find { it.node.node.name == 'Logged Import New' }.node.operation", equalTo("CREATED"))
                .body("data.changes.edges.find { it.node.node.name == 'Logged Import Stored' }.node.operation", equalTo("UPDATED"))
                .body("data.changes.edges.find { it.node.node.name == 'Logged Import Stored' }.node.nodeId", equalTo(stored));
    }

    @Test
    void aLinkIsAnUpdateOfBothEnds() {
        String org = asEditor("mutation { createOrganization(input: {name: \"Linked End Corp\", kind: COMPANY}) { id } }")
                .extract().path("data.createOrganization.id");
        String event = asEditor("mutation { createEvent(input: {title: \"Linked end event\", kind: OTHER, occurredOn: \"2024-05-05\"}) { id } }")
                .extract().path("data.createEvent.id");
        String start = now();
        asEditor("mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: ACTOR) { id } }",
                Map.of("e", event, "o", org)).body("errors", nullValue());
        query(CHANGES, after(start))
                .body("data.changes.edges.node.operation", contains("UPDATED", "UPDATED"))
                .body("data.changes.edges.node.nodeId", containsInAnyOrder(event, org));
    }

    private static final String FERRY = "The island ferry will run a reduced timetable from the first of March while"
            + " the older of its two boats is in dry dock for a new engine, the harbour board said on Tuesday. Crossings"
            + " leave every two hours instead of every hour, and the last evening sailing moves forward to half past eight."
            + " Season ticket holders will get a month added to their passes.";

    private static final String ARTICLE = "mutation($input: ArticleInput!) { createArticle(input: $input) { id } }";

    private static String ferry(String title, String body, String publishedAt) {
        return asEditor(ARTICLE, Map.of("input", Map.of("title", title, "body", body, "publishedAt", publishedAt)))
                .body("errors", nullValue()).extract().path("data.createArticle.id");
    }

    private static String originalOf(String article) {
        return query("query($id: ID!) { article(id: $id) { duplicateOf { id } } }", Map.of("id", article))
                .body("errors", nullValue()).extract().path("data.article.duplicateOf.id");
    }

    @Test
    void anArticleWhoseOriginalChangesIsUpdatedAndOnlyThen() {
        String later = ferry("Changelog ferry later", FERRY, "2031-03-01T12:00:00Z");

        String start = now();
        String earlier = ferry("Changelog ferry earlier", FERRY.replace("on Tuesday", "on Monday"), "2031-03-01T08:00:00Z");
        assertEquals(earlier, originalOf(later));
        query(CHANGES, after(start))
                .body("errors", nullValue())
                .body("data.changes.edges.node.operation", contains("CREATED", "UPDATED"))
                .body("data.changes.edges.node.nodeId", contains(earlier, later));

        start = now();
        String third = ferry("Changelog ferry third", FERRY + " Cars must be booked.", "2031-03-01T14:00:00Z");
        assertEquals(earlier, originalOf(third));
        query(CHANGES, after(start)) // the others keep their original
                .body("data.changes.edges.node.operation", contains("CREATED"))
                .body("data.changes.edges.node.nodeId", contains(third));

        start = now();
        asEditor("mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }",
                Map.of("id", earlier, "input", Map.of("title", "Changelog ferry earlier", "publishedAt", "2031-03-01T08:00:00Z",
                        "body", FERRY.replace("on Tuesday", "on Monday") + " Timetables are online.")))
                .body("errors", nullValue());
        assertEquals(earlier, originalOf(third));
        query(CHANGES, after(start)) // its copies were placed again, under the same original
                .body("data.changes.edges.node.operation", contains("UPDATED"))
                .body("data.changes.edges.node.nodeId", contains(earlier));

        start = now();
        asEditor("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", earlier)).body("errors", nullValue());
        assertNull(originalOf(later));
        assertEquals(later, originalOf(third));
        query(CHANGES, after(start))
                .body("data.changes.totalCount", equalTo(3))
                .body("data.changes.edges.node.findAll { it.operation == 'UPDATED' }.nodeId", containsInAnyOrder(later, third))
                .body("data.changes.edges.node.findAll { it.operation == 'DELETED' }.nodeId", contains(earlier));
    }

    @Test
    void pagesFollowEachOtherAndTypesFilter() {
        String start = now();
        for (int i = 1; i <= 3; i++) {
            asEditor("mutation { createOrganization(input: {name: \"Paged Change Corp " + i + "\", kind: COMPANY}) { id } }");
        }
        asEditor("mutation { createEvent(input: {title: \"Paged change event\", kind: OTHER, occurredOn: \"2024-05-05\"}) { id } }");
        String end = query(CHANGES, Map.of("after", start, "first", 2))
                .body("data.changes.edges.node.node.name", contains("Paged Change Corp 1", "Paged Change Corp 2"))
                .body("data.changes.pageInfo.hasNextPage", equalTo(true))
                .body("data.changes.totalCount", equalTo(4))
                .extract().path("data.changes.pageInfo.endCursor");
        query(CHANGES, Map.of("after", end, "first", 5))
                .body("data.changes.edges.node.node.__typename", contains("Organization", "Event"))
                .body("data.changes.pageInfo.hasNextPage", equalTo(false));
        query(CHANGES, Map.of("after", start, "types", List.of("EVENT")))
                .body("data.changes.edges.node.node.title", contains("Paged change event"))
                .body("data.changes.totalCount", equalTo(1));
    }

    @Test
    void aCursorThatIsNoChangeCursorIsAValidationError() {
        query(CHANGES, after("not-a-cursor"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        query(CHANGES, after(ChangeCursor.encode(log.bounds().last() + 1000)))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("not a cursor of this change log"));
        query(CHANGES, Map.of("first", 101)).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void aCursorOlderThanTheRetentionIsRefusedAndTheLogGoesOnFromTheEnd() throws Exception {
        String old = now();
        asEditor("mutation { createOrganization(input: {name: \"Pruned Away Corp\", kind: COMPANY}) { id } }");
        String end = now();
        log.prune(java.time.Instant.now().plusSeconds(60)); // as if the retention had passed
        query(CHANGES, after(old))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("older than the change log keeps"));
        asEditor("mutation { createOrganization(input: {name: \"After Pruning Corp\", kind: COMPANY}) { id } }");
        query(CHANGES, after(end)).body("data.changes.edges.node.node.name", contains("After Pruning Corp"));
    }
}
