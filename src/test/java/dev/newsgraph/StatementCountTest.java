package dev.newsgraph;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No N+1: a page of articles with nested organizations and events costs the same number of SQL
 * statements whether it holds 10 articles or 100 (one query per level; the participants of events
 * below articles would take a page of 100 over the node limit, and `nodes(ids:)` covers them), and so does a
 * page of organizations with their nested connections (events, their articles, participations,
 * articles), each with its totalCount.
 */
@QuarkusTest
class StatementCountTest {

    private static final String SOURCE = "Statement count test";
    private static final int ARTICLES = 110;
    private static final String FEED = """
            query($first: Int, $source: String) { articles(first: $first, filter: {source: $source}) { %s edges { node {
              id title
              organizations { id name }
              events { id title kind } } } } }""";
    private static final String NODES = """
            query($ids: [ID!]!) { nodes(ids: $ids) { id
              ... on Article { title organizations { id name } }
              ... on Organization { name }
              ... on Event { title participants { role organization { id name } } } } }""";

    private static final List<String> COMPANIES = List.of("Amber", "Birch", "Cedar", "Delta", "Ember", "Flint", "Grove",
            "Heath", "Iris", "Juniper", "Kestrel", "Larch").stream().map(name -> "Stmtco " + name).toList();
    /** %1$s: what each of the four nested connections selects besides its edges. */
    private static final String NESTED = """
            query($first: Int) { organizations(first: $first, filter: {text: "Stmtco"}) { edges { node { name
              events(first: 3) { %1$s edges { node { title articles(first: 2) { %1$s edges { node { title } } } } } }
              participations(first: 3) { %1$s edges { node { role event { title } } } }
              articles(first: 2) { %1$s edges { node { title } } } } } } }""";

    private static boolean seeded;
    private static boolean nestedSeeded;

    @Inject
    SessionFactory sessionFactory;

