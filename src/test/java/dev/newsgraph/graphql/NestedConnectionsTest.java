package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The lists below a node that grow with the corpus are Relay connections: Organization.events,
 * Organization.participations, Organization.articles and Event.articles page with `first`/`after`,
 * 20 by default and at most 100, in the order each list always had.
 */
@QuarkusTest
class NestedConnectionsTest {

    private static final int ITEMS = 23;
    private static final String ORGANIZATION = "Quillmark Holdings";

    private static String organization;
    private static String firstEvent;
    private static final List<String> EVENT_TITLES = new ArrayList<>();
    private static final List<String> ARTICLE_TITLES_NEWEST_FIRST = new ArrayList<>();

    /** One organization taking part in 23 events (one a day) and named by 23 articles that all report the first event. */
    private static synchronized void seed() {
        if (organization != null) {
            return;
        }
        String org = GraphFixtures.organization(ORGANIZATION);
        StringBuilder events = new StringBuilder("mutation {");
        for (int i = 0; i < ITEMS; i++) {
            events.append(" e").append(i).append(": createEvent(input: {title: \"Quillmark event ").append(i)
                    .append("\", kind: ANNOUNCEMENT, occurredOn: \"2001-01-").append(String.format("%02d", i + 1))
                    .append("\"}) { id }");
        }
        Map<String, Map<String, String>> createdEvents = asEditor(events.append(" }").toString())
                .body("errors", nullValue()).extract().path("data");
        StringBuilder links = new StringBuilder("mutation {");
        for (int i = 0; i < ITEMS; i++) {
            String id = createdEvents.get("e" + i).get("id");
            EVENT_TITLES.add("Quillmark event " + i);
            links.append(" p").append(i).append(": addParticipant(eventId: \"").append(id).append("\", organizationId: \"")
                    .append(org).append("\", role: ").append(i % 2 == 0 ? "ACTOR" : "TARGET").append(") { id }");
        }
        asEditor(links.append(" }").toString()).body("errors", nullValue());
        firstEvent = createdEvents.get("e0").get("id");
        StringBuilder articles = new StringBuilder("mutation {");
        for (int i = 0; i < ITEMS; i++) {
            articles.append(" a").append(i).append(": createArticle(input: {title: \"Quillmark report ").append(i)
                    .append("\", body: \"Quillmark Holdings said something, item ").append(i)
                    .append(".\", publishedAt: \"2002-01-01T00:").append(String.format("%02d", i)).append(":00Z\"}) { id }");
        }
        Map<String, Map<String, String>> createdArticles = asEditor(articles.append(" }").toString())
                .body("errors", nullValue()).extract().path("data");
        StringBuilder reports = new StringBuilder("mutation {");
        for (int i = 0; i < ITEMS; i++) {
            reports.append(" r").append(i).append(": linkArticleToEvent(articleId: \"").append(createdArticles.get("a" + i).get("id"))
                    .append("\", eventId: \"").append(firstEvent).append("\") { id }");
            ARTICLE_TITLES_NEWEST_FIRST.add(0, "Quillmark report " + i);
        }
        asEditor(reports.append(" }").toString()).body("errors", nullValue());
        organization = org;
    }

