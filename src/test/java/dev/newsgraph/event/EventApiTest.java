package dev.newsgraph.event;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EventApiTest {

    private static final String CREATE = "mutation($input: EventInput!) { createEvent(input: $input) { id occurredOn datePrecision version } }";

    private static String createEvent(String title, String on, String precision) {
        return asEditor(CREATE, Map.of("input", Map.of("title", title, "kind", "ANNOUNCEMENT", "occurredOn", on,
                "datePrecision", precision)))
                .body("errors", nullValue()).extract().path("data.createEvent.id");
    }

    @Test
    void theBanLedToTheWindDown() {
        query("{ events(filter: {kind: BAN}) { edges { node { title occurredOn datePrecision"
                + " participants { role organization { name } } consequences { title occurredOn } causes { kind } articles(first: 5) { edges { node { title } } } } } } }")
                .body("errors", nullValue())
                .body("data.events.edges[0].node.occurredOn", equalTo("2024-06-01"))
                .body("data.events.edges[0].node.datePrecision", equalTo("MONTH"))
                .body("data.events.edges[0].node.consequences.occurredOn", contains("2024-07-20"))
                .body("data.events.edges[0].node.causes.kind", contains("EXECUTIVE_ORDER", "EXECUTIVE_ORDER"))
                .body("data.events.edges[0].node.participants.find { it.role == 'TARGET' }.organization.name",
                        equalTo("Kaspersky Lab"));
    }

    @Test
    void monthPrecisionIsStoredAsTheFirstOfTheMonth() {
        String id = createEvent("Month precision event", "2024-03-17", "MONTH");
        query("query($id: ID!) { event(id: $id) { occurredOn datePrecision } }", Map.of("id", id))
                .body("data.event.occurredOn", equalTo("2024-03-01"));
    }

    @Test
    void createUpdateDeleteRoundTrip() {
        JsonPath created = asEditor(CREATE, Map.of("input", Map.of("title", "Round trip event", "kind", "LAWSUIT",
                "occurredOn", "2023-05-06"))).body("errors", nullValue()).extract().jsonPath();
        String id = created.getString("data.createEvent.id");
        int version = created.getInt("data.createEvent.version");
        String update = "mutation($id: ID!, $input: EventInput!, $v: Int) { updateEvent(id: $id, input: $input, expectedVersion: $v) { title kind version } }";
        asEditor(update, Map.of("id", id, "v", version, "input", Map.of("title", "Ruling", "kind", "RULING", "occurredOn", "2023-06-01")))
                .body("errors", nullValue())
                .body("data.updateEvent.kind", equalTo("RULING"))
                .body("data.updateEvent.version", equalTo(version + 1));
        asEditor(update, Map.of("id", id, "v", version, "input", Map.of("title", "Stale", "kind", "OTHER", "occurredOn", "2023-06-01")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        asEditor("mutation($id: ID!) { deleteEvent(id: $id) }", Map.of("id", id)).body("data.deleteEvent", equalTo(id));
        query("query($id: ID!) { event(id: $id) { title } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void invalidEventsAreRefused() {
        asEditor(CREATE, Map.of("input", Map.of("title", "", "kind", "OTHER", "occurredOn", "2024-01-01")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.title"));
        asEditor(CREATE, Map.of("input", Map.of("title", "Bad kind", "kind", "PARTY", "occurredOn", "2024-01-01")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        query("{ events(filter: {text: \"Bad kind\"}) { totalCount } }").body("data.events.totalCount", equalTo(0));
    }

    @Test
    void linksAreAddedAndRemovedAndCyclesRefused() {
        String a = createEvent("Link test A", "2024-01-01", "DAY");
        String b = createEvent("Link test B", "2024-02-01", "DAY");
        String link = "mutation($c: ID!, $e: ID!) { linkEvents(causeId: $c, effectId: $e) { consequences { id } } }";
        asEditor(link, Map.of("c", a, "e", b)).body("data.linkEvents.consequences.id", contains(b));
        asEditor(link, Map.of("c", b, "e", a)).body("errors[0].extensions.code", equalTo("VALIDATION"));
        asEditor(link, Map.of("c", a, "e", a)).body("errors[0].extensions.code", equalTo("VALIDATION"));
        asEditor("mutation($c: ID!, $e: ID!) { unlinkEvents(causeId: $c, effectId: $e) { consequences { id } } }",
                Map.of("c", a, "e", b)).body("data.unlinkEvents.consequences", empty());
    }

    @Test
    void participantsAndArticleLinksRoundTrip() {
        String event = createEvent("Participant test", "2024-04-04", "DAY");
        String cnn = query("{ organizationByName(name: \"CNN\") { id } }").extract().path("data.organizationByName.id");
        String article = query("{ articles(first: 1) { edges { node { id } } } }").extract().path("data.articles.edges[0].node.id");
        asEditor("mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: REPORTER) { participants { role organization { name } } } }",
                Map.of("e", event, "o", cnn))
                .body("data.addParticipant.participants.organization.name", contains("CNN"));
        asEditor("mutation($a: ID!, $e: ID!) { linkArticleToEvent(articleId: $a, eventId: $e) { events { id } } }",
                Map.of("a", article, "e", event))
                .body("data.linkArticleToEvent.events.id", hasItem(event));
        query("query($o: ID!) { events(filter: {organizationId: $o, from: \"2024-04-01\", to: \"2024-04-30\"}) { edges { node { id } } } }",
                Map.of("o", cnn))
                .body("data.events.edges.node.id", hasItem(event));
        asEditor("mutation($e: ID!, $o: ID!) { removeParticipant(eventId: $e, organizationId: $o) { participants { role } } }",
                Map.of("e", event, "o", cnn))
                .body("data.removeParticipant.participants", empty());
        asEditor("mutation($e: ID!, $o: ID!) { removeParticipant(eventId: $e, organizationId: $o) { id } }",
                Map.of("e", event, "o", cnn))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        asEditor("mutation($e: ID!) { deleteEvent(id: $e) }", Map.of("e", event));
        query("query($a: ID!) { article(id: $a) { id events { id } } }", Map.of("a", article))
                .body("data.article.id", equalTo(article));
    }

    @Test
    void anEventIdThatNamesNoEventIsNotFoundInLinks() {
        String organization = GraphFixtures.organization("Never Takes Part Ltd");
        String article = query("{ articles(first: 1) { edges { node { id } } } }").extract().path("data.articles.edges[0].node.id");
        // a deleted event's id, no id at all, and the id of an article
        for (String eventId : List.of(GraphFixtures.deletedEvent(), GraphFixtures.MALFORMED_ID, article)) {
            asEditor("mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: ACTOR) { id } }",
                    Map.of("e", eventId, "o", organization))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].message", equalTo("no Event has the id '" + eventId + "'"));
        }
        query("query($o: ID!) { organization(id: $o) { participations { totalCount edges { node { role } } } } }",
                Map.of("o", organization))
                .body("data.organization.participations.totalCount", equalTo(0))
                .body("data.organization.participations.edges", empty());
    }
}