    /** 110 articles naming three demo organizations, each linked to two demo events, written in batches of aliased mutations. */
    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        List<String> events = query("{ events(filter: {text: \"Kaspersky\"}) { edges { node { id } } } }")
                .extract().path("data.events.edges.node.id");
        List<String> articleIds = new ArrayList<>();
        for (int batch = 0; batch < ARTICLES; batch += 22) {
            StringBuilder mutation = new StringBuilder("mutation {");
            for (int i = batch; i < Math.min(batch + 22, ARTICLES); i++) {
                mutation.append(" a").append(i).append(": createArticle(input: {title: \"Feed item ").append(i)
                        .append("\", body: \"Kaspersky Lab, CNN and McAfee, item ").append(i).append(".\", source: \"")
                        .append(SOURCE).append("\", publishedAt: \"2001-01-01T").append(String.format("%02d", i % 24))
                        .append(":").append(String.format("%02d", i % 60)).append(":00Z\"}) { id }");
            }
            Map<String, Map<String, String>> created = asEditor(mutation.append(" }").toString())
                    .body("errors", nullValue()).extract().path("data");
            created.values().forEach(article -> articleIds.add(article.get("id")));
        }
        StringBuilder links = new StringBuilder("mutation {");
        for (int i = 0; i < articleIds.size(); i++) {
            for (int e = 0; e < 2; e++) {
                links.append(" l").append(i).append('_').append(e).append(": linkArticleToEvent(articleId: \"")
                        .append(articleIds.get(i)).append("\", eventId: \"").append(events.get(e)).append("\") { id }");
            }
        }
        asEditor(links.append(" }").toString()).body("errors", nullValue());
        seeded = true;
    }

    /** 12 organizations taking part in the same 3 events, each reported by 4 articles that name all 12. */
    private static synchronized void seedNested() {
        if (nestedSeeded) {
            return;
        }
        StringBuilder setup = new StringBuilder("mutation {");
        for (int i = 0; i < COMPANIES.size(); i++) {
            setup.append(" o").append(i).append(": createOrganization(input: {name: \"").append(COMPANIES.get(i))
                    .append("\", kind: COMPANY}) { id }");
        }
        for (int e = 0; e < 3; e++) {
            setup.append(" e").append(e).append(": createEvent(input: {title: \"Stmtco event ").append(e)
                    .append("\", kind: LAWSUIT, occurredOn: \"2003-0").append(e + 1).append("-01\"}) { id }");
        }
        for (int a = 0; a < 4; a++) {
            setup.append(" a").append(a).append(": createArticle(input: {title: \"Stmtco story ").append(a)
                    .append("\", body: \"").append(String.join(", ", COMPANIES)).append(" went to court.\",")
                    .append(" publishedAt: \"2003-05-0").append(a + 1).append("T10:00:00Z\"}) { id }");
        }
        Map<String, Map<String, String>> created = asEditor(setup.append(" }").toString())
                .body("errors", nullValue()).extract().path("data");
        StringBuilder links = new StringBuilder("mutation {");
        for (int e = 0; e < 3; e++) {
            String event = created.get("e" + e).get("id");
            for (int i = 0; i < COMPANIES.size(); i++) {
                links.append(" p").append(e).append('_').append(i).append(": addParticipant(eventId: \"").append(event)
                        .append("\", organizationId: \"").append(created.get("o" + i).get("id")).append("\", role: ACTOR) { id }");
            }
            for (int a = 0; a < 4; a++) {
                links.append(" l").append(e).append('_').append(a).append(": linkArticleToEvent(articleId: \"")
                        .append(created.get("a" + a).get("id")).append("\", eventId: \"").append(event).append("\") { id }");
            }
        }
        asEditor(links.append(" }").toString()).body("errors", nullValue());
        nestedSeeded = true;
    }

    private long nestedStatementsFor(int first, boolean totals) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        var response = query(NESTED.formatted(totals ? "totalCount" : ""), Map.of("first", first))
                .body("errors", nullValue())
                .body("data.organizations.edges", hasSize(first))
                .body("data.organizations.edges.node.events.edges", everyItem(hasSize(3)))
                .body("data.organizations.edges.node.events.edges.flatten().node.articles.edges", everyItem(hasSize(2)))
                .body("data.organizations.edges.node.participations.edges", everyItem(hasSize(3)))
                .body("data.organizations.edges.node.articles.edges", everyItem(hasSize(2)));
        if (totals) {
            response.body("data.organizations.edges.node.events.totalCount", everyItem(equalTo(3)))
                    .body("data.organizations.edges.node.events.edges.flatten().node.articles.totalCount", everyItem(equalTo(4)))
                    .body("data.organizations.edges.node.participations.totalCount", everyItem(equalTo(3)))
                    .body("data.organizations.edges.node.articles.totalCount", everyItem(equalTo(4)));
        }
        return statistics.getPrepareStatementCount();
    }

    @Test
    void nestedConnectionsCostOneQueryPerLevelWhateverTheNumberOfParents() {
        seedNested();
        long two = nestedStatementsFor(2, true);
        long twelve = nestedStatementsFor(12, true);
        assertTrue(two > 0, "the page was executed, not answered from the response cache");
        assertEquals(two, twelve, "statements for 2 vs 12 organizations");
        // the page of organizations, then for each of the four nested connections its page and its count
        assertEquals(9, twelve, "statements for 12 organizations with their totals");
        // the counts run only when a totalCount is asked for: one per connection level
        assertEquals(twelve - 4, nestedStatementsFor(12, false), "statements without totalCount");
    }

    private long statementsFor(int first, String extraField) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        query(FEED.formatted(extraField), Map.of("first", first, "source", SOURCE))
                .body("errors", nullValue())
                .body("data.articles.edges", hasSize(first))
                .body("data.articles.edges.node.organizations", everyItem(hasSize(3)))
                .body("data.articles.edges.node.events", everyItem(hasSize(2)));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aPageOfHundredCostsTheSameStatementsAsAPageOfTen() {
        seed();
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled(), "Hibernate statistics must be on");
        long ten = statementsFor(10, "");
        long hundred = statementsFor(100, "");
        assertTrue(ten > 0, "the page was executed, not answered from the response cache");
        assertEquals(ten, hundred, "statements for 10 vs 100 articles");
        assertTrue(hundred <= 5, "at most 5 statements, was " + hundred);
        // totalCount is one count query on top.
        assertEquals(hundred + 1, statementsFor(100, "totalCount"));
    }

    /** mentions and organizations both read an article's mentions: one query serves both. */
    @Test
    void mentionsBesideOrganizationsCostNoStatement() {
        String page = "{ articles(filter: {source: \"Newsgraph demo\"}) { edges { node { title organizations { name } %s } } } }";
        long without = demoStatements(page.formatted(""));
        long with = demoStatements(page.formatted("mentions { count snippet organization { name } }"));
        assertTrue(without > 0, "the page was executed, not answered from the response cache");
        assertEquals(without, with, "statements with mentions beside organizations");
    }

    private long demoStatements(String page) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        query(page).body("errors", nullValue()).body("data.articles.edges.node.organizations", everyItem(not(empty())));
        return statistics.getPrepareStatementCount();
    }

    /** 10 or 100 ids of articles, organizations and events: one query per type, then one per nested level. */
    @Test
    void nodesCostTheSameStatementsForTenIdsAsForAHundred() {
        seed();
        List<String> articles = query("query($s: String) { articles(first: 90, filter: {source: $s}) { edges { node { id } } } }",
                Map.of("s", SOURCE)).extract().path("data.articles.edges.node.id");
        List<String> organizations = query("{ organizations(first: 5) { edges { node { id } } } }")
                .extract().path("data.organizations.edges.node.id");
        List<String> events = query("{ events(first: 5) { edges { node { id } } } }").extract().path("data.events.edges.node.id");
        List<String> hundred = new ArrayList<>(articles);
        hundred.addAll(organizations);
        hundred.addAll(events);
        List<String> ten = new ArrayList<>(articles.subList(0, 4));
        ten.addAll(organizations.subList(0, 3));
        ten.addAll(events.subList(0, 3));
        assertEquals(100, hundred.size());

        long forTen = nodeStatements(ten);
        long forHundred = nodeStatements(hundred);
        assertTrue(forTen > 0, "the nodes were loaded, not answered from the response cache");
        assertEquals(forTen, forHundred, "statements for 10 vs 100 ids");
        // articles, organizations, events; mentions of the articles; participants of the events
        assertTrue(forHundred <= 5, "at most 5 statements, was " + forHundred);
    }

    private long nodeStatements(List<String> ids) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        query(NODES, Map.of("ids", ids))
                .body("errors", nullValue())
                .body("data.nodes.id", org.hamcrest.Matchers.equalTo(ids));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void statementStatisticsArePublishedAsMetrics() {
        query("{ articles(first: 1) { edges { node { id } } } }").body("errors", nullValue());
        get("/q/metrics").then().statusCode(200)
                .body(containsString("hibernate_statements_total"))
                .body(containsString("hibernate_query_executions_total"));
    }
}
