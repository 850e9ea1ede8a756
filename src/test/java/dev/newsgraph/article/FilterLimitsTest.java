package dev.newsgraph.article;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The bounds on a filter's nesting and conditions, on every filtered connection. */
@QuarkusTest
class FilterLimitsTest {

    private static Map<String, Object> nested(String operator, int levels) {
        Map<String, Object> filter = Map.of("text", "x");
        for (int i = 0; i < levels; i++) {
            filter = operator.equals("not") ? Map.of("not", filter) : Map.of(operator, List.of(filter));
        }
        return filter;
    }

    private static void refused(String connection, String type, Object filter, int max) {
        query("query($f: " + type + ") { " + connection + "(filter: $f) { totalCount } }", Map.of("f", filter))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("filter"))
                .body("errors[0].extensions.max", equalTo(max));
    }

    private static void accepted(String connection, String type, Object filter) {
        query("query($f: " + type + ") { " + connection + "(filter: $f) { totalCount } }", Map.of("f", filter))
                .body("errors", nullValue());
    }

    @Test
    void tenLevelsOfNestingAreAcceptedElevenAreNot() {
        for (String operator : List.of("and", "or", "not")) {
            accepted("articles", "ArticleFilter", nested(operator, 10));
            refused("articles", "ArticleFilter", nested(operator, 11), 10);
            accepted("organizations", "OrganizationFilter", nested(operator, 10));
            refused("organizations", "OrganizationFilter", nested(operator, 11), 10);
            accepted("events", "EventFilter", nested(operator, 10));
            refused("events", "EventFilter", nested(operator, 11), 10);
        }
    }

    @Test
    void aHostileDepthIsRefusedLikeAnyOther() {
        refused("articles", "ArticleFilter", nested("not", 400), 10);
        refused("events", "EventFilter", nested("or", 490), 10);
        refused("organizations", "OrganizationFilter", nested("not", 990), 10);
    }

    @Test
    void aDepthWrittenInTheDocumentIsRefusedByTheFilterOrByTheParser() {
        for (int levels : List.of(11, 100)) {
            query("{ articles(filter: " + literal(levels) + ") { totalCount } }", Map.of())
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                    .body("errors[0].extensions.limit", equalTo("filter"));
        }
        // past the parser's bound on grammar depth the document does not parse at all
        query("{ articles(filter: " + literal(300) + ") { totalCount } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    private static String literal(int levels) {
        return "{not: ".repeat(levels) + "{text: \"x\"}" + "}".repeat(levels);
    }

    @Test
    void aHundredConditionsAreAcceptedNotMore() {
        List<String> sources = new ArrayList<>(Collections.nCopies(99, "Wire"));
        accepted("articles", "ArticleFilter", Map.of("sources", sources, "text", "x"));
        refused("articles", "ArticleFilter", Map.of("sources", sources, "text", "x", "language", "en"), 100);
        List<Map<String, Object>> leaves = new ArrayList<>(Collections.nCopies(101, Map.of("kind", "BAN")));
        refused("events", "EventFilter", Map.of("or", leaves), 100);
        refused("organizations", "OrganizationFilter", Map.of("and", List.of(Map.of("kinds",
                Collections.nCopies(101, "NGO")))), 100);
    }
}
