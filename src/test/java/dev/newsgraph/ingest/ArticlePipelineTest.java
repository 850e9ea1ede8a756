package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Each article write runs parse → dedupe → store → link → index in one transaction: when any step
 * fails, nothing of that article is left — no article, no mentions, no suggestions, no search text.
 */
@QuarkusTest
class ArticlePipelineTest {

    private static final String IMPORT = "mutation($md: String!) { importArticle(markdown: $md) { article { id } } }";

    /** A text with a known organization (Symantec), an unknown organization-like name and a word found nowhere else. */
    private static String body(String word) {
        return body("Quorvex Analytics Group", word);
    }

    private static String body(String unknownName, String word) {
        return "Symantec said " + unknownName + " would review " + word + " findings. " + unknownName + " agreed.";
    }

    @Test
    void withoutAFailureTheSameKindOfTextIsStoredLinkedSuggestedAndIndexed() {
        int before = symantecMentions();
        String title = "Pipeline control";
        asEditor("mutation($md: String!) { importArticle(markdown: $md) { article { id } mentions { organization { name } }"
                + " suggestions { name } } }", Map.of("md", ImportApiTest.article(title, body("Quorvex Control Group", "zqcontrol"))))
                .body("errors", nullValue())
                .body("data.importArticle.mentions.organization.name", contains("Symantec"))
                .body("data.importArticle.suggestions.name", contains("Quorvex Control Group"));
        query("{ articles(filter: {text: \"Pipeline control\"}) { totalCount } }").body("data.articles.totalCount", equalTo(1));
        query("{ search(text: \"zqcontrol\") { __typename } }").body("data.search.__typename", contains("Article"));
        query("{ suggestions(first: 100) { name } }").body("data.suggestions.name", hasItem("Quorvex Control Group"));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, symantecMentions());
    }

    private static int symantecMentions() {
        return query("{ organizationByName(name: \"Symantec\") { mentionCount } }").extract().path("data.organizationByName.mentionCount");
    }

    private static void nothingOf(String title, String word, int symantecMentionsBefore) {
        query("query($t: String) { articles(filter: {text: $t}) { totalCount } }", Map.of("t", title))
                .body("data.articles.totalCount", equalTo(0));
        query("query($w: String!) { search(text: $w) { __typename } }", Map.of("w", word))
                .body("errors", nullValue())
                .body("data.search", empty());
        query("{ suggestions(first: 100) { name } }").body("data.suggestions.name", not(hasItem("Quorvex Analytics Group")));
        org.junit.jupiter.api.Assertions.assertEquals(symantecMentionsBefore, symantecMentions());
    }

    @ParameterizedTest
    @EnumSource(PipelineFailures.Step.class)
    void anImportThatFailsInAnyStepWritesNothingOfTheArticle(PipelineFailures.Step step) {
        int before = symantecMentions();
        PipelineFailures.failAt(step);
        String title = "Pipeline import " + step + " " + PipelineFailures.MARKER;
        String word = "zqimport" + step.name().toLowerCase();
        asEditor(IMPORT, Map.of("md", ImportApiTest.article(title, body(word))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTERNAL"));
        nothingOf(title, word, before);
    }

    @ParameterizedTest
    @EnumSource(PipelineFailures.Step.class)
    void aCreatedArticleThatFailsInAnyStepWritesNothing(PipelineFailures.Step step) {
        int before = symantecMentions();
        PipelineFailures.failAt(step);
        String title = "Pipeline create " + step + " " + PipelineFailures.MARKER;
        String word = "zqcreate" + step.name().toLowerCase();
        asEditor("mutation($input: ArticleInput!) { createArticle(input: $input) { id } }", Map.of("input",
                Map.of("title", title, "publishedAt", "2024-08-02T10:00:00Z", "body", body(word))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTERNAL"));
        nothingOf(title, word, before);
    }

    @ParameterizedTest
    @EnumSource(PipelineFailures.Step.class)
    void anUpdateThatFailsInAnyStepLeavesTheArticleAndItsLinksAsTheyWere(PipelineFailures.Step step) {
        String word = "zqupdate" + step.name().toLowerCase();
        String id = asEditor(IMPORT, Map.of("md", ImportApiTest.article("Pipeline update " + step, "McAfee said so.")))
                .body("errors", nullValue()).extract().path("data.importArticle.article.id");
        int before = symantecMentions();
        PipelineFailures.failAt(step);
        asEditor("mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }", Map.of("id", id,
                "input", Map.of("title", "Pipeline update " + step + " " + PipelineFailures.MARKER,
                        "publishedAt", "2024-08-02T10:00:00Z", "body", body(word))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTERNAL"));
        query("query($id: ID!) { article(id: $id) { title mentions { organization { name } } } }", Map.of("id", id))
                .body("data.article.title", equalTo("Pipeline update " + step))
                .body("data.article.mentions.organization.name", contains("McAfee"));
        nothingOf("Pipeline update " + step + " [", word, before);
    }
}
