package dev.newsgraph.graphql;

import static dev.newsgraph.GraphFixtures.MALFORMED_ID;
import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every argument and input field that takes an id refuses, with NOT_FOUND and without writing
 * anything, the three kinds of id that name nothing of the type it expects: a well-formed id of a
 * deleted node, text that is no id at all, and the id of a node of another type.
 */
@QuarkusTest
class IdArgumentsTest {

    private static final String STATE = "{ articles { totalCount } organizations(first: 100) { totalCount edges { node { name version } } }"
            + " events(first: 100) { totalCount edges { node { title version } } } }";

    /** One id position: the request with {@code $id} there, valid ids everywhere else, and the type it expects. */
    record Position(String name, String type, String document, boolean mutation) {
    }

    private static String article;
    private static String organization;
    private static String otherOrganization;
    private static String event;
    private static String otherEvent;
    private static Map<String, String> deleted;
    private static Map<String, String> otherType;

    private static synchronized void seed() {
        if (article != null) {
            return;
        }
        organization = GraphFixtures.organization("Id Arguments Org");
        otherOrganization = GraphFixtures.organization("Id Arguments Other Org");
        event = GraphFixtures.event("Id arguments event", "OTHER", "2020-01-01", "DAY");
        otherEvent = GraphFixtures.event("Id arguments other event", "OTHER", "2020-01-02", "DAY");
        GraphFixtures.participant(event, organization, "ACTOR");
        article = GraphFixtures.article("Id arguments article", "Id Arguments Org did it.", "2020-01-01T00:00:00Z", null);
        asEditor("mutation($a: ID!, $e: ID!) { linkArticleToEvent(articleId: $a, eventId: $e) { id } }",
                Map.of("a", article, "e", event)).body("errors", nullValue());
        asEditor("mutation($c: ID!, $e: ID!) { linkEvents(causeId: $c, effectId: $e) { id } }",
                Map.of("c", event, "e", otherEvent)).body("errors", nullValue());
        deleted = Map.of("Article", GraphFixtures.deletedArticle(), "Organization", GraphFixtures.deletedOrganization(),
                "Event", GraphFixtures.deletedEvent());
        otherType = Map.of("Article", organization, "Organization", event, "Event", article);
    }

    private static List<Position> positions() {
        String a = q(article), o = q(organization), o2 = q(otherOrganization), e = q(event), e2 = q(otherEvent);
        String articleInput = "{title: \"Id arguments article\", body: \"Id Arguments Org did it.\", publishedAt: \"2020-01-01T00:00:00Z\"}";
        String eventInput = "{title: \"Id arguments event\", kind: OTHER, occurredOn: \"2020-01-01\"}";
        List<Position> all = new ArrayList<>();
        all.add(read("article(id:)", "Article", "article(id: $id) { id }"));
        all.add(read("organization(id:)", "Organization", "organization(id: $id) { id }"));
        all.add(read("event(id:)", "Event", "event(id: $id) { id }"));
        all.add(read("timeline(organizationId:)", "Organization", "timeline(organizationId: $id) { id }"));
        all.add(read("coMentions(organizationId:)", "Organization", "coMentions(organizationId: $id) { sharedArticles }"));
        all.add(write("updateArticle(id:)", "Article", "updateArticle(id: $id, input: " + articleInput + ") { id }"));
        all.add(write("deleteArticle(id:)", "Article", "deleteArticle(id: $id)"));
        all.add(write("createOrganization(input.parentId)", "Organization",
                "createOrganization(input: {name: \"Id Arguments Child\", parentId: $id}) { id }"));
        all.add(write("updateOrganization(id:)", "Organization",
                "updateOrganization(id: $id, input: {name: \"Id Arguments Renamed\"}) { id }"));
        all.add(write("updateOrganization(input.parentId)", "Organization",
                "updateOrganization(id: " + o + ", input: {name: \"Id Arguments Org\", parentId: $id}) { id }"));
        all.add(write("deleteOrganization(id:)", "Organization", "deleteOrganization(id: $id)"));
        all.add(write("addAlias(organizationId:)", "Organization", "addAlias(organizationId: $id, alias: \"Id Arguments Alias\") { id }"));
        all.add(write("mergeOrganizations(sourceId:)", "Organization", "mergeOrganizations(sourceId: $id, targetId: " + o + ") { id }"));
        all.add(write("mergeOrganizations(targetId:)", "Organization", "mergeOrganizations(sourceId: " + o2 + ", targetId: $id) { id }"));
        all.add(write("updateEvent(id:)", "Event", "updateEvent(id: $id, input: " + eventInput + ") { id }"));
        all.add(write("deleteEvent(id:)", "Event", "deleteEvent(id: $id)"));
        all.add(write("addParticipant(eventId:)", "Event", "addParticipant(eventId: $id, organizationId: " + o2 + ", role: ACTOR) { id }"));
        all.add(write("addParticipant(organizationId:)", "Organization", "addParticipant(eventId: " + e2 + ", organizationId: $id, role: ACTOR) { id }"));
        all.add(write("removeParticipant(eventId:)", "Event", "removeParticipant(eventId: $id, organizationId: " + o + ") { id }"));
        all.add(write("removeParticipant(organizationId:)", "Organization", "removeParticipant(eventId: " + e + ", organizationId: $id) { id }"));
        all.add(write("linkArticleToEvent(articleId:)", "Article", "linkArticleToEvent(articleId: $id, eventId: " + e2 + ") { id }"));
        all.add(write("linkArticleToEvent(eventId:)", "Event", "linkArticleToEvent(articleId: " + a + ", eventId: $id) { id }"));
        all.add(write("unlinkArticleFromEvent(articleId:)", "Article", "unlinkArticleFromEvent(articleId: $id, eventId: " + e + ") { id }"));
        all.add(write("unlinkArticleFromEvent(eventId:)", "Event", "unlinkArticleFromEvent(articleId: " + a + ", eventId: $id) { id }"));
        all.add(write("linkEvents(causeId:)", "Event", "linkEvents(causeId: $id, effectId: " + e2 + ") { id }"));
        all.add(write("linkEvents(effectId:)", "Event", "linkEvents(causeId: " + e2 + ", effectId: $id) { id }"));
        all.add(write("unlinkEvents(causeId:)", "Event", "unlinkEvents(causeId: $id, effectId: " + e2 + ") { id }"));
        all.add(write("unlinkEvents(effectId:)", "Event", "unlinkEvents(causeId: " + e + ", effectId: $id) { id }"));
        return all;
    }

