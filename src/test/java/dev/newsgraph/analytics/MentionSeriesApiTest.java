package dev.newsgraph.analytics;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** `Organization.mentionSeries`: buckets of articles and mentions, empty ones included, in UTC. */
@QuarkusTest
class MentionSeriesApiTest {

    private static final String SERIES = "query($id: ID!, $from: Date, $to: Date, $interval: Interval) {"
            + " node(id: $id) { ... on Organization { mentionSeries(from: $from, to: $to, interval: $interval) {"
            + " start articles mentions } } } }";

    private static String organization;
    private static String silent;

    @BeforeEach
    void fourArticles() {
        if (organization != null) {
            return;
        }
        organization = GraphFixtures.organization("Qzseries Corp");
        silent = GraphFixtures.organization("Qzseries Silent");
        GraphFixtures.article("Series one", "Qzseries Corp said it grew. Qzseries Corp hired.", "2024-01-15T08:00:00Z", null);
        GraphFixtures.article("Series two", "Qzseries Corp shrank.", "2024-01-20T23:59:59Z", null);
        GraphFixtures.article("Series three", "Qzseries Corp paused.", "2024-03-03T12:00:00Z", null);
        // the last day of March where it was written, already April in UTC
        GraphFixtures.article("Series four", "Qzseries Corp resumed.", "2024-03-31T23:30:00-02:00", null);
        // an event of month precision plays no part in the series
        String event = GraphFixtures.event("Qzseries event", "ANNOUNCEMENT", "2024-02-10", "MONTH");
        GraphFixtures.participant(event, organization, "ACTOR");
    }

    private static io.restassured.response.ValidatableResponse series(String id, String from, String to, String interval) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id));
        variables.put("from", from);
        variables.put("to", to);
        variables.put("interval", interval);
        return query(SERIES, variables);
    }

    @Test
    void monthsByDefaultWithTheEmptyOnesIncluded() {
        series(organization, "2024-01-01", "2024-05-31", null)
                .body("errors", nullValue())
                .body("data.node.mentionSeries.start", contains("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"))
                .body("data.node.mentionSeries.articles", contains(2, 0, 1, 1, 0))
                .body("data.node.mentionSeries.mentions", contains(3, 0, 1, 1, 0));
    }

    @Test
    void openEndsSpanTheFirstToTheLastArticle() {
        series(organization, null, null, "MONTH")
                .body("data.node.mentionSeries.start", contains("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"));
        series(organization, null, null, "YEAR")
                .body("data.node.mentionSeries.start", contains("2024-01-01"))
                .body("data.node.mentionSeries.articles", contains(4))
                .body("data.node.mentionSeries.mentions", contains(5));
    }

    @Test
    void weeksStartOnMonday() {
        series(organization, "2024-01-10", "2024-01-25", "WEEK")
                .body("errors", nullValue())
                .body("data.node.mentionSeries.start", contains("2024-01-08", "2024-01-15", "2024-01-22"))
                .body("data.node.mentionSeries.articles", contains(0, 2, 0));
    }

    @Test
    void daysAreUtcDays() {
        series(organization, "2024-01-14", "2024-01-16", "DAY")
                .body("data.node.mentionSeries.start", contains("2024-01-14", "2024-01-15", "2024-01-16"))
                .body("data.node.mentionSeries.mentions", contains(0, 2, 0));
        series(organization, "2024-03-31", "2024-04-01", "DAY")
                .body("data.node.mentionSeries.articles", contains(0, 1));
    }

    @Test
    void anOrganizationNeverMentionedHasZerosInARangeAndNothingWithoutOne() {
        series(silent, "2024-01-01", "2024-03-31", "MONTH")
                .body("data.node.mentionSeries.articles", contains(0, 0, 0));
        series(silent, null, null, "MONTH")
                .body("errors", nullValue())
                .body("data.node.mentionSeries", empty());
    }

    @Test
    void aLongRangeKeepsTheLatestPoints() {
        series(organization, "2000-01-01", "2024-12-31", "DAY")
                .body("data.node.mentionSeries", hasSize(MentionSeries.MAX_POINTS))
                .body("data.node.mentionSeries[-1].start", equalTo("2024-12-31"))
                .body("data.node.mentionSeries[0].start", equalTo("2023-11-28"));
    }

    @Test
    void fromAfterToIsAValidationError() {
        series(organization, "2024-02-01", "2024-01-01", "MONTH")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void severalOrganizationsInOneRequest() {
        query("""
                { organizations(filter: {text: "Qzseries"}, orderBy: {field: NAME}) { edges { node { name
                    mentionSeries(from: "2024-03-01", to: "2024-04-30") { articles } } } } }""")
                .body("errors", nullValue())
                .body("data.organizations.edges.node.name", contains("Qzseries Corp", "Qzseries Silent"))
                .body("data.organizations.edges[0].node.mentionSeries.articles", contains(1, 1))
                .body("data.organizations.edges[1].node.mentionSeries.articles", contains(0, 0));
    }
}
