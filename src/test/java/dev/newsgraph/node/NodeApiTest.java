package dev.newsgraph.node;

import static dev.newsgraph.GraphFixtures.MALFORMED_ID;
import static dev.newsgraph.GraphFixtures.deletedArticle;
import static dev.newsgraph.GraphFixtures.deletedEvent;
import static dev.newsgraph.GraphFixtures.idByName;
import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class NodeApiTest {

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id"
            + " ... on Article { title } ... on Organization { name } ... on Event { title } } }";
    private static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id"
            + " ... on Article { title } ... on Organization { name } ... on Event { title } } }";

    private static String firstId(String connection) {
        return query("{ " + connection + "(first: 1) { edges { node { id } } } }")
                .body("errors", nullValue()).extract().path("data." + connection + ".edges[0].node.id");
    }

    @Test
    void nodeFetchesAnArticleAnOrganizationOrAnEventAgainByItsId() {
        JsonPath article = query("{ articles(first: 1) { edges { node { id title } } } }").extract().jsonPath();
        query(NODE, Map.of("id", article.getString("data.articles.edges[0].node.id")))
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Article"))
                .body("data.node.title", equalTo(article.getString("data.articles.edges[0].node.title")));

        query(NODE, Map.of("id", idByName("Kaspersky Lab")))
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Organization"))
                .body("data.node.id", equalTo(idByName("Kaspersky Lab")))
                .body("data.node.name", equalTo("Kaspersky Lab"));

        JsonPath event = query("{ events(filter: {kind: BAN}) { edges { node { id title } } } }").extract().jsonPath();
        query(NODE, Map.of("id", event.getString("data.events.edges[0].node.id")))
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Event"))
                .body("data.node.title", equalTo(event.getString("data.events.edges[0].node.title")));
    }

    @Test
    void idsAreOpaqueUrlSafeAndUniqueAcrossTypes() {
        List<String> ids = new ArrayList<>();
        for (String connection : List.of("articles", "organizations", "events")) {
            ids.addAll(query("{ " + connection + "(first: 100) { edges { node { id } } } }")
                    .body("errors", nullValue()).extract().path("data." + connection + ".edges.node.id"));
        }
        assertTrue(ids.size() > 10, "the demo world has articles, organizations and events: " + ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no two nodes share an id: " + ids);
        for (String id : ids) {
            assertTrue(id.matches("[A-Za-z0-9_-]{3,12}") && !id.matches("[0-9]+"), id);
        }
    }

    @Test
    void nodesAnswersInTheOrderOfTheIdsAcrossTypesRepeatsIncluded() {
        String article = firstId("articles");
        String organization = idByName("CNN");
        String event = firstId("events");
        query(NODES, Map.of("ids", List.of(organization, event, article, organization)))
                .body("errors", nullValue())
                .body("data.nodes.__typename", contains("Organization", "Event", "Article", "Organization"))
                .body("data.nodes.id", contains(organization, event, article, organization))
                .body("data.nodes[0].name", equalTo("CNN"));
        query(NODES, Map.of("ids", List.of())).body("errors", nullValue()).body("data.nodes", empty());
    }

    @Test
    void whereAnIdNamesNothingNodesHoldsNullAndANotFoundErrorWithThatPosition() {
        String organization = idByName("McAfee");
        String gone = deletedArticle();
        String query = "query($ids: [ID!]!) { found: nodes(ids: $ids) { id } }";
        query(query, Map.of("ids", List.of(organization, gone, organization, MALFORMED_ID)))
                .body("data.found", contains(equalTo(Map.of("id", organization)), nullValue(),
                        equalTo(Map.of("id", organization)), nullValue()))
                .body("errors", hasSize(2))
                .body("errors.extensions.code", everyItem(equalTo("NOT_FOUND")))
                .body("errors[0].path", contains("found", 1))
                .body("errors[0].message", equalTo("no node has the id '" + gone + "'"))
                .body("errors[1].path", contains("found", 3))
                .body("errors[1].message", equalTo("no node has the id '" + MALFORMED_ID + "'"))
                .body("errors[0].locations[0].line", equalTo(1));
    }

    @Test
    void nodesTakesAtMostAHundredIds() {
        String organization = idByName("Symantec");
        query(NODES, Map.of("ids", Collections.nCopies(100, organization)))
                .body("errors", nullValue())
                .body("data.nodes", hasSize(100));
        query(NODES, Map.of("ids", Collections.nCopies(101, organization)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.max", equalTo(100))
                .body("errors[0].extensions.field", equalTo("ids"));
    }

    @Test
    void nodeOfAnIdThatNamesNothingIsNullWithNotFound() {
        for (String id : List.of(deletedEvent(), MALFORMED_ID, "", "AQw=", "x".repeat(5000))) {
            query(NODE, Map.of("id", id))
                    .body("data.node", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].path", contains("node"));
        }
    }

    @Test
    void aDeletedNodeIsGoneAndItsIdIsNotReused() {
        String id = GraphFixtures.organization("Node Lifecycle Ltd");
        query(NODE, Map.of("id", id)).body("data.node.name", equalTo("Node Lifecycle Ltd"));
        asEditor("mutation($id: ID!) { deleteOrganization(id: $id) }", Map.of("id", id))
                .body("data.deleteOrganization", equalTo(id));
        query(NODE, Map.of("id", id)).body("data.node", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        String again = GraphFixtures.organization("Node Lifecycle Ltd");
        assertTrue(!again.equals(id), "a new organization gets a new id");
    }

    @Test
    void idsInsideResultsAreNodeIdsOfTheRightType() {
        JsonPath hits = query("{ search(text: \"kaspersky\", first: 20) { __typename ... on Article { id }"
                + " ... on Organization { id } ... on Event { id } } }")
                .body("errors", nullValue()).extract().jsonPath();
        List<String> types = hits.getList("data.search.__typename");
        List<String> ids = hits.getList("data.search.id");
        assertTrue(types.containsAll(List.of("Article", "Organization", "Event")), types.toString());
        query(NODES, Map.of("ids", ids)).body("errors", nullValue()).body("data.nodes.__typename", equalTo(types));

        String timelineEvent = query("query($o: ID!) { timeline(organizationId: $o) { id } }",
                Map.of("o", idByName("Kaspersky Lab"))).extract().path("data.timeline[0].id");
        query(NODE, Map.of("id", timelineEvent)).body("data.node.__typename", equalTo("Event"));

        String markdown = "# Node test import\n\nPublished :`2024-08-01 10:00:00`\n\n---\n\nCNN ran it.\n\n---\n";
        JsonPath imported = asEditor("mutation($m: String!) { importArticle(markdown: $m) { article { id }"
                + " mentions { organization { id } } } }", Map.of("m", markdown))
                .body("errors", nullValue()).extract().jsonPath();
        query(NODE, Map.of("id", imported.getString("data.importArticle.article.id")))
                .body("data.node.title", equalTo("Node test import"));
        assertEquals(idByName("CNN"), imported.getString("data.importArticle.mentions[0].organization.id"));
    }

    @Test
    void theLookupsByTypeStillAnswerNullWithNotFoundForAnIdOfAnotherType() {
        String organization = idByName("Kaspersky Lab");
        query("query($id: ID!) { article(id: $id) { title } event(id: $id) { title } organization(id: $id) { name } }",
                Map.of("id", organization))
                .body("data.article", nullValue())
                .body("data.event", nullValue())
                .body("data.organization.name", equalTo("Kaspersky Lab"))
                .body("errors", hasSize(2))
                .body("errors.extensions.code", everyItem(equalTo("NOT_FOUND")))
                .body("errors.path", contains(List.of("article"), List.of("event")))
                .body("errors[0].message", equalTo("no Article has the id '" + organization + "'"))
                .body("errors[1].message", equalTo("no Event has the id '" + organization + "'"));
    }
}
