package dev.newsgraph.notify;

import static dev.newsgraph.GraphQLClient.asEditor;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.GraphQLSubscriber;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** articleImported(filter:) and eventChanged(filter:): only matching nodes, nested fields resolved as in a query. */
@QuarkusTest
class FilteredSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static String markdown(String title, String body) {
        return "# " + title + "\n\nPublished :`2024-05-06 07:08:09`\n\n---\n\n" + body + "\n\n---\n";
    }

    private static void importArticle(String title, String body, String source) {
        asEditor("mutation($m: String!, $s: String) { importArticle(markdown: $m, source: $s) { created } }",
                Map.of("m", markdown(title, body), "s", source)).body("errors", nullValue());
    }

    @Test
    void articleImportedSendsOnlyTheArticlesTheFilterMatchesWithTheirNestedFields() throws Exception {
        String organization = GraphFixtures.organization("Filtered Feed Systems");
        String subscription = "subscription { articleImported(filter: {or: [{sources: [\"Feed Wire\"]},"
                + " {organizationIds: [\"" + organization + "\"]}], not: {text: \"skipme\"}}) {"
                + " title source mentions { organization { name } count } organizations { name } } }";
        try (GraphQLSubscriber matching = GraphQLSubscriber.subscribe(endpoint, subscription);
                GraphQLSubscriber everything = GraphQLSubscriber.subscribe(endpoint,
                        "subscription { articleImported { title } }")) {
            importArticle("Feed one: from the wire", "Nothing of note happened.", "Feed Wire");
            importArticle("Feed two: elsewhere", "Nothing of note happened again.", "Other Desk");
            importArticle("Feed three: a mention", "Filtered Feed Systems said it grew. Filtered Feed Systems hired.", "Other Desk");
            importArticle("Feed four: excluded", "skipme, from the wire.", "Feed Wire");

            List<String> all = everything.nextPayloads(4).stream().map(p -> p.getString("data.articleImported.title")).toList();
            assertEquals(List.of("Feed one: from the wire", "Feed two: elsewhere", "Feed three: a mention", "Feed four: excluded"), all);

            List<JsonPath> sent = matching.nextPayloads(2);
            assertEquals("Feed one: from the wire", sent.get(0).getString("data.articleImported.title"));
            assertEquals("Feed three: a mention", sent.get(1).getString("data.articleImported.title"));
            JsonPath third = sent.get(1);
            assertEquals(List.of("Filtered Feed Systems"), third.getList("data.articleImported.organizations.name"));
            assertEquals("Filtered Feed Systems", third.getString("data.articleImported.mentions[0].organization.name"));
            assertEquals(2, third.getInt("data.articleImported.mentions[0].count"));
            assertTrue(third.getList("errors") == null, third.prettify());
            // the fourth import (excluded) and the second (no match) were not sent; a fifth that matches comes next
            importArticle("Feed five: from the wire again", "More of nothing.", "Feed Wire");
            assertEquals("Feed five: from the wire again", matching.nextPayloads(1).get(0).getString("data.articleImported.title"));
        }
    }

    @Test
    void eventChangedSendsOnlyMatchingEventsWithParticipantsAndArticles() throws Exception {
        String organization = GraphFixtures.organization("Filtered Event Agency");
        String ban = GraphFixtures.event("Filtered ban", "BAN", "2024-06-20", "DAY");
        String report = GraphFixtures.event("Filtered report", "REPORT", "2024-06-21", "DAY");
        String subscription = "subscription { eventChanged(filter: {kinds: [BAN, SANCTION]}) { title kind"
                + " participants { organization { name } role } articles(first: 5) { totalCount } } }";
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint, subscription)) {
            GraphFixtures.participant(report, organization, "ACTOR");
            GraphFixtures.participant(ban, organization, "TARGET");
            JsonPath sent = subscriber.nextPayloads(1).get(0);
            assertEquals("Filtered ban", sent.getString("data.eventChanged.title"), sent.prettify());
            assertEquals(List.of("Filtered Event Agency"), sent.getList("data.eventChanged.participants.organization.name"));
            assertEquals(List.of("TARGET"), sent.getList("data.eventChanged.participants.role"));
            assertEquals(0, sent.getInt("data.eventChanged.articles.totalCount"));
            assertTrue(subscriber.arrived().isEmpty(), "the report's change was not sent");
        }
    }

    @Test
    void aPageOutOfBoundsIsRefusedWhenSubscribingNotOnEveryEvent() throws Exception {
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint,
                "subscription { articleImported { title duplicates(first: 101) { totalCount } } }")) {
            JsonPath answer = subscriber.next();
            assertEquals("error", answer.getString("type"), answer.prettify());
            assertEquals("LIMIT_EXCEEDED", answer.getString("payload[0].extensions.code"), answer.prettify());
            assertEquals("pageSize", answer.getString("payload[0].extensions.limit"), answer.prettify());
            assertEquals(100, answer.getInt("payload[0].extensions.max"), answer.prettify());
        }
    }

    @Test
    void aFilterOverItsBoundsIsRefusedWhenSubscribing() throws Exception {
        String deep = "{not: ".repeat(11) + "{text: \"x\"}" + "}".repeat(11);
        try (GraphQLSubscriber subscriber = GraphQLSubscriber.subscribe(endpoint,
                "subscription { articleImported(filter: " + deep + ") { title } }")) {
            JsonPath answer = subscriber.next();
            assertTrue(answer != null, "an answer came");
            String text = answer.prettify();
            assertTrue(text.contains("LIMIT_EXCEEDED") && text.contains("filter"), text);
        }
    }
}
