package dev.newsgraph.duplicate;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Near-duplicate stories through the API: the earliest article is the original, copies point at it. */
@QuarkusTest
class DuplicatesApiTest {

    private static final String STORY = "query($id: ID!) { article(id: $id) { title duplicateOf { title }"
            + " duplicates(first: 10) { totalCount edges { node { title } } } } }";

    private static String body(String version) throws IOException {
        return FingerprintEvaluationTest.stories().get(version);
    }

    @Test
    void aRewriteIsACopyOfTheEarlierArticleAndADistinctStoryIsNot() throws IOException {
        String original = GraphFixtures.article("Dup fine first", body("bank-fine/a"), "2030-01-02T10:00:00Z", "Wire A");
        String copy = GraphFixtures.article("Dup fine copy", body("bank-fine/b"), "2030-01-02T14:00:00Z", "Wire B");
        String other = GraphFixtures.article("Dup merger", body("bank-merger/a"), "2030-01-02T15:00:00Z", "Wire A");

        query(STORY, Map.of("id", copy)).body("errors", nullValue())
                .body("data.article.duplicateOf.title", equalTo("Dup fine first"))
                .body("data.article.duplicates.totalCount", equalTo(0));
        query(STORY, Map.of("id", original))
                .body("data.article.duplicateOf", nullValue())
                .body("data.article.duplicates.edges.node.title", contains("Dup fine copy"));
        query(STORY, Map.of("id", other))
                .body("data.article.duplicateOf", nullValue())
                .body("data.article.duplicates.edges", empty());
    }

    @Test
    void anEarlierCopyArrivingLaterBecomesTheOriginal() throws IOException {
        String first = GraphFixtures.article("Dup plant wire", body("chip-plant/a"), "2030-02-05T12:00:00Z", null);
        String earlier = GraphFixtures.article("Dup plant scoop", body("chip-plant/b"), "2030-02-05T09:00:00Z", null);

        query(STORY, Map.of("id", first)).body("data.article.duplicateOf.title", equalTo("Dup plant scoop"));
        query(STORY, Map.of("id", earlier))
                .body("data.article.duplicateOf", nullValue())
                .body("data.article.duplicates.edges.node.title", contains("Dup plant wire"));
    }

    @Test
    void excludeDuplicatesCountsEachStoryOnce() throws IOException {
        GraphFixtures.article("Dupx storm one", body("storm-power/a"), "2030-03-01T08:00:00Z", null);
        GraphFixtures.article("Dupx storm two", body("storm-power/b"), "2030-03-01T09:00:00Z", null);
        GraphFixtures.article("Dupx rates", body("storm-rates/a"), "2030-03-01T10:00:00Z", null);
        String page = "query($f: ArticleFilter) { articles(filter: $f) { totalCount edges { node { title } } } }";

        query(page, Map.of("f", Map.of("text", "Dupx", "excludeDuplicates", true)))
                .body("data.articles.totalCount", equalTo(2))
                .body("data.articles.edges.node.title", contains("Dupx rates", "Dupx storm one"));
        query(page, Map.of("f", Map.of("text", "Dupx", "not", Map.of("excludeDuplicates", true))))
                .body("data.articles.edges.node.title", contains("Dupx storm two"));
        query(page, Map.of("f", Map.of("text", "Dupx", "excludeDuplicates", false)))
                .body("data.articles.totalCount", equalTo(3));
    }

