package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** `organizations(filter:)` with `and`/`or`/`not` and list fields, paged by name, with exact totals. */
@QuarkusTest
class OrganizationFilterApiTest {

    private static final String PAGE = "query($f: OrganizationFilter, $after: String, $first: Int) {"
            + " organizations(filter: $f, first: $first, after: $after, orderBy: {field: NAME}) { totalCount"
            + " pageInfo { hasNextPage endCursor } edges { node { name } } } }";

    private static boolean created;

    @BeforeEach
    void fourOrganizations() {
        if (created) {
            return;
        }
        organization("Qzorg One", "COMPANY", "US");
        organization("Qzorg Two", "NGO", "FR");
        organization("Qzorg Three", "MEDIA", null);
        organization("Qzorg Four", "COMPANY", "DE");
        created = true;
    }

    private static void organization(String name, String kind, String country) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", kind));
        if (country != null) {
            input.put("country", country);
        }
        asEditor("mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }", Map.of("input", input))
                .body("errors", nullValue());
    }

    private static List<String> names(Map<String, Object> condition) {
        Map<String, Object> filter = Map.of("text", "Qzorg", "and", List.of(condition));
        return query(PAGE, Map.of("f", filter, "first", 100)).body("errors", nullValue())
                .extract().path("data.organizations.edges.node.name");
    }

    @Test
    void kindsMatchAnyKind() {
        assertThat(names(Map.of("kinds", List.of("COMPANY", "NGO"))), contains("Qzorg Four", "Qzorg One", "Qzorg Two"));
    }

    @Test
    void notACountryKeepsOrganizationsWithoutOne() {
        assertThat(names(Map.of("not", Map.of("countries", List.of("us")))), contains("Qzorg Four", "Qzorg Three", "Qzorg Two"));
    }

    @Test
    void orCombinesAKindAndACountry() {
        assertThat(names(Map.of("or", List.of(Map.of("kind", "MEDIA"), Map.of("countries", List.of("DE", "FR"))))),
                contains("Qzorg Four", "Qzorg Three", "Qzorg Two"));
    }

    @Test
    void anInvalidCountryInTheListIsAValidationError() {
        query(PAGE, Map.of("f", Map.of("or", List.of(Map.of("countries", List.of("US", "XX"))))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void combinedFilterPagesWithAnExactTotal() {
        Map<String, Object> filter = Map.of("text", "Qzorg", "not", Map.of("kinds", List.of("MEDIA")));
        JsonPath first = query(PAGE, Map.of("f", filter, "first", 2)).body("errors", nullValue())
                .body("data.organizations.totalCount", equalTo(3))
                .body("data.organizations.pageInfo.hasNextPage", equalTo(true))
                .body("data.organizations.edges.node.name", contains("Qzorg Four", "Qzorg One"))
                .extract().jsonPath();
        query(PAGE, Map.of("f", filter, "first", 2, "after", first.getString("data.organizations.pageInfo.endCursor")))
                .body("errors", nullValue())
                .body("data.organizations.totalCount", equalTo(3))
                .body("data.organizations.pageInfo.hasNextPage", equalTo(false))
                .body("data.organizations.edges.node.name", contains("Qzorg Two"));
    }
}
