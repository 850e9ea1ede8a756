package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OrganizationApiTest {

    private static final String CREATE = "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name version aliases kind country } }";
    private static final String UPDATE = "mutation($id: ID!, $input: OrganizationInput!, $v: Int) { updateOrganization(id: $id, input: $input, expectedVersion: $v) { id name version country } }";

    @Test
    void findsTheCommerceDepartmentByAliasWhateverTheCase() {
        query("""
                { organizationByName(name: "commerce department") {
                    name aliases kind country
                    events { edges { node { title kind consequences { title } } } } } }""")
                .body("errors", nullValue())
                .body("data.organizationByName.name", equalTo("US Department of Commerce"))
                .body("data.organizationByName.aliases", containsInAnyOrder("Commerce Department", "Department of Commerce"))
                .body("data.organizationByName.kind", equalTo("GOVERNMENT_AGENCY"))
                .body("data.organizationByName.events.edges.node.kind", hasItems("BAN", "SHUTDOWN"))
                .body("data.organizationByName.events.edges.node.find { it.kind == 'BAN' }.consequences.title",
                        contains("Kaspersky Lab starts winding down its US operations"));
    }

    @Test
    void unknownNameOrIdIsNotFound() {
        query("{ organizationByName(name: \"No Such Body\") { id } }")
                .body("data.organizationByName", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        query("{ organization(id: \"987654\") { id } }")
                .body("data.organization", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void pagingForwardVisitsEveryOrganizationOnce() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String after = null;
        int total = -1;
        for (int pages = 0; pages < 1000; pages++) {
            JsonPath page = query("query($after: String) { organizations(first: 2, after: $after) {"
                    + " totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }",
                    after == null ? Map.of() : Map.of("after", after))
                    .body("errors", nullValue()).extract().jsonPath();
            total = page.getInt("data.organizations.totalCount");
            List<String> ids = page.getList("data.organizations.edges.node.id");
            assertTrue(ids.size() <= 2);
            for (String id : ids) {
                assertTrue(seen.add(id), "organization " + id + " seen twice");
            }
            order.addAll(page.getList("data.organizations.edges.node.name"));
            if (!page.getBoolean("data.organizations.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.organizations.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());
        assertTrue(seen.size() >= 5);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, order, "ordered by name");
    }

    @Test
    void pagingBackwardFromTheEndReturnsTheLastItems() {
        // the last two by name, ascending, are the first two by name descending, reversed (whatever the database holds)
        JsonPath descending = query("{ organizations(first: 2, orderBy: {field: NAME, direction: DESC}) { totalCount"
                + " edges { node { name } } } }").extract().jsonPath();
        List<String> lastTwo = new ArrayList<>(descending.getList("data.organizations.edges.node.name"));
        Collections.reverse(lastTwo);
        query("{ organizations(last: 2) { pageInfo { hasPreviousPage hasNextPage } edges { node { name } } } }")
                .body("data.organizations.edges.node.name", equalTo(lastTwo))
                .body("data.organizations.pageInfo.hasPreviousPage", equalTo(descending.getInt("data.organizations.totalCount") > 2))
                .body("data.organizations.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        query("{ organizations(first: 101) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        query("{ organizations(first: 100) { totalCount } }").body("errors", nullValue());
    }

    @Test
    void filtersByTextInAliasKindAndCountry() {
        query("{ organizations(filter: {text: \"commerce dep\"}) { edges { node { name } } } }")
                .body("data.organizations.edges.node.name", contains("US Department of Commerce"));
        query("{ organizations(filter: {kind: MEDIA, country: \"us\"}) { edges { node { name } } } }")
                .body("data.organizations.edges.node.name", hasItem("CNN"));
        query("{ organizations(filter: {country: \"XX\"}) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void createUpdateDeleteRoundTrip() {
        JsonPath created = asEditor(CREATE, Map.of("input", Map.of("name", "Roundtrip Corp", "kind", "COMPANY",
                "country", "de", "aliases", List.of("Roundtrip"))))
                .body("errors", nullValue())
                .body("data.createOrganization.country", equalTo("DE"))
                .body("data.createOrganization.aliases", contains("Roundtrip"))
                .extract().jsonPath();
        String id = created.getString("data.createOrganization.id");
        int version = created.getInt("data.createOrganization.version");

        asEditor(UPDATE, Map.of("id", id, "v", version, "input", Map.of("name", "Roundtrip Corporation", "country", "FR")))
                .body("errors", nullValue())
                .body("data.updateOrganization.name", equalTo("Roundtrip Corporation"))
                .body("data.updateOrganization.version", equalTo(version + 1));

        asEditor(UPDATE, Map.of("id", id, "v", version, "input", Map.of("name", "Stale Write")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("data", nullValue());
        query("query($id: ID!) { organization(id: $id) { name } }", Map.of("id", id))
                .body("data.organization.name", equalTo("Roundtrip Corporation"));

        asEditor("mutation($id: ID!) { deleteOrganization(id: $id) }", Map.of("id", id))
                .body("data.deleteOrganization", equalTo(id));
        query("query($id: ID!) { organization(id: $id) { name } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        asEditor("mutation($id: ID!) { deleteOrganization(id: $id) }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void emptyNameIsAValidationErrorNamingTheField() {
        asEditor(CREATE, Map.of("input", Map.of("name", "  ")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.name"));
    }

    @Test
    void duplicateNamesAndAliasesConflictRegardlessOfCase() {
        asEditor(CREATE, Map.of("input", Map.of("name", "kaspersky LAB")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        asEditor(CREATE, Map.of("input", Map.of("name", "Commerce department")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        asEditor(CREATE, Map.of("input", Map.of("name", "Alias Clash Inc", "aliases", List.of("CNN"))))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query("{ organizations(filter: {text: \"Alias Clash\"}) { totalCount } }")
                .body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void addAliasMakesTheOrganizationFindableByIt() {
        String id = asEditor(CREATE, Map.of("input", Map.of("name", "Alias Target Ltd")))
                .extract().path("data.createOrganization.id");
        asEditor("mutation($id: ID!) { addAlias(organizationId: $id, alias: \"ATL\") { aliases version } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.addAlias.aliases", contains("ATL"));
        query("{ organizationByName(name: \"atl\") { id } }").body("data.organizationByName.id", equalTo(id));
        asEditor("mutation($id: ID!) { addAlias(organizationId: $id, alias: \"Symantec\") { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void mergeMovesLinksAndKeepsTheSourceNameAsAlias() {
        String source = asEditor(CREATE, Map.of("input", Map.of("name", "Merge Source AG", "aliases", List.of("MSAG"))))
                .extract().path("data.createOrganization.id");
        String target = asEditor(CREATE, Map.of("input", Map.of("name", "Merge Target AG")))
                .extract().path("data.createOrganization.id");
        String child = asEditor(CREATE, Map.of("input", Map.of("name", "Merge Child AG", "parentId", source)))
                .extract().path("data.createOrganization.id");
        String event = asEditor("mutation { createEvent(input: {title: \"Merge test event\", kind: OTHER, occurredOn: \"2024-01-02\"}) { id } }")
                .extract().path("data.createEvent.id");
        asEditor("mutation($e: ID!, $o: ID!) { addParticipant(eventId: $e, organizationId: $o, role: ACTOR) { id } }",
                Map.of("e", event, "o", source)).body("errors", nullValue());

        asEditor("mutation($s: ID!, $t: ID!) { mergeOrganizations(sourceId: $s, targetId: $t) { id name aliases } }",
                Map.of("s", source, "t", target))
                .body("errors", nullValue())
                .body("data.mergeOrganizations.aliases", containsInAnyOrder("MSAG", "Merge Source AG"));

        query("query($id: ID!) { organization(id: $id) { id } }", Map.of("id", source))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        query("query($id: ID!) { organization(id: $id) { parent { id } } }", Map.of("id", child))
                .body("data.organization.parent.id", equalTo(target));
        query("query($id: ID!) { event(id: $id) { participants { role organization { id } } } }", Map.of("id", event))
                .body("data.event.participants.organization.id", contains(target));
        query("{ organizationByName(name: \"merge source ag\") { id } }")
                .body("data.organizationByName.id", equalTo(target));
    }

    @Test
    void mutationsWithoutTheEditorKeyAreRefusedAndWriteNothing() {
        query(CREATE, Map.of("input", Map.of("name", "Anonymous Write")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        io.restassured.RestAssured.given().header("Authorization", "Bearer not-the-key")
                .contentType("application/json")
                .body(Map.of("query", CREATE, "variables", Map.of("input", Map.of("name", "Anonymous Write"))))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        query("{ organizations(filter: {text: \"Anonymous Write\"}) { totalCount } }")
                .body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void nestedParentResolves() {
        String parent = asEditor(CREATE, Map.of("input", Map.of("name", "Parent Holding")))
                .extract().path("data.createOrganization.id");
        asEditor(CREATE, Map.of("input", Map.of("name", "Child Unit", "parentId", parent)))
                .body("errors", nullValue());
        query("{ organizationByName(name: \"Child Unit\") { parent { name } createdAt updatedAt } }")
                .body("data.organizationByName.parent.name", equalTo("Parent Holding"))
                .body("data.organizationByName.createdAt", notNullValue());
    }
}
