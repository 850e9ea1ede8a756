package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.notify.ChangeFeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.subscription.Cancellable;

@QuarkusTest
class ImportApiTest {

    static final String IMPORT = "mutation($md: String!, $url: String) { importArticle(markdown: $md, url: $url) {"
            + " created article { id title publishedAt summary }"
            + " mentions { organization { name } count snippet } suggestions { name count } } }";

    static final String BATCH = "mutation($files: [ArticleFileInput!]!) { importArticles(files: $files) {"
            + " name result { created article { id title } mentions { organization { name } count } } error { code message line } } }";

    @Inject
    ChangeFeed feed;

    static String article(String title, String body) {
        return "# " + title + "\n\nPublished :`2024-08-01 12:00:00`\n\n---\n\n" + body + "\n\n---\n";
    }

    private static int articleCount() {
        return query("{ articles { totalCount } }").extract().path("data.articles.totalCount");
    }

    @Test
    void theSeedArticleLinksExactlyTheStorysOrganizationsAndIsImportedOnce() {
        String seed = SampleArticles.seedTextOrSkip();
        ValidatableResponse first = asEditor(IMPORT, Map.of("md", seed))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(true))
                .body("data.importArticle.article.publishedAt", equalTo("2024-07-16T21:08:57Z"))
                .body("data.importArticle.mentions.organization.name", containsInAnyOrder(
                        "Kaspersky Lab", "US Department of Commerce", "CNN", "McAfee", "Symantec"))
                .body("data.importArticle.mentions.find { it.organization.name == 'Kaspersky Lab' }.count", equalTo(14))
                .body("data.importArticle.mentions.find { it.organization.name == 'US Department of Commerce' }.count", equalTo(5))
                .body("data.importArticle.mentions.find { it.organization.name == 'US Department of Commerce' }.snippet",
                        startsWith("Russian cybersecurity company Kaspersky Lab will"))
                .body("data.importArticle.mentions.find { it.organization.name == 'CNN' }.count", equalTo(1))
                .body("data.importArticle.mentions.find { it.organization.name == 'CNN' }.snippet",
                        matchesPattern("(?U)CNN\\s+reported\\s+in April that the Commerce Department was taking action against Kaspersky\\s+Lab\\."))
                .body("data.importArticle.mentions.find { it.organization.name == 'McAfee' }.count", equalTo(1))
                .body("data.importArticle.mentions.find { it.organization.name == 'Symantec' }.count", equalTo(1));
        int after = articleCount();