    private static JsonPath organizationPage(String field, String selection, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", organization));
        if (first != null) {
            variables.put("first", first);
        }
        if (after != null) {
            variables.put("after", after);
        }
        return query("query($id: ID!, $first: Int, $after: String) { organization(id: $id) { " + field
                + "(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                + " edges { cursor node { " + selection + " } } } } }", variables)
                .body("errors", nullValue()).extract().jsonPath().setRootPath("data.organization." + field);
    }

    /** Every title of the list, page by page from the start, checking the page info on the way. */
    private static List<String> walk(String field, String selection, String title, int first) {
        List<String> titles = new ArrayList<>();
        String after = null;
        while (true) {
            JsonPath page = organizationPage(field, selection, first, after);
            assertEquals(ITEMS, page.getInt("totalCount"));
            assertEquals(after != null, page.getBoolean("pageInfo.hasPreviousPage"));
            List<String> edges = page.getList("edges.node." + title);
            titles.addAll(edges);
            if (!edges.isEmpty()) {
                assertEquals(page.getList("edges.cursor").get(edges.size() - 1), page.getString("pageInfo.endCursor"));
            }
            if (!page.getBoolean("pageInfo.hasNextPage")) {
                return titles;
            }
            after = page.getString("pageInfo.endCursor");
        }
    }

    @Test
    void anOrganizationsEventsComeOldestFirstTwentyAtATime() {
        seed();
        JsonPath page = organizationPage("events", "title", null, null);
        assertEquals(EVENT_TITLES.subList(0, 20), page.getList("edges.node.title"));
        assertEquals(true, page.getBoolean("pageInfo.hasNextPage"));
        assertEquals(false, page.getBoolean("pageInfo.hasPreviousPage"));
        assertEquals(EVENT_TITLES, walk("events", "title", "title", 7));
    }

    @Test
    void participationsFollowTheEventsOrderWithTheSameCursors() {
        seed();
        JsonPath events = organizationPage("events", "title", 5, null);
        JsonPath participations = organizationPage("participations", "role event { title }", 5, null);
        assertEquals(EVENT_TITLES.subList(0, 5), participations.getList("edges.node.event.title"));
        assertEquals(List.of("ACTOR", "TARGET", "ACTOR", "TARGET", "ACTOR"), participations.getList("edges.node.role"));
        assertEquals(events.getList("edges.cursor"), participations.getList("edges.cursor"));
        JsonPath next = organizationPage("participations", "event { title }", 2, events.getString("pageInfo.endCursor"));
        assertEquals(EVENT_TITLES.subList(5, 7), next.getList("edges.node.event.title"));
    }

    @Test
    void anOrganizationsArticlesComeNewestFirstAndCountItsMentions() {
        seed();
        assertEquals(ARTICLE_TITLES_NEWEST_FIRST, walk("articles", "title", "title", 10));
        query("query($id: ID!) { organization(id: $id) { mentionCount } }", Map.of("id", organization))
                .body("data.organization.mentionCount", equalTo(ITEMS));
    }

    @Test
    void anEventsArticlesComeNewestFirstPageByPage() {
        seed();
        String byPage = "query($id: ID!, $after: String) { event(id: $id) { articles(first: 9, after: $after) {"
                + " totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } } }";
        List<String> titles = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("id", firstEvent));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = query(byPage, variables).body("errors", nullValue()).extract().jsonPath()
                    .setRootPath("data.event.articles");
            assertEquals(ITEMS, page.getInt("totalCount"));
            titles.addAll(page.getList("edges.node.title"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(ARTICLE_TITLES_NEWEST_FIRST, titles);
    }

    @Test
    void aPageOfNothingAsksNothing() {
        seed();
        JsonPath page = organizationPage("events", "title", 0, null);
        assertEquals(List.of(), page.getList("edges"));
        assertEquals(false, page.getBoolean("pageInfo.hasNextPage"));
        assertEquals(ITEMS, page.getInt("totalCount"));
    }

    @Test
    void overOneHundredIsRefusedAsAPageSizeLimit() {
        seed();
        for (String field : List.of("events", "participations", "articles")) {
            query("query($id: ID!) { organization(id: $id) { " + field + "(first: 101) { totalCount } } }", Map.of("id", organization))
                    .body("data.organization", nullValue())
                    .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                    .body("errors[0].extensions.limit", equalTo("pageSize"))
                    .body("errors[0].extensions.max", equalTo(100));
        }
        query("query($id: ID!) { event(id: $id) { articles(first: 101) { totalCount } } }", Map.of("id", firstEvent))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("pageSize"));
        query("query($id: ID!) { organization(id: $id) { events(first: -1) { totalCount } } }", Map.of("id", organization))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void aCursorOfAnotherListOrAForgedOneIsRefused() {
        seed();
        String eventCursor = organizationPage("events", "title", 1, null).getString("pageInfo.endCursor");
        query("query($id: ID!, $after: String) { organization(id: $id) { articles(first: 2, after: $after) { edges { node { title } } } } }",
                Map.of("id", organization, "after", eventCursor))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("after"));
        query("query($id: ID!) { organization(id: $id) { events(first: 2, after: \"bm90IGEgY3Vyc29y\") { edges { node { title } } } } }",
                Map.of("id", organization))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    @Test
    void theSameParentTwiceGetsTheSamePage() {
        seed();
        query("query($id: ID!) { a: organization(id: $id) { events(first: 3) { edges { node { title } } } }"
                + " b: organizationByName(name: \"quillmark holdings\") { events(first: 3) { edges { node { title } } } } }",
                Map.of("id", organization))
                .body("errors", nullValue())
                .body("data.a.events.edges.node.title", contains(EVENT_TITLES.subList(0, 3).toArray()))
                .body("data.b.events.edges.node.title", contains(EVENT_TITLES.subList(0, 3).toArray()));
    }
}
