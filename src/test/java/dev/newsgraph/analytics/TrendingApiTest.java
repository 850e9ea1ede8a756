package dev.newsgraph.analytics;

import static dev.newsgraph.GraphFixtures.article;
import static dev.newsgraph.GraphFixtures.organization;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Windows ending at 1995-06-30, where only this test writes articles. */
@QuarkusTest
class TrendingApiTest {

    private static boolean seeded;

    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        organization("Trendo Rising Corp");
        organization("Trendo Steady Corp");
        for (int day = 25; day <= 27; day++) {
            article("Trendo rising " + day, "Trendo Rising Corp did something.", "1995-06-" + day + "T10:00:00Z", null);
        }
        article("Trendo steady recent", "Trendo Steady Corp did its usual thing.", "1995-06-28T10:00:00Z", null);
        for (int day = 1; day <= 4; day++) {
            article("Trendo steady old " + day, "Trendo Steady Corp did its usual thing.", "1995-06-0" + day + "T10:00:00Z", null);
        }
        seeded = true;
    }

    @Test
    void aSuddenRiseScoresAboveASteadyRate() {
        seed();
        JsonPath trending = query("{ trendingOrganizations(asOf: \"1995-06-30T00:00:00Z\") { organization { name } score recentArticles baselineArticles } }")
                .body("errors", nullValue())
                .body("data.trendingOrganizations.organization.name", contains("Trendo Rising Corp", "Trendo Steady Corp"))
                .body("data.trendingOrganizations.recentArticles", contains(3, 1))
                .body("data.trendingOrganizations.baselineArticles", contains(0, 4))
                .extract().jsonPath();
        // ((3 + 1) / 7) / ((0 + 1) / 30) and ((1 + 1) / 7) / ((4 + 1) / 30)
        assertEquals(120.0 / 7, trending.getDouble("data.trendingOrganizations[0].score"), 1e-4);
        assertEquals(12.0 / 7, trending.getDouble("data.trendingOrganizations[1].score"), 1e-4);
    }

    @Test
    void windowsFollowTheirArguments() {
        seed();
        // With a 2-day recent window only the steady organization's June 28th article is recent.
        query("{ trendingOrganizations(days: 2, baselineDays: 30, asOf: \"1995-06-30T00:00:00Z\") { organization { name } recentArticles baselineArticles } }")
                .body("data.trendingOrganizations.organization.name", contains("Trendo Steady Corp"))
                .body("data.trendingOrganizations.baselineArticles", contains(4));
        query("{ trendingOrganizations(first: 1, asOf: \"1995-06-30T00:00:00Z\") { organization { name } } }")
                .body("data.trendingOrganizations.organization.name", contains("Trendo Rising Corp"));
        query("{ trendingOrganizations(asOf: \"1980-01-01T00:00:00Z\") { score } }")
                .body("data.trendingOrganizations", empty());
    }

    @Test
    void byDefaultTheWindowsEndAtTheNewestArticle() {
        query("{ trendingOrganizations { organization { name } score } }")
                .body("errors", nullValue())
                .body("data.trendingOrganizations", notNullValue());
    }

    @Test
    void windowLengthsMustBePositiveAndListsBounded() {
        query("{ trendingOrganizations(days: 0) { score } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("days"));
        query("{ trendingOrganizations(baselineDays: -3) { score } }")
                .body("errors[0].extensions.field", equalTo("baselineDays"));
        query("{ trendingOrganizations(first: 500) { score } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }
}
