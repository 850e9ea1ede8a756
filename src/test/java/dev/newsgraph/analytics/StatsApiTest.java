package dev.newsgraph.analytics;

import static dev.newsgraph.GraphFixtures.article;
import static dev.newsgraph.GraphFixtures.event;
import static dev.newsgraph.GraphFixtures.organization;
import static dev.newsgraph.GraphFixtures.participant;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The facets over a small world of its own in 1991, which no other test writes into. */
@QuarkusTest
class StatsApiTest {

    private static boolean seeded;

    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        String alpha = organization("Statsy Alpha Works");
        organization("Statsy Beta Works");
        organization("Statsy Idle Works");
        article("Statsy one", "Statsy Alpha Works, Statsy Alpha Works and Statsy Beta Works.", "1991-03-10T12:00:00Z", "Statsy Gazette");
        article("Statsy two", "Statsy Beta Works again.", "1991-03-20T12:00:00Z", "Statsy Gazette");
        // 23:30 at UTC-5 on May 31st is June 1st in UTC: it counts in June.
        article("Statsy three", "Statsy Alpha Works once.", "1991-05-31T23:30:00-05:00", null);
        String ban = event("Statsy ban", "BAN", "1991-04-17", "MONTH");
        event("Statsy lawsuit", "LAWSUIT", "1991-04-10", "DAY");
        event("Statsy lawsuit two", "LAWSUIT", "1991-06-10", "DAY");
        participant(ban, alpha, "TARGET");
        seeded = true;
    }

    @Test
    void totalsCountWhatTheRangeHolds() {
        seed();
        query("{ stats { totals(from: \"1991-01-01\", to: \"1991-12-31\") { articles organizations events mentions } } }")
                .body("errors", nullValue())
                .body("data.stats.totals.articles", equalTo(3))
                .body("data.stats.totals.organizations", equalTo(2))
                .body("data.stats.totals.events", equalTo(3))
                .body("data.stats.totals.mentions", equalTo(5));
        query("{ stats { totals { articles organizations events mentions } } }")
                .body("data.stats.totals.articles", greaterThanOrEqualTo(4))
                .body("data.stats.totals.organizations", greaterThanOrEqualTo(8))
                .body("data.stats.totals.events", greaterThanOrEqualTo(8));
    }

    @Test
    void articlesPerMonthUseUtcMonths() {
        seed();
        query("{ stats { articlesPerMonth(from: \"1991-01-01\", to: \"1991-12-31\") { month count } } }")
                .body("data.stats.articlesPerMonth.month", contains("1991-03", "1991-06"))
                .body("data.stats.articlesPerMonth.count", contains(2, 1));
        query("{ stats { articlesPerMonth(from: \"1991-01-01\", to: \"1991-05-31\") { month count } } }")
                .body("data.stats.articlesPerMonth.month", contains("1991-03"));
    }

    @Test
    void eventsPerKindHonourDatePrecision() {
        seed();
        query("{ stats { eventsPerKind(from: \"1991-01-01\", to: \"1991-12-31\") { kind count } } }")
                .body("data.stats.eventsPerKind.kind", contains("LAWSUIT", "BAN"))
                .body("data.stats.eventsPerKind.count", contains(2, 1));
        // The MONTH ban stands for all of April, so a range starting mid-April still holds it.
        query("{ stats { eventsPerKind(from: \"1991-04-20\", to: \"1991-04-30\") { kind count } } }")
                .body("data.stats.eventsPerKind.kind", contains("BAN"));
    }

    @Test
    void topOrganizationsRankByMentionsThenArticles() {
        seed();
        query("{ stats { topOrganizations(from: \"1991-01-01\", to: \"1991-12-31\") { organization { name } mentions articles } } }")
                .body("data.stats.topOrganizations.organization.name", contains("Statsy Alpha Works", "Statsy Beta Works"))
                .body("data.stats.topOrganizations.mentions", contains(3, 2))
                .body("data.stats.topOrganizations.articles", contains(2, 2));
        query("{ stats { topOrganizations(first: 1, from: \"1991-01-01\", to: \"1991-12-31\") { organization { name } } } }")
                .body("data.stats.topOrganizations.organization.name", contains("Statsy Alpha Works"));
        query("{ stats { topOrganizations(first: 101) { mentions } } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void articlesPerSourceCountArticlesWithoutSourceUnderNull() {
        seed();
        query("{ stats { articlesPerSource(from: \"1991-01-01\", to: \"1991-12-31\") { source count } } }")
                .body("data.stats.articlesPerSource.source", contains("Statsy Gazette", null))
                .body("data.stats.articlesPerSource.count", contains(2, 1));
    }

    @Test
    void anEmptyRangeGivesZerosAndEmptyLists() {
        query("""
                { stats {
                    totals(from: "1980-01-01", to: "1980-12-31") { articles organizations events mentions }
                    articlesPerMonth(from: "1980-01-01", to: "1980-12-31") { month }
                    eventsPerKind(from: "1980-01-01", to: "1980-12-31") { kind }
                    topOrganizations(from: "1980-01-01", to: "1980-12-31") { mentions }
                    articlesPerSource(from: "1980-01-01", to: "1980-12-31") { source } } }""")
                .body("errors", nullValue())
                .body("data.stats.totals.articles", equalTo(0))
                .body("data.stats.totals.organizations", equalTo(0))
                .body("data.stats.totals.events", equalTo(0))
                .body("data.stats.totals.mentions", equalTo(0))
                .body("data.stats.articlesPerMonth", empty())
                .body("data.stats.eventsPerKind", empty())
                .body("data.stats.topOrganizations", empty())
                .body("data.stats.articlesPerSource", empty());
    }

    @Test
    void anInvertedRangeIsAValidationError() {
        query("{ stats { totals(from: \"1991-12-31\", to: \"1991-01-01\") { articles } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("from"));
    }
}
