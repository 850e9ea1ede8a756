package dev.newsgraph.article;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleApiTest {

    private static final String CREATE = "mutation($input: ArticleInput!) { createArticle(input: $input) {"
            + " id title summary wordCount language version publishedAt organizations { name } } }";

    private static Map<String, Object> article(String title, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("publishedAt", "2024-07-18T10:15:00+02:00");
        return input;
    }

    @Test
    void theDemoArticleLinksTheStorysOrganizationsAndEvents() {
        query("""
                { articles(filter: {source: "Newsgraph demo"}) { totalCount edges { node {
                    title summary source language
                    mentions { organization { name } count snippet }
                    organizations { name }
                    events { title kind participants { role organization { name } } } } } } }""")
                .body("errors", nullValue())
                .body("data.articles.edges[0].node.organizations.name",
                        hasItems("Kaspersky Lab", "US Department of Commerce", "CNN", "McAfee", "Symantec"))
                .body("data.articles.edges[0].node.events.kind", hasItems("BAN", "SHUTDOWN", "REPORT", "EXECUTIVE_ORDER"))
                .body("data.articles.edges[0].node.language", equalTo("en"));
    }

    @Test
    void createDerivesSummaryWordCountAndMentions() {
        asEditor(CREATE, Map.of("input", article("Symantec and CNN in the news",
                "Symantec said something today.\n\nCNN covered it at length.")))
                .body("errors", nullValue())
                .body("data.createArticle.summary", equalTo("Symantec said something today."))
                .body("data.createArticle.wordCount", equalTo(9))
                .body("data.createArticle.language", equalTo("en"))
                .body("data.createArticle.publishedAt", equalTo("2024-07-18T08:15:00Z"))
                .body("data.createArticle.organizations.name", hasItems("Symantec", "CNN"));
    }

    @Test
    void createUpdateDeleteRoundTrip() {
        Map<String, Object> input = article("Round trip article", "First body.");
        input.put("url", "https://example.org/round-trip");
        JsonPath created = asEditor(CREATE, Map.of("input", input)).body("errors", nullValue()).extract().jsonPath();
        String id = created.getString("data.createArticle.id");
        int version = created.getInt("data.createArticle.version");
        String update = "mutation($id: ID!, $input: ArticleInput!, $v: Int) { updateArticle(id: $id, input: $input, expectedVersion: $v) { title body version organizations { name } } }";

        Map<String, Object> changed = article("Round trip article, revised", "McAfee commented on the revision.");
        asEditor(update, Map.of("id", id, "input", changed, "v", version))
                .body("errors", nullValue())
                .body("data.updateArticle.version", equalTo(version + 1))
                .body("data.updateArticle.organizations.name", contains("McAfee"));
        asEditor(update, Map.of("id", id, "input", article("Stale", "Stale body."), "v", version))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query("query($id: ID!) { article(id: $id) { title } }", Map.of("id", id))
                .body("data.article.title", equalTo("Round trip article, revised"));

        asEditor("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id))
                .body("data.deleteArticle", equalTo(id));
        query("query($id: ID!) { article(id: $id) { title } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        query("{ organizationByName(name: \"McAfee\") { id } }").body("errors", nullValue());
    }

    @Test
    void duplicateUrlConflictsAndWritesNothing() {
        Map<String, Object> first = article("Url owner", "Body one.");
        first.put("url", "https://example.org/unique-url");
        asEditor(CREATE, Map.of("input", first)).body("errors", nullValue());
        Map<String, Object> second = article("Url thief", "Body two.");
        second.put("url", "https://example.org/unique-url");
        asEditor(CREATE, Map.of("input", second)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        query("{ articles(filter: {text: \"Url thief\"}) { totalCount } }")
                .body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void invalidInputIsAValidationErrorWithTheField() {
        asEditor(CREATE, Map.of("input", article("", "Body.")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.title"));
        Map<String, Object> badUrl = article("Bad url", "Body.");
        badUrl.put("url", "javascript:alert(1)");
        asEditor(CREATE, Map.of("input", badUrl))
                .body("errors[0].extensions.field", equalTo("input.url"));
    }

    @Test
    void filtersByOrganizationEventDatesAndText() {
        String kaspersky = query("{ organizationByName(name: \"Kaspersky\") { id } }").extract().path("data.organizationByName.id");
        query("query($o: ID!) { articles(filter: {organizationId: $o}) { edges { node { title } } } }", Map.of("o", kaspersky))
                .body("data.articles.edges.node.title", hasItem(startsWith("Kaspersky Lab leaves")));
        query("{ articles(filter: {publishedFrom: \"2030-01-01T00:00:00Z\"}) { totalCount edges { node { id } } } }")
                .body("data.articles.totalCount", equalTo(0));
        query("{ articles(filter: {text: \"MOSCOW-FOUNDED\"}) { edges { node { title } } } }")
                .body("data.articles.edges.node.title", hasItem(startsWith("Kaspersky Lab leaves")));
        query("{ articles(filter: {text: \"100%_\"}) { totalCount } }").body("data.articles.totalCount", equalTo(0));
    }

    @Test
    void cursorsOfAnotherOrderingAreRefused() {
        String cursor = query("{ articles(first: 1, orderBy: {field: TITLE}) { pageInfo { endCursor } } }")
                .extract().path("data.articles.pageInfo.endCursor");
        query("query($c: String) { articles(first: 1, after: $c) { totalCount } }", Map.of("c", cursor))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        query("{ articles(first: 1, after: \"garbage!\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", not(hasItem("Exception")));
    }

    @Test
    void mentionsAndOrganizationsTogetherShowTheSameOrganizationsInTheSameOrder() {
        query("""
                { articles(filter: {source: "Newsgraph demo"}) { edges { node {
                    mentions { organization { name } count } organizations { name } } } } }""")
                .body("errors", nullValue())
                .body("data.articles.edges[0].node.organizations.name", hasItems("Kaspersky Lab", "CNN", "McAfee"))
                .body("data.articles.edges.node.collect { it.mentions.organization.name == it.organizations.name }",
                        everyItem(equalTo(true)));
    }

    @Test
    void eachAliasedMutationAnswersWithTheMentionsAfterItself() {
        String id = asEditor(CREATE, Map.of("input", article("Aliased relink", "Symantec spoke.")))
                .body("errors", nullValue()).extract().path("data.createArticle.id");
        String twoUpdates = """
                mutation($id: ID!, $a: ArticleInput!, $b: ArticleInput!) {
                  a: updateArticle(id: $id, input: $a) { organizations { name } mentions { organization { name } } }
                  b: updateArticle(id: $id, input: $b) { organizations { name } mentions { organization { name } } } }""";
        asEditor(twoUpdates, Map.of("id", id, "a", article("Aliased relink", "McAfee spoke."),
                "b", article("Aliased relink", "CNN spoke.")))
                .body("errors", nullValue())
                .body("data.a.organizations.name", contains("McAfee"))
                .body("data.a.mentions.organization.name", contains("McAfee"))
                .body("data.b.organizations.name", contains("CNN"))
                .body("data.b.mentions.organization.name", contains("CNN"));
    }
}
