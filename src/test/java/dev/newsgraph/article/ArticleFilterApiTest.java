package dev.newsgraph.article;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** `articles(filter:)` with `and`/`or`/`not` and list fields, paged, with exact totals. */
@QuarkusTest
class ArticleFilterApiTest {

    private static final String PAGE = "query($f: ArticleFilter, $after: String, $first: Int) {"
            + " articles(filter: $f, first: $first, after: $after) { totalCount"
            + " pageInfo { hasNextPage endCursor } edges { node { title } } } }";

    private static String alpha;
    private static String beta;
    private static String gamma;

    @BeforeEach
    void fiveStories() {
        if (alpha != null) {
            return;
        }
        alpha = GraphFixtures.organization("Qzfilter Alpha");
        beta = GraphFixtures.organization("Qzfilter Beta");
        gamma = GraphFixtures.organization("Qzfilter Gamma");
        story(1, "Qzfilter Alpha said it grew.", "Wire One", "en");
        story(2, "Qzfilter Beta said it shrank.", "Wire Two", "de");
        story(3, "Qzfilter Alpha and Qzfilter Gamma merged.", null, "en");
        story(4, "Qzfilter Gamma announced a plan.", "Wire One", "fr");
        story(5, "Nobody we know said anything.", "wire two", "en");
    }

    private static void story(int n, String body, String source, String language) {
        Map<String, Object> input = new HashMap<>(Map.of("title", "Qzfilter story " + n, "body", body,
                "publishedAt", "2024-01-0" + n + "T12:00:00Z", "language", language));
        if (source != null) {
            input.put("source", source);
        }
        asEditor("mutation($input: ArticleInput!) { createArticle(input: $input) { id } }", Map.of("input", input))
                .body("errors", nullValue());
    }

    /** The condition, within the five stories of this test. */
    private static Map<String, Object> within(Map<String, Object> condition) {
        return Map.of("and", List.of(Map.of("text", "Qzfilter story"), condition));
    }

    private static List<String> titles(Map<String, Object> condition) {
        Map<String, Object> variables = new HashMap<>(Map.of("f", within(condition), "first", 100));
        return query(PAGE, variables).body("errors", nullValue()).extract().path("data.articles.edges.node.title");
    }

    private static String[] stories(int... numbers) {
        String[] titles = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            titles[i] = "Qzfilter story " + numbers[i];
        }
        return titles;
    }

    @Test
    void organizationIdsMatchArticlesMentioningAnyOfThem() {
        assertThat(titles(Map.of("organizationIds", List.of(alpha, beta))),
                contains(stories(3, 2, 1)));
    }

    @Test
    void orMatchesEitherCondition() {
        assertThat(titles(Map.of("or", List.of(Map.of("organizationId", alpha),
                Map.of("sources", List.of("WIRE TWO"))))), contains(stories(5, 3, 2, 1)));
    }

    @Test
    void notKeepsArticlesWithoutASource() {
        assertThat(titles(Map.of("not", Map.of("sources", List.of("Wire One")))),
                contains(stories(5, 3, 2)));
    }

    @Test
    void anyOfTheseButNotThat() {
        assertThat(titles(Map.of("organizationIds", List.of(alpha, beta),
                "not", Map.of("organizationId", gamma))), contains(stories(2, 1)));
    }

    @Test
    void languagesMatchAnyTag() {
        assertThat(titles(Map.of("languages", List.of("DE", "fr"))), contains(stories(4, 2)));
    }

    @Test
    void emptyListsAndOrMatchNothingAndEmptyAndEverything() {
        assertThat(titles(Map.of("sources", List.of())), empty());
        assertThat(titles(Map.of("or", List.of())), empty());
        assertThat(titles(Map.of("and", List.of())), contains(stories(5, 4, 3, 2, 1)));
    }

    @Test
    void combinedFilterPagesWithAnExactTotal() {
        Map<String, Object> filter = within(Map.of("or", List.of(Map.of("organizationId", alpha),
                Map.of("sources", List.of("wire two")))));
        JsonPath first = query(PAGE, Map.of("f", filter, "first", 3)).body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(4))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("data.articles.edges.node.title"));
        query(PAGE, Map.of("f", filter, "first", 3, "after", first.getString("data.articles.pageInfo.endCursor")))
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(4))
                .body("data.articles.pageInfo.hasNextPage", equalTo(false))
                .body("data.articles.edges.node.title", contains(stories(1)))
                .extract().jsonPath();
        assertThat(seen, contains(stories(5, 3, 2)));
    }

    @Test
    void anUnknownIdInTheListIsNotFound() {
        query(PAGE, Map.of("f", Map.of("organizationIds", List.of(alpha, GraphFixtures.MALFORMED_ID))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void deletedOrganizationsMatchNothing() {
        assertThat(titles(Map.of("organizationIds", List.of(GraphFixtures.deletedOrganization()))),
                empty());
        assertThat(titles(Map.of("or", List.of(Map.of("organizationIds", List.of(beta)),
                Map.of("and", List.of(Map.of("organizationId", gamma), Map.of("languages", List.of("fr"))))))),
                containsInAnyOrder(stories(4, 2)));
    }
}
