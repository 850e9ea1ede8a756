package dev.newsgraph.cost;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Depth, complexity and nodes are measured once per document and values of the variables they read: the
 * same document sent again with other values gets the limits of those values, in either order.
 */
@QuarkusTest
class CostLimitsTest {

    /** 16 fields nested (organizationByName, 14 parents, name) when $deep holds; 2 when it does not. */
    private static final String DEEP = "query($deep: Boolean!) { organizationByName(name: \"Kaspersky Lab\") { name"
            + " parent @include(if: $deep) {" + " parent {".repeat(13) + " name" + " }".repeat(14) + " } }";

    /** 1,001 fields (organizationByName, id, 999 names) unless $lean skips the fragment (then 2). */
    private static final String WIDE = "query($lean: Boolean!) { organizationByName(name: \"Kaspersky Lab\") { id ...Names @skip(if: $lean) } }"
            + " fragment Names on Organization {" + " name".repeat(999) + " }";

    /** 100 × (1 + 100 × (1 + 50 × (1 + 100))) nodes with $n = 100, 3 × (1 + 3 × (1 + 50 × (1 + 3))) with $n = 3. */
    private static final String PAGES = "query($n: Int) { organizations(first: $n) { edges { node { name articles(first: $n) { edges {"
            + " node { title organizations { name articles(first: $n) { edges { node { title } } } } } } } } } } }";

    private static ValidatableResponse refused(ValidatableResponse response, String limit, long max, String message) {
        return response.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo(limit))
                .body("errors[0].extensions.max", equalTo((int) max))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void tooDeepIsRefusedWithTheDepthLimitAndAnIncludeThatLeavesTheDepthOutIsNot() {
        query(DEEP, Map.of("deep", false)).body("errors", nullValue())
                .body("data.organizationByName.name", equalTo("Kaspersky Lab"));
        refused(query(DEEP, Map.of("deep", true)), "depth", 15, "maximum query depth exceeded 16 > 15");
        query(DEEP, Map.of("deep", false)).body("errors", nullValue());
        refused(query(DEEP, Map.of("deep", true)), "depth", 15, "16 > 15");
    }

    @Test
    void tooManyFieldsIsRefusedWithTheComplexityLimitAndASkippedFragmentCountsNone() {
        refused(query(WIDE, Map.of("lean", false)), "complexity", 1000, "maximum query complexity exceeded 1001 > 1000");
        query(WIDE, Map.of("lean", true)).body("errors", nullValue())
                .body("data.organizationByName.id", org.hamcrest.Matchers.notNullValue())
                .body("data.organizationByName.name", nullValue());
        refused(query(WIDE, Map.of("lean", false)), "complexity", 1000, "1001 > 1000");
    }

    @Test
    void theSameDocumentWithAnotherPageSizeIsCountedWithThatPageSize() {
        refused(query(PAGES, Map.of("n", 100)), "nodes", 50000, "up to 50510100 nodes");
        query(PAGES, Map.of("n", 3)).body("errors", nullValue());
        refused(query(PAGES, Map.of("n", 100)), "nodes", 50000, "up to 50510100 nodes");
        query(PAGES, Map.of("n", 3)).body("errors", nullValue());
    }
}