        ValidatableResponse again = asEditor(IMPORT, Map.of("md", seed))
                .body("errors", nullValue())
                .body("data.importArticle.created", equalTo(false))
                .body("data.importArticle.mentions.size()", equalTo(5));
        org.junit.jupiter.api.Assertions.assertEquals(after, articleCount(), "no duplicate");
        // what the first import reported is what was stored: the re-import and the article read both back
        List<Object> reported = first.extract().path("data.importArticle.mentions");
        assertEquals(reported, again.extract().path("data.importArticle.mentions"));
        String id = first.extract().path("data.importArticle.article.id");
        assertEquals(reported, query("{ article(id: \"" + id + "\") { mentions { organization { name } count snippet } } }")
                .extract().path("data.article.mentions"));
    }

    @Test
    void malformedFilesAreBadInputWithTheLineAndWriteNothing() {
        int before = articleCount();
        Map<String, Integer> cases = Map.of(
                "no title here\n\nPublished :`2024-08-01 12:00:00`\n\n---\n\nBody.\n\n---\n", 1,
                "# Title\n\nPublished :`2024-13-45 12:00:00`\n\n---\n\nBody.\n\n---\n", 3,
                "# Title\n\nPublished :`2024-08-01 12:00:00`\n\nBody without separators.\n", 5,
                "# Title\n\nPublished :`2024-08-01 12:00:00`\n\n---\n\n\n\n---\n", 9);
        cases.forEach((markdown, line) -> asEditor(IMPORT, Map.of("md", markdown))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.line", equalTo(line))
                .body("errors[0].message", containsString("line " + line)));
        org.junit.jupiter.api.Assertions.assertEquals(before, articleCount());
    }

    @Test
    void anArticleOverOneMebibyteIsRefusedAsLimitExceeded() {
        String huge = article("Huge", "word ".repeat(220_000));
        asEditor(IMPORT, Map.of("md", huge))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("1 MiB"));
        query("{ articles(filter: {text: \"Huge\"}) { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void lenientAboutCrlfBomAndTrailingSpaces() {
        String messy = "\uFEFF# Messy line ends  \r\n\r\n\r\nPublished :`2024-08-02 08:00:00`   \r\n\r\n---\r\n\r\nMcAfee said hello.  \r\n\r\n---\r\n";
        asEditor(IMPORT, Map.of("md", messy))
                .body("errors", nullValue())
                .body("data.importArticle.article.title", equalTo("Messy line ends"))
                .body("data.importArticle.mentions.organization.name", contains("McAfee"));
    }

    @Test
    void aBatchWithOneBadFileImportsTheGoodOnes() {
        String batch = "mutation($files: [ArticleFileInput!]!) { importArticles(files: $files) {"
                + " name result { created article { title } } error { code message line } } }";
        asEditor(batch, Map.of("files", List.of(
                Map.of("name", "good-1.md", "markdown", article("Batch good one", "Symantec shipped an update.")),
                Map.of("name", "bad.md", "markdown", "# Only a title\n"),
                Map.of("name", "good-2.md", "markdown", article("Batch good two", "CNN aired a story.")))))
                .body("errors", nullValue())
                .body("data.importArticles.name", contains("good-1.md", "bad.md", "good-2.md"))
                .body("data.importArticles[0].result.created", equalTo(true))
                .body("data.importArticles[1].result", nullValue())
                .body("data.importArticles[1].error.code", equalTo("BAD_INPUT"))
                .body("data.importArticles[1].error.line", equalTo(1))
                .body("data.importArticles[2].result.article.title", equalTo("Batch good two"));
        query("{ articles(filter: {text: \"Batch good\"}) { totalCount } }").body("data.articles.totalCount", equalTo(2));
    }

    @Test
    void aTitleLongerThanTheGraphStoresIsALimitWithItsLineAndNothingIsWritten() {
        String title = "Overlong title " + "y".repeat(500);
        asEditor(BATCH, Map.of("files", List.of(Map.of("name", "long-title.md", "markdown", article(title, "CNN aired it.")))))
                .body("errors", nullValue())
                .body("data.importArticles[0].result", nullValue())
                .body("data.importArticles[0].error.code", equalTo("LIMIT_EXCEEDED"))
                .body("data.importArticles[0].error.line", equalTo(1))
                .body("data.importArticles[0].error.message", containsString("more than the limit of 500 characters"));
        query("{ articles(filter: {text: \"Overlong title\"}) { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void aBatchWhereOneFileFailsWhileBeingStoredStillImportsTheOthersAndWritesNothingOfIt() {
        // this file passes the parser; the store step fails for it, as a database error would
        PipelineFailures.failAt(PipelineFailures.Step.STORE);
        String tooLong = "Batch store failure " + PipelineFailures.MARKER;
        List<Long> announced = new CopyOnWriteArrayList<>();
        Cancellable subscription = feed.subscribe(ImportSubscriptions.TOPIC).subscribe().with(announced::add);
        try {
            List<String> storedIds = asEditor(BATCH, Map.of("files", List.of(
                    Map.of("name", "first.md", "markdown", article("Batch db good one", "Symantec shipped an update.")),
                    Map.of("name", "failing.md", "markdown", article(tooLong, "CNN aired a story.")),
                    Map.of("name", "last.md", "markdown", article("Batch db good two", "McAfee replied.")))))
                    .body("errors", nullValue())
                    .body("data.importArticles.name", contains("first.md", "failing.md", "last.md"))
                    .body("data.importArticles[0].result.created", equalTo(true))
                    .body("data.importArticles[1].result", nullValue())
                    .body("data.importArticles[2].result.created", equalTo(true))
                    .body("data.importArticles[0].result.mentions.organization.name", contains("Symantec"))
                    .body("data.importArticles[1].error.code", equalTo("INTERNAL"))
                    .body("data.importArticles[1].error.message", not(containsString("SQL")))
                    .body("data.importArticles[2].result.mentions.organization.name", contains("McAfee"))
                    .extract().path("data.importArticles.result.article.id");
            // the ids of the two stored articles (the failed file has none); subscribers hear of those only, once each
            assertEquals(storedIds, announced.stream().map(id -> GlobalId.of(NodeType.ARTICLE, id)).toList());
        } finally {
            subscription.cancel();
        }
        query("{ articles(filter: {text: \"Batch db good\"}) { totalCount } }").body("data.articles.totalCount", equalTo(2));
        query("{ articles(filter: {text: \"Batch store failure\"}) { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void mentionsAreReportedInTheOrderTheArticleListsThemWithOrWithoutTheirOrganizations() {
        String text = article("Batch mention order", "Symantec and CNN met. CNN said so. McAfee, Symantec and CNN agreed.");
        ValidatableResponse bare = asEditor("mutation($files: [ArticleFileInput!]!) { importArticles(files: $files) {"
                + " result { article { id } mentions { count snippet } } } }",
                Map.of("files", List.of(Map.of("name", "order.md", "markdown", text))))
                .body("errors", nullValue())
                .body("data.importArticles[0].result.mentions.count", contains(3, 2, 1));
        String id = bare.extract().path("data.importArticles[0].result.article.id");
        query("{ article(id: \"" + id + "\") { mentions { organization { name } count snippet } } }")
                .body("data.article.mentions.organization.name", contains("CNN", "Symantec", "McAfee"))
                .body("data.article.mentions.snippet", equalTo(bare.extract().path("data.importArticles[0].result.mentions.snippet")));
    }

    @Test
    void mentionsWithTheSameCountAreOrderedByNameTheSameWayOnEveryDatabase() {
        // "Beta" sorts before "alpha" by character code, after it in most database collations
        GraphFixtures.organization("alpha Ordering Works");
        GraphFixtures.organization("Beta Ordering Works");
        String text = article("Batch tie order", "alpha Ordering Works met Beta Ordering Works.");
        ValidatableResponse imported = asEditor(IMPORT, Map.of("md", text))
                .body("errors", nullValue())
                .body("data.importArticle.mentions.organization.name", contains("Beta Ordering Works", "alpha Ordering Works"));
        String id = imported.extract().path("data.importArticle.article.id");
        query("{ article(id: \"" + id + "\") { mentions { organization { name } } } }")
                .body("data.article.mentions.organization.name", contains("Beta Ordering Works", "alpha Ordering Works"));
    }

    @Test
    void aFileRepeatedInOneBatchIsStoredOnce() {
        String text = article("Batch repeated file", "CNN aired a story about Symantec.");
        Map<String, Object> byUrl = Map.of("name", "by-url.md", "markdown", article("Batch repeated url", "Other text."),
                "url", "https://example.com/batch-repeated");
        Map<String, Object> sameUrl = Map.of("name", "same-url.md", "markdown", article("Batch repeated url, edited", "New text."),
                "url", "https://example.com/batch-repeated");
        List<String> ids = asEditor(BATCH, Map.of("files", List.of(Map.of("name", "a.md", "markdown", text), byUrl,
                Map.of("name", "b.md", "markdown", text), sameUrl)))
                .body("errors", nullValue())
                .body("data.importArticles.result.created", contains(true, true, false, false))
                .body("data.importArticles[2].result.mentions.organization.name", contains("CNN", "Symantec"))
                .extract().path("data.importArticles.result.article.id");
        assertEquals(ids.get(0), ids.get(2));
        assertEquals(ids.get(1), ids.get(3));
        asEditor(BATCH, Map.of("files", List.of(Map.of("name", "again.md", "markdown", text))))
                .body("data.importArticles[0].result.created", equalTo(false))
                .body("data.importArticles[0].result.article.id", equalTo(ids.get(0)));
        query("{ articles(filter: {text: \"Batch repeated\"}) { totalCount } }").body("data.articles.totalCount", equalTo(2));
    }

    @Test
    void newNamesRelinkTheArticlesThatContainThem() {
        String text = "Acme Widgets Inc sold gadgets. Later Acme Widgets Inc closed, and Acme moved on.";
        asEditor(IMPORT, Map.of("md", article("Relink test", text)))
                .body("data.importArticle.suggestions.name", hasItem("Acme Widgets Inc"));
        query("{ suggestions(first: 100) { name count articles } }")
                .body("data.suggestions.name", hasItem("Acme Widgets Inc"));

        String id = asEditor("mutation { createOrganization(input: {name: \"Acme Widgets Inc\", kind: COMPANY}) { id } }")
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
        query("{ articles(filter: {text: \"Relink test\"}) { edges { node { mentions { organization { name } count } } } } }")
                .body("data.articles.edges[0].node.mentions.organization.name", contains("Acme Widgets Inc"))
                .body("data.articles.edges[0].node.mentions[0].count", equalTo(2));
        query("{ suggestions(first: 100) { name } }").body("data.suggestions.name", not(hasItem("Acme Widgets Inc")));

        asEditor("mutation($id: ID!) { addAlias(organizationId: $id, alias: \"Acme\") { id } }", Map.of("id", id))
                .body("errors", nullValue());
        query("{ articles(filter: {text: \"Relink test\"}) { edges { node { mentions { count } } } } }")
                .body("data.articles.edges[0].node.mentions[0].count", equalTo(3));

        asEditor("mutation { relinkMentions }").body("errors", nullValue());
        query("{ articles(filter: {text: \"Relink test\"}) { edges { node { mentions { count } } } } }")
                .body("data.articles.edges[0].node.mentions[0].count", equalTo(3));
    }

    @Test
    void importNeedsTheEditorRole() {
        query(IMPORT, Map.of("md", article("Anonymous import", "Text.")))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        query("{ articles(filter: {text: \"Anonymous import\"}) { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }
}