    @Test
    void aCopyRewrittenIntoAnotherStoryLeavesAndDeletingTheOriginalPromotesTheNextCopy() throws IOException {
        String original = GraphFixtures.article("Dupu outage one", body("airline-outage/a"), "2030-04-01T08:00:00Z", null);
        String second = GraphFixtures.article("Dupu outage two", body("airline-outage/b"), "2030-04-01T09:00:00Z", null);
        String third = GraphFixtures.article("Dupu outage three", body("airline-outage/b") + " More later.",
                "2030-04-01T10:00:00Z", null);
        query(STORY, Map.of("id", original)).body("data.article.duplicates.totalCount", equalTo(2));

        asEditor("mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }",
                Map.of("id", third, "input", Map.of("title", "Dupu strike", "body", body("airline-strike/a"),
                        "publishedAt", "2030-04-01T10:00:00Z")))
                .body("errors", nullValue());
        query(STORY, Map.of("id", third)).body("data.article.duplicateOf", nullValue());
        query(STORY, Map.of("id", original)).body("data.article.duplicates.edges.node.title", contains("Dupu outage two"));

        asEditor("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", original)).body("errors", nullValue());
        query(STORY, Map.of("id", second)).body("data.article.duplicateOf", nullValue());
    }

    private static final String KILN = "The pottery cooperative in Harrowgate fired its new wood kiln for the first time on"
            + " Saturday, after four years of fundraising and two failed attempts to secure a building permit. Members loaded"
            + " more than three hundred pieces into the chamber, which reaches twelve hundred degrees after a day and a half"
            + " of stoking. The cooperative plans to open the kiln to visiting artists each spring and to offer classes for"
            + " local schools.";

    private static final String KILN_REWRITE = "The Harrowgate pottery cooperative fired its new wood kiln for the first time on"
            + " Saturday, after four years of fundraising and two failed attempts to secure a building permit. Members loaded"
            + " more than three hundred pieces into the chamber, which reaches twelve hundred degrees after a day and a half"
            + " of stoking. The cooperative plans to open the kiln to visiting artists each spring and to offer classes for"
            + " local schools, a spokesperson said. The first pieces come out on Wednesday.";

    private static final String MUSEUM = "A ceramics museum opened in a former railway depot in Harrowgate this week, showing"
            + " glazed tiles collected by a retired engineer over fifty years. The town council bought the depot in the"
            + " spring and paid for a new roof, while volunteers cleaned the brick walls and built the display cases by"
            + " hand. Entry is free on the first Sunday of every month.";

    private static final String IMPORT = "mutation($md: String!, $source: String) { importArticle(markdown: $md, source: $source) {"
            + " created article { id } duplicateOf { id title } } }";

    private static String markdown(String title, String published, String body) {
        return "# " + title + "\n\nPublished :`" + published + "`\n\n---\n\n" + body + "\n\n---\n";
    }

    @Test
    void anImportSaysWhichEarlierArticleItCopies() {
        String first = asEditor(IMPORT, Map.of("md", markdown("Dupi kiln fired", "2030-05-02 08:00:00", KILN), "source", "Wire A"))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(true))
                .body("data.importArticle.duplicateOf", nullValue())
                .extract().path("data.importArticle.article.id");

        String rewrite = markdown("Dupi kiln lit at last", "2030-05-02 11:00:00", KILN_REWRITE);
        String copy = asEditor(IMPORT, Map.of("md", rewrite, "source", "Wire B"))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(true))
                .body("data.importArticle.duplicateOf.id", equalTo(first))
                .body("data.importArticle.duplicateOf.title", equalTo("Dupi kiln fired"))
                .extract().path("data.importArticle.article.id");

        asEditor(IMPORT, Map.of("md", markdown("Dupi museum", "2030-05-02 12:00:00", MUSEUM), "source", "Wire A"))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(true))
                .body("data.importArticle.duplicateOf", nullValue());

        asEditor(IMPORT, Map.of("md", rewrite, "source", "Wire B"))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(false))
                .body("data.importArticle.article.id", equalTo(copy))
                .body("data.importArticle.duplicateOf.id", equalTo(first));
    }

    @Test
    void aCopyInTheSameBatchAsItsOriginalSaysSo() {
        String bridge = "The swing bridge over the Ashby canal reopened to walkers and cyclists on Friday after a repair"
                + " that took eleven months and cost twice the original estimate. Engineers replaced the rusted turning"
                + " gear and the oak deck, and the county added lights along both approaches. Boats may pass again from"
                + " Monday, when the bridge keeper returns to open it on request.";
        String batch = "mutation($files: [ArticleFileInput!]!) { importArticles(files: $files) {"
                + " result { created duplicateOf { title } } } }";
        asEditor(batch, Map.of("files", List.of(
                Map.of("name", "a.md", "markdown", markdown("Dupb bridge reopens", "2030-06-02 08:00:00", bridge)),
                Map.of("name", "b.md", "markdown", markdown("Dupb bridge open again", "2030-06-02 09:00:00",
                        bridge.replace("on Friday", "on Friday morning"))))))
                .body("errors", nullValue())
                .body("data.importArticles.result.created", contains(true, true))
                .body("data.importArticles[0].result.duplicateOf", nullValue())
                .body("data.importArticles[1].result.duplicateOf.title", equalTo("Dupb bridge reopens"));
    }
}
