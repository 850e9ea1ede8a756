package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The Wikidata identity of organizations: its form, its uniqueness, the lookup and the filter, and merges. */
@QuarkusTest
class WikidataIdTest {

    private static final String CREATE = "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name wikidataId version } }";
    private static final String UPDATE = "mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id wikidataId } }";
    private static final String BY_WIKIDATA = "query($q: String!) { organizationByWikidataId(id: $q) { id name wikidataId } }";
    private static final String MERGE = "mutation($s: ID!, $t: ID!) { mergeOrganizations(sourceId: $s, targetId: $t) { id wikidataId aliases } }";

    private static String create(String name, String wikidataId) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("wikidataId", wikidataId);
        return asEditor(CREATE, Map.of("input", input)).body("errors", nullValue())
                .body("data.createOrganization.wikidataId", equalTo(wikidataId))
                .extract().path("data.createOrganization.id");
    }

    @Test
    void anOrganizationIsFoundByItsWikidataIdAndFilteredByIt() {
        String id = create("Wikidata Lookup Corp", "Q7000001");
        query(BY_WIKIDATA, Map.of("q", "Q7000001"))
                .body("errors", nullValue())
                .body("data.organizationByWikidataId.id", equalTo(id))
                .body("data.organizationByWikidataId.name", equalTo("Wikidata Lookup Corp"));
        query("{ organizations(filter: {wikidataId: \"Q7000001\"}) { totalCount edges { node { id } } } }")
                .body("errors", nullValue())
                .body("data.organizations.totalCount", equalTo(1))
                .body("data.organizations.edges.node.id", contains(id));
        query("{ organizations(filter: {wikidataId: \"Q7000001\", text: \"no such text\"}) { totalCount } }")
                .body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void anUnknownWikidataIdIsNotFound() {
        query(BY_WIKIDATA, Map.of("q", "Q7999999"))
                .body("data.organizationByWikidataId", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void onlyQAndDigitsAreAWikidataId() {
        for (String bad : List.of("q42", "Q", "Q042", "42", "P31", "Q42 ", "Q4x2", "Q1234567890123456789012")) {
            asEditor(CREATE, Map.of("input", Map.of("name", "Badly Identified " + bad.strip(), "wikidataId", bad)))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION"))
                    .body("errors[0].extensions.field", equalTo("input.wikidataId"));
            query(BY_WIKIDATA, Map.of("q", bad))
                    .body("data.organizationByWikidataId", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION"));
            query("query($q: String) { organizations(filter: {wikidataId: $q}) { totalCount } }", Map.of("q", bad))
                    .body("errors[0].extensions.code", equalTo("VALIDATION"));
        }
        query("{ organizations(filter: {text: \"Badly Identified\"}) { totalCount } }")
                .body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void aWikidataIdBelongsToOneOrganization() {
        String first = create("Wikidata Owner GmbH", "Q7000002");
        asEditor(CREATE, Map.of("input", Map.of("name", "Wikidata Squatter GmbH", "wikidataId", "Q7000002")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query("{ organizations(filter: {text: \"Wikidata Squatter\"}) { totalCount } }")
                .body("data.organizations.totalCount", equalTo(0));

        String other = create("Wikidata Neighbour GmbH", null);
        asEditor(UPDATE, Map.of("id", other, "input", Map.of("name", "Wikidata Neighbour GmbH", "wikidataId", "Q7000002")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query(BY_WIKIDATA, Map.of("q", "Q7000002")).body("data.organizationByWikidataId.id", equalTo(first));
    }

    @Test
    void anUpdateReplacesOrClearsTheWikidataId() {
        String id = create("Wikidata Mover SA", "Q7000003");
        asEditor(UPDATE, Map.of("id", id, "input", Map.of("name", "Wikidata Mover SA", "wikidataId", "Q7000004")))
                .body("errors", nullValue())
                .body("data.updateOrganization.wikidataId", equalTo("Q7000004"));
        query(BY_WIKIDATA, Map.of("q", "Q7000003")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        asEditor(UPDATE, Map.of("id", id, "input", Map.of("name", "Wikidata Mover SA")))
                .body("errors", nullValue())
                .body("data.updateOrganization.wikidataId", nullValue());
        // a cleared id is free for another organization
        create("Wikidata Heir SA", "Q7000004");
    }

    @Test
    void aMergeKeepsTheSourcesWikidataIdWhenTheTargetHasNone() {
        String source = create("Wikidata Merge Source", "Q7000005");
        String target = create("Wikidata Merge Target", null);
        asEditor(MERGE, Map.of("s", source, "t", target))
                .body("errors", nullValue())
                .body("data.mergeOrganizations.wikidataId", equalTo("Q7000005"));
        query(BY_WIKIDATA, Map.of("q", "Q7000005")).body("data.organizationByWikidataId.id", equalTo(target));
    }

    @Test
    void aMergeKeepsTheTargetsWikidataId() {
        String source = create("Wikidata Plain Source", null);
        String target = create("Wikidata Keeping Target", "Q7000006");
        asEditor(MERGE, Map.of("s", source, "t", target))
                .body("errors", nullValue())
                .body("data.mergeOrganizations.wikidataId", equalTo("Q7000006"));
    }

    @Test
    void aMergeOfTwoDifferentWikidataItemsIsRefusedAndChangesNothing() {
        String source = create("Wikidata Item One", "Q7000007");
        String target = create("Wikidata Item Two", "Q7000008");
        asEditor(MERGE, Map.of("s", source, "t", target))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query(BY_WIKIDATA, Map.of("q", "Q7000007")).body("data.organizationByWikidataId.id", equalTo(source));
        query(BY_WIKIDATA, Map.of("q", "Q7000008")).body("data.organizationByWikidataId.id", equalTo(target));
    }
}
