package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An article keeps at most 50 mentions and 30 suggestions, the most frequent (likeliest), however many names
 * its text holds: what an import reports, what the article lists and what is stored agree.
 */
@QuarkusTest
class LinkedListLimitsTest {

    private static final String IMPORT = "mutation($md: String!) { importArticle(markdown: $md) {"
            + " article { id } mentions { organization { name } count } suggestions { name count } } }";

    /** Distinct capitalised words, none a prefix of another: Xaa, Xab, … */
    private static String word(String start, int i) {
        return start + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    private static String file(String title, String body) {
        return "# " + title + "\n\nPublished :`1975-03-01 09:00:00`\n\n---\n\n" + body + "\n\n---\n";
    }

    @Test
    void theFiftyMostMentionedOrganizationsAreKept() {
        List<String> names = IntStream.range(0, 60).mapToObj(i -> "Mentco " + word("X", i)).toList();
        GraphFixtures.batch(names.stream().map(n -> "createOrganization(input: {name: \"" + n + "\"}) { id }").toList());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            // the last ten are named once, the others twice
            body.append(names.get(i)).append(" grew. ");
            if (i < 50) {
                body.append("Again ").append(names.get(i)).append(" grew. ");
            }
        }
        JsonPath imported = asEditor(IMPORT, Map.of("md", file("Sixty companies in one story", body.toString())))
                .body("errors", nullValue())
                .body("data.importArticle.mentions", hasSize(50))
                .body("data.importArticle.mentions.count", everyItem(equalTo(2)))
                .extract().jsonPath();
        assertEquals(new HashSet<>(names.subList(0, 50)),
                new HashSet<>(imported.getList("data.importArticle.mentions.organization.name")));

        String article = imported.getString("data.importArticle.article.id");
        query("query($a: ID!) { article(id: $a) { mentions { count } organizations { name } } }", Map.of("a", article))
                .body("data.article.mentions", hasSize(50))
                .body("data.article.organizations", hasSize(50));
        query("query($n: String!) { organizationByName(name: $n) { mentionCount } }", Map.of("n", names.get(59)))
                .body("data.organizationByName.mentionCount", equalTo(0));
    }

    @Test
    void theThirtyLikeliestSuggestionsAreKept() {
        List<String> names = IntStream.range(0, 40).mapToObj(i -> word("Zor", i) + " Inc").toList();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            body.append(names.get(i)).append(" grew. ");
            if (i < 30) {
                body.append("Then ").append(names.get(i)).append(" grew. ");
            }
        }
        JsonPath imported = asEditor(IMPORT, Map.of("md", file("Forty unknown companies", body.toString())))
                .body("errors", nullValue())
                .body("data.importArticle.suggestions", hasSize(30))
                .body("data.importArticle.suggestions.count", everyItem(equalTo(2)))
                .extract().jsonPath();
        // named twice, they are likelier organizations than those named once (SuggestionFinder.find)
        assertEquals(new HashSet<>(names.subList(0, 30)), new HashSet<>(imported.getList("data.importArticle.suggestions.name")));
        // the other ten were never stored
        query("{ suggestions(first: 100) { name } }")
                .body("data.suggestions.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(names.get(39))));
    }
}
