package dev.newsgraph.analytics;

import static dev.newsgraph.GraphFixtures.article;
import static dev.newsgraph.GraphFixtures.organization;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * `distinctStories` on stats, coMentions and trendingOrganizations: a story syndicated three times counts
 * three times without it and once with it; a distinct story beside it counts once either way.
 */
@QuarkusTest
class DistinctStoriesApiTest {

    /** Names Quillfeather twice and Marrowby once; stored three times, from two sources. */
    private static final String SYNDICATED = "Quillfeather Instruments agreed on Monday to move its calibration workshop"
            + " from the river quarter to a larger hall near the ring road, where Marrowby Freight will deliver the heavy"
            + " test benches in October. The company said the move would let it double the number of gauges it checks"
            + " each week, and Quillfeather Instruments expects to hire eleven technicians before the end of the year.";

    /** Names Quillfeather once, on another matter. */
    private static final String OTHER = "A former apprentice at Quillfeather Instruments has won the national prize for"
            + " young watchmakers with a pocket chronometer built almost entirely from recycled brass, the jury announced"
            + " at a ceremony in the old guild house on Saturday evening, praising its unusually quiet escapement.";

    private static final String DAY = "1987-09-14";

    private static String quillfeather;
    private static String marrowby;

    private static synchronized void seed() {
        if (quillfeather != null) {
            return;
        }
        String q = organization("Quillfeather Instruments");
        marrowby = organization("Marrowby Freight");
        article("Countonce workshop moves", SYNDICATED, DAY + "T08:00:00Z", "Countonce Wire A");
        article("Countonce workshop to move", SYNDICATED, DAY + "T09:00:00Z", "Countonce Wire B");
        article("Countonce a bigger workshop", SYNDICATED, DAY + "T10:00:00Z", "Countonce Wire B");
        article("Countonce watchmaking prize", OTHER, DAY + "T12:00:00Z", "Countonce Wire A");
        quillfeather = q;
    }

    private static Map<String, Object> stories(boolean distinct) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("distinct", distinct);
        return variables;
    }

    @Test
    void theSyndicatedCopiesAreOneStory() {
        seed();
        query("{ articles(filter: {sources: [\"Countonce Wire B\"]}) { edges { node { duplicateOf { title } } } } }")
                .body("errors", nullValue())
                .body("data.articles.edges.node.duplicateOf.title",
                        contains("Countonce workshop moves", "Countonce workshop moves"));
    }

    @Test
    void statsCountEachStoryOnce() {
        seed();
        String stats = "query($distinct: Boolean) { stats(distinctStories: $distinct) {"
                + " totals(from: \"" + DAY + "\", to: \"" + DAY + "\") { articles mentions organizations }"
                + " articlesPerMonth(from: \"" + DAY + "\", to: \"" + DAY + "\") { month count }"
                + " topOrganizations(from: \"" + DAY + "\", to: \"" + DAY + "\") { organization { name } mentions articles }"
                + " articlesPerSource(from: \"" + DAY + "\", to: \"" + DAY + "\") { source count } } }";
        query(stats, stories(false))
                .body("errors", nullValue())
                .body("data.stats.totals.articles", equalTo(4))
                .body("data.stats.totals.mentions", equalTo(10)) // 3 copies x (2 + 1), and 1
                .body("data.stats.totals.organizations", equalTo(2))
                .body("data.stats.articlesPerMonth.count", contains(4))
                .body("data.stats.topOrganizations.organization.name", contains("Quillfeather Instruments", "Marrowby Freight"))
                .body("data.stats.topOrganizations.mentions", contains(7, 3))
                .body("data.stats.topOrganizations.articles", contains(4, 3))
                .body("data.stats.articlesPerSource.source", contains("Countonce Wire A", "Countonce Wire B"))
                .body("data.stats.articlesPerSource.count", contains(2, 2));
        query(stats, stories(true))
                .body("errors", nullValue())
                .body("data.stats.totals.articles", equalTo(2))
                .body("data.stats.totals.mentions", equalTo(4))
                .body("data.stats.totals.organizations", equalTo(2))
                .body("data.stats.articlesPerMonth.month", contains("1987-09"))
                .body("data.stats.articlesPerMonth.count", contains(2))
                .body("data.stats.topOrganizations.organization.name", contains("Quillfeather Instruments", "Marrowby Freight"))
                .body("data.stats.topOrganizations.mentions", contains(3, 1))
                .body("data.stats.topOrganizations.articles", contains(2, 1))
                // Wire A has two stories; Wire B's two articles are one story
                .body("data.stats.articlesPerSource.source", contains("Countonce Wire A", "Countonce Wire B"))
                .body("data.stats.articlesPerSource.count", contains(2, 1));
        query("{ stats { totals(from: \"" + DAY + "\", to: \"" + DAY + "\") { articles } } }")
                .body("data.stats.totals.articles", equalTo(4));
    }

    @Test
    void coMentionsCountEachSharedStoryOnce() {
        seed();
        String coMentions = "query($o: ID!, $distinct: Boolean) { coMentions(organizationId: $o, distinctStories: $distinct)"
                + " { organization { name } sharedArticles } }";
        Map<String, Object> articles = stories(false);
        articles.put("o", marrowby);
        query(coMentions, articles)
                .body("errors", nullValue())
                .body("data.coMentions.organization.name", contains("Quillfeather Instruments"))
                .body("data.coMentions.sharedArticles", contains(3));
        Map<String, Object> once = stories(true);
        once.put("o", marrowby);
        query(coMentions, once)
                .body("errors", nullValue())
                .body("data.coMentions.organization.name", contains("Quillfeather Instruments"))
                .body("data.coMentions.sharedArticles", contains(1));
        query("query($o: ID!) { coMentions(organizationId: $o) { sharedArticles } }", Map.of("o", quillfeather))
                .body("data.coMentions.sharedArticles", contains(3));
    }

    @Test
    void trendingCountsEachStoryOnce() {
        seed();
        String trending = "query($distinct: Boolean) { trendingOrganizations(asOf: \"1987-09-15T00:00:00Z\","
                + " distinctStories: $distinct) { organization { name } recentArticles baselineArticles score } }";
        query(trending, stories(false))
                .body("errors", nullValue())
                .body("data.trendingOrganizations.organization.name", contains("Quillfeather Instruments", "Marrowby Freight"))
                .body("data.trendingOrganizations.recentArticles", contains(4, 3))
                .body("data.trendingOrganizations.baselineArticles", contains(0, 0));
        query(trending, stories(true))
                .body("errors", nullValue())
                .body("data.trendingOrganizations.organization.name", contains("Quillfeather Instruments", "Marrowby Freight"))
                .body("data.trendingOrganizations.recentArticles", contains(2, 1))
                .body("data.trendingOrganizations.baselineArticles", contains(0, 0))
                // ((2 + 1) / 7) / ((0 + 1) / 30)
                .body("data.trendingOrganizations[0].score", equalTo((float) (90.0 / 7)));
    }
}