    private static Position read(String name, String type, String field) {
        return new Position(name, type, "query($id: ID!) { " + field + " }", false);
    }

    private static Position write(String name, String type, String field) {
        return new Position(name, type, "mutation($id: ID!) { " + field + " }", true);
    }

    private static String q(String id) {
        return "\"" + id + "\"";
    }

    private static String state() {
        return query(STATE).body("errors", nullValue()).extract().asString();
    }

    @TestFactory
    Stream<DynamicTest> everyIdArgumentRefusesAnIdThatNamesNothingOfItsType() {
        seed();
        String before = state();
        List<DynamicTest> tests = new ArrayList<>();
        for (Position position : positions()) {
            tests.add(check(position, "a deleted node's id", deleted.get(position.type())));
            tests.add(check(position, "no id at all", MALFORMED_ID));
            tests.add(check(position, "an id of another type", otherType.get(position.type())));
        }
        tests.add(DynamicTest.dynamicTest("and nothing was written", () -> assertEquals(before, state())));
        return tests.stream();
    }

    private static DynamicTest check(Position position, String what, String id) {
        return DynamicTest.dynamicTest(position.name() + " with " + what, () -> {
            ValidatableResponse response = position.mutation()
                    ? asEditor(position.document(), Map.of("id", id))
                    : query(position.document(), Map.of("id", id));
            response.body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].message", equalTo("no " + position.type() + " has the id '" + id + "'"));
        });
    }

    @TestFactory
    Stream<DynamicTest> aFilterOnAnIdOfADeletedNodeMatchesNothingAndOnAnythingElseIsNotFound() {
        seed();
        record Filter(String name, String type, String document, String list, String matching) {
        }
        List<Filter> filters = List.of(
                new Filter("articles(filter.organizationId)", "Organization",
                        "query($id: ID!) { articles(filter: {organizationId: $id}) { edges { node { id } } } }", "data.articles.edges", organization),
                new Filter("articles(filter.eventId)", "Event",
                        "query($id: ID!) { articles(filter: {eventId: $id}) { edges { node { id } } } }", "data.articles.edges", event),
                new Filter("events(filter.organizationId)", "Organization",
                        "query($id: ID!) { events(filter: {organizationId: $id}) { edges { node { id } } } }", "data.events.edges", organization));
        return filters.stream().flatMap(filter -> Stream.of(
                DynamicTest.dynamicTest(filter.name() + " with the id of a node", () -> query(filter.document(), Map.of("id", filter.matching()))
                        .body("errors", nullValue()).body(filter.list(), hasSize(1))),
                DynamicTest.dynamicTest(filter.name() + " with a deleted node's id", () -> query(filter.document(), Map.of("id", deleted.get(filter.type())))
                        .body("errors", nullValue()).body(filter.list(), hasSize(0))),
                DynamicTest.dynamicTest(filter.name() + " with no id at all", () -> query(filter.document(), Map.of("id", MALFORMED_ID))
                        .body("data", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"))),
                DynamicTest.dynamicTest(filter.name() + " with an id of another type", () -> query(filter.document(), Map.of("id", otherType.get(filter.type())))
                        .body("data", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND")))));
    }
}
