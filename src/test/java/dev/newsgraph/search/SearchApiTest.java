package dev.newsgraph.search;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchApiTest {

    private static final String SEARCH = """
            query($text: String!, $first: Int) { search(text: $text, first: $first) {
              __typename
              ... on Organization { name }
              ... on Article { title }
              ... on Event { title kind } } }""";

    private static String createArticle(String title, String body, String publishedAt) {
        return asEditor("mutation($input: ArticleInput!) { createArticle(input: $input) { id } }",
                Map.of("input", Map.of("title", title, "body", body, "publishedAt", publishedAt)))
                .body("errors", nullValue()).extract().path("data.createArticle.id");
    }

    @Test
    void kasperskyFindsTheOrganizationFirstThenItsEventsAndArticles() {
        query(SEARCH, Map.of("text", "kaspersky"))
                .body("errors", nullValue())
                .body("data.search[0].__typename", equalTo("Organization"))
                .body("data.search[0].name", equalTo("Kaspersky Lab"))
                .body("data.search.__typename", hasItem("Event"))
                .body("data.search.__typename", hasItem("Article"));
    }

    @Test
    void hitsResolveTheirOwnNestedFields() {
        query("{ search(text: \"kaspersky\", first: 3) { ... on Organization { aliases events { edges { node { kind } } } } } }")
                .body("errors", nullValue())
                .body("data.search[0].aliases", hasItem("Kaspersky"))
                .body("data.search[0].events.edges.node.kind", hasItem("BAN"));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        query(SEARCH, Map.of("text", "Kásperský"))
                .body("data.search[0].name", equalTo("Kaspersky Lab"));
        query(SEARCH, Map.of("text", "MCAFEE"))
                .body("data.search[0].name", equalTo("McAfee"));
    }

    @Test
    void anExactNameOrAliasRanksFirst() {
        query(SEARCH, Map.of("text", "us department of commerce"))
                .body("data.search[0].name", equalTo("US Department of Commerce"));
        query(SEARCH, Map.of("text", "Commerce Department"))
                .body("data.search[0].name", equalTo("US Department of Commerce"));
    }

    @Test
    void everyWordMustMatchButAQuotedPhraseMustMatchAsAPhrase() {
        query(SEARCH, Map.of("text", "commerce bans"))
                .body("data.search.title", hasItem("Commerce Department bans sales of Kaspersky software in the US"));
        query(SEARCH, Map.of("text", "commerce zebras")).body("data.search", empty());
        query(SEARCH, Map.of("text", "\"department commerce\"")).body("data.search", empty());
        query(SEARCH, Map.of("text", "\"winding down\" kaspersky"))
                .body("data.search.title", hasItem("Kaspersky Lab starts winding down its US operations"))
                .body("data.search.title", not(hasItem("Commerce Department bans sales of Kaspersky software in the US")));
    }

    @Test
    void aTitleHitRanksAboveABodyHitEvenWhenOlder() {
        String inTitle = createArticle("Florblatt merger announced", "Details follow.", "2020-01-01T00:00:00Z");
        String inBody = createArticle("Quiet day", "A rumour about florblatt.", "2021-01-01T00:00:00Z");
        query("{ search(text: \"FLÖRBLATT\") { ... on Article { id } } }")
                .body("data.search.id", contains(inTitle, inBody));
    }

    @Test
    void theIndexFollowsUpdatesAndDeletes() {
        String id = createArticle("Gnarlwick opens", "Body.", "2020-02-02T00:00:00Z");
        asEditor("mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }",
                Map.of("id", id, "input", Map.of("title", "Snorkwell opens", "body", "Body.", "publishedAt", "2020-02-02T00:00:00Z")))
                .body("errors", nullValue());
        query(SEARCH, Map.of("text", "gnarlwick")).body("data.search", empty());
        query(SEARCH, Map.of("text", "snorkwell")).body("data.search", hasSize(1));
        asEditor("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id)).body("errors", nullValue());
        query(SEARCH, Map.of("text", "snorkwell")).body("data.search", empty());

        String org = asEditor("mutation { createOrganization(input: {name: \"Pemberly Søren AS\", kind: COMPANY}) { id } }")
                .extract().path("data.createOrganization.id");
        asEditor("mutation($id: ID!) { addAlias(organizationId: $id, alias: \"Pembo\") { id } }", Map.of("id", org));
        query(SEARCH, Map.of("text", "pembo")).body("data.search[0].name", equalTo("Pemberly Søren AS"));
        query(SEARCH, Map.of("text", "soren")).body("data.search[0].name", equalTo("Pemberly Søren AS"));
    }

    @Test
    void resultsAreCutAtFirst() {
        query(SEARCH, Map.of("text", "kaspersky", "first", 2)).body("data.search", hasSize(2));
        query(SEARCH, Map.of("text", "kaspersky", "first", 0)).body("data.search", empty());
    }

    @Test
    void blankTextIsAValidationErrorAndLargePagesAreRefused() {
        query(SEARCH, Map.of("text", "")).body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("text"));
        query(SEARCH, Map.of("text", "   \t ")).body("errors[0].extensions.code", equalTo("VALIDATION"));
        query(SEARCH, Map.of("text", "kaspersky", "first", 101)).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        query(SEARCH, Map.of("text", "kaspersky", "first", -1)).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }
}
