package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** importOrganizations: the upsert rules, per-entry failures, the call limit, and relinking once per call. */
@QuarkusTest
class OrganizationImportTest {

    private static final String IMPORT = "mutation($orgs: [OrganizationInput!]!) { importOrganizations(organizations: $orgs) {"
            + " created updated unchanged failures { index code message } } }";
    private static final String BY_NAME = "query($n: String!) { organizationByName(name: $n) {"
            + " id name aliases kind country foundedYear description wikidataId } }";

    private static ValidatableResponse load(List<Map<String, Object>> entries) {
        return asEditor(IMPORT, Map.of("orgs", entries)).body("errors", nullValue());
    }

    private static Map<String, Object> entry(Object... fields) {
        Map<String, Object> entry = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            entry.put((String) fields[i], fields[i + 1]);
        }
        return entry;
    }

    private static String articleFile(String title, String body) {
        return "# " + title + "\n\nPublished :`2024-08-03 12:00:00`\n\n---\n\n" + body + "\n\n---\n";
    }

    @Test
    void newEntriesCreateOrganizationsFindableByTheirAliases() {
        load(List.of(
                entry("name", "Gazetteer Alpha Oy", "aliases", List.of("Alpha Oy", "GAO"), "kind", "COMPANY", "country", "fi"),
                entry("name", "Gazetteer Beta Ltd", "wikidataId", "Q8100001")))
                .body("data.importOrganizations.created", equalTo(2))
                .body("data.importOrganizations.updated", equalTo(0))
                .body("data.importOrganizations.failures", empty());
        query(BY_NAME, Map.of("n", "gao"))
                .body("data.organizationByName.name", equalTo("Gazetteer Alpha Oy"))
                .body("data.organizationByName.aliases", containsInAnyOrder("Alpha Oy", "GAO"))
                .body("data.organizationByName.country", equalTo("FI"))
                .body("data.organizationByName.kind", equalTo("COMPANY"));
        query("{ organizationByWikidataId(id: \"Q8100001\") { name kind } }")
                .body("data.organizationByWikidataId.name", equalTo("Gazetteer Beta Ltd"))
                .body("data.organizationByWikidataId.kind", equalTo("OTHER"));
    }

    @Test
    void anEntryMatchingByNameOrAliasUpdatesGivenFieldsKeepsTheOthersAndAddsAliases() {
        load(List.of(entry("name", "Gazetteer Gamma AG", "country", "DE", "foundedYear", 1950, "description", "Makes gears.")));
        load(List.of(
                entry("name", "GAZETTEER GAMMA ag", "foundedYear", 1951, "aliases", List.of("Gamma Gears")),
                entry("name", "gamma gears", "wikidataId", "Q8100002")))
                .body("data.importOrganizations.created", equalTo(0))
                .body("data.importOrganizations.updated", equalTo(2));
        query(BY_NAME, Map.of("n", "Gazetteer Gamma AG"))
                .body("data.organizationByName.name", equalTo("Gazetteer Gamma AG"))
                .body("data.organizationByName.foundedYear", equalTo(1951))
                .body("data.organizationByName.country", equalTo("DE"))
                .body("data.organizationByName.description", equalTo("Makes gears."))
                .body("data.organizationByName.aliases", contains("Gamma Gears"))
                .body("data.organizationByName.wikidataId", equalTo("Q8100002"));
        // the same entries again change nothing
        load(List.of(entry("name", "Gazetteer Gamma AG", "foundedYear", 1951, "aliases", List.of("gamma gears"), "wikidataId", "Q8100002")))
                .body("data.importOrganizations.unchanged", equalTo(1))
                .body("data.importOrganizations.updated", equalTo(0));
    }

    @Test
    void anEntryMatchingByWikidataIdUnderANewNameRenamesAndKeepsTheOldNameAsAlias() {
        load(List.of(entry("name", "Gazetteer Old Name Inc", "wikidataId", "Q8100003")));
        load(List.of(entry("name", "Gazetteer New Name Inc", "wikidataId", "Q8100003")))
                .body("data.importOrganizations.updated", equalTo(1));
        query(BY_NAME, Map.of("n", "Gazetteer Old Name Inc"))
                .body("data.organizationByName.name", equalTo("Gazetteer New Name Inc"))
                .body("data.organizationByName.aliases", contains("Gazetteer Old Name Inc"));
    }

    @Test
    void refusedEntriesAreReportedWithTheirIndexAndChangeNothingWhileTheRestIsStored() {
        load(List.of(entry("name", "Gazetteer Owner SA", "aliases", List.of("Owner Alias"), "wikidataId", "Q8100004")));
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry("name", "Gazetteer Good One"));
        entries.add(entry("name", "Gazetteer Bad Wikidata", "wikidataId", "8100005"));
        entries.add(entry("name", "Gazetteer Alias Thief", "aliases", List.of("owner alias")));
        entries.add(entry("name", "  "));
        entries.add(entry("name", "Gazetteer Orphan", "parentId", "AgAAAAAB"));
        entries.add(entry("name", "Gazetteer Owner SA", "wikidataId", "Q8100006"));
        entries.add(entry("name", "Gazetteer Good Two", "aliases", List.of("Good Two")));
        load(entries)
                .body("data.importOrganizations.created", equalTo(2))
                .body("data.importOrganizations.failures.index", contains(1, 2, 3, 4, 5))
                .body("data.importOrganizations.failures.code", contains("VALIDATION", "CONFLICT", "VALIDATION", "NOT_FOUND", "CONFLICT"));
        query("{ organizations(filter: {text: \"Gazetteer Good\"}) { totalCount } }").body("data.organizations.totalCount", equalTo(2));
        for (String refused : List.of("Gazetteer Bad Wikidata", "Gazetteer Alias Thief", "Gazetteer Orphan")) {
            query(BY_NAME, Map.of("n", refused)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        query(BY_NAME, Map.of("n", "owner alias"))
                .body("data.organizationByName.name", equalTo("Gazetteer Owner SA"))
                .body("data.organizationByName.wikidataId", equalTo("Q8100004"));
    }

    @Test
    void laterEntriesOfOneCallUpdateWhatEarlierOnesCreated() {
        load(List.of(
                entry("name", "Gazetteer Twice Corp", "aliases", List.of("Twice One")),
                entry("name", "gazetteer  TWICE corp", "description", "Named twice.", "aliases", List.of("Twice Two")),
                entry("name", "twice one", "foundedYear", 1999)))
                .body("data.importOrganizations.created", equalTo(1))
                .body("data.importOrganizations.updated", equalTo(2))
                .body("data.importOrganizations.failures", empty());
        query(BY_NAME, Map.of("n", "Twice Two"))
                .body("data.organizationByName.name", equalTo("Gazetteer Twice Corp"))
                .body("data.organizationByName.aliases", contains("Twice One", "Twice Two"))
                .body("data.organizationByName.description", equalTo("Named twice."))
                .body("data.organizationByName.foundedYear", equalTo(1999));
        query("{ organizations(filter: {text: \"Gazetteer Twice\"}) { totalCount } }").body("data.organizations.totalCount", equalTo(1));
        query("{ search(text: \"twice two\") { __typename ... on Organization { name } } }")
                .body("data.search.findAll { it.__typename == 'Organization' }.name", contains("Gazetteer Twice Corp"));
    }

    @Test
    void aWikidataIdCreatedEarlierInTheCallRenamesUnderALaterEntrysName() {
        load(List.of(
                entry("name", "Gazetteer First Label", "wikidataId", "Q8100010", "aliases", List.of("First Alias")),
                entry("name", "Gazetteer Second Label", "wikidataId", "Q8100010")))
                .body("data.importOrganizations.created", equalTo(1))
                .body("data.importOrganizations.updated", equalTo(1));
        query("{ organizationByWikidataId(id: \"Q8100010\") { name aliases } }")
                .body("data.organizationByWikidataId.name", equalTo("Gazetteer Second Label"))
                .body("data.organizationByWikidataId.aliases", contains("First Alias", "Gazetteer First Label"));
        query("{ search(text: \"first label\") { __typename ... on Organization { name } } }")
                .body("data.search.findAll { it.__typename == 'Organization' }.name", contains("Gazetteer Second Label"));
    }

    @Test
    void anAliasThatIsAnotherOrganizationsNameIsAConflict() {
        load(List.of(entry("name", "Gazetteer Taken Name")));
        load(List.of(
                entry("name", "Gazetteer Newcomer", "aliases", List.of("Gazetteer Contested Alias", "GAZETTEER TAKEN NAME")),
                entry("name", "Gazetteer Bystander", "aliases", List.of("Gazetteer Contested Alias"))))
                .body("data.importOrganizations.created", equalTo(1))
                .body("data.importOrganizations.failures.index", contains(0))
                .body("data.importOrganizations.failures.code", contains("CONFLICT"))
                .body("data.importOrganizations.failures[0].message", containsString("Gazetteer Taken Name"));
        query(BY_NAME, Map.of("n", "Gazetteer Newcomer")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // the refused entry's alias went nowhere, so the next entry could take it
        query(BY_NAME, Map.of("n", "gazetteer contested alias")).body("data.organizationByName.name", equalTo("Gazetteer Bystander"));
        query(BY_NAME, Map.of("n", "Gazetteer Taken Name")).body("data.organizationByName.aliases", empty());
    }

    @Test
    void aWikidataIdOfOneOrganizationWithTheNameOfAnotherIsAConflict() {
        load(List.of(entry("name", "Gazetteer Wikidata Holder", "wikidataId", "Q8100011"),
                entry("name", "Gazetteer Name Holder", "aliases", List.of("Name Holder Alias"))));
        load(List.of(
                entry("name", "name holder alias", "wikidataId", "Q8100011", "description", "Should not land."),
                entry("name", "Gazetteer Name Holder", "wikidataId", "Q8100012")))
                .body("data.importOrganizations.updated", equalTo(1))
                .body("data.importOrganizations.failures.index", contains(0))
                .body("data.importOrganizations.failures.code", contains("CONFLICT"));
        query(BY_NAME, Map.of("n", "Gazetteer Wikidata Holder"))
                .body("data.organizationByName.wikidataId", equalTo("Q8100011"))
                .body("data.organizationByName.description", nullValue());
        query(BY_NAME, Map.of("n", "Gazetteer Name Holder"))
                .body("data.organizationByName.wikidataId", equalTo("Q8100012"))
                .body("data.organizationByName.description", nullValue());
    }

    @Test
    void entriesNamingTheSameStoredParentGetIt() {
        String parent = asEditor("mutation { createOrganization(input: {name: \"Gazetteer Parent Ministry\", kind: GOVERNMENT_AGENCY}) { id } }")
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
        load(List.of(entry("name", "Gazetteer Child Office", "parentId", parent),
                entry("name", "Gazetteer Child Agency", "parentId", parent)))
                .body("data.importOrganizations.created", equalTo(2));
        for (String child : List.of("Gazetteer Child Office", "Gazetteer Child Agency")) {
            query("query($n: String!) { organizationByName(name: $n) { parent { id name } } }", Map.of("n", child))
                    .body("data.organizationByName.parent.id", equalTo(parent))
                    .body("data.organizationByName.parent.name", equalTo("Gazetteer Parent Ministry"));
        }
    }

    @Test
    void moreThanAThousandEntriesAreRefusedWhole() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i <= OrganizationImport.MAX_PER_CALL; i++) {
            entries.add(entry("name", "Gazetteer Flood " + i));
        }
        asEditor(IMPORT, Map.of("orgs", entries))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.max", equalTo(OrganizationImport.MAX_PER_CALL));
        query("{ organizations(filter: {text: \"Gazetteer Flood\"}) { totalCount } }").body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void withoutTheEditorKeyNothingIsImported() {
        query(IMPORT, Map.of("orgs", List.of(entry("name", "Gazetteer Anonymous"))))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        query(BY_NAME, Map.of("n", "Gazetteer Anonymous")).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void storedArticlesThatContainTheNewNamesAreLinkedToThem() {
        String article = "mutation($md: String!) { importArticle(markdown: $md) { article { id } suggestions { name } } }";
        String naming = asEditor(article, Map.of("md", articleFile("Gazetteer relink story",
                "Quentaro Freight Group said Symantec would help. Quentaro Freight Group agreed.")))
                .body("data.importArticle.suggestions.name", hasItem("Quentaro Freight Group"))
                .extract().path("data.importArticle.article.id");
        String other = asEditor(article, Map.of("md", articleFile("Gazetteer unrelated story", "McAfee said nothing.")))
                .extract().path("data.importArticle.article.id");
        load(List.of(entry("name", "Quentaro Freight Group", "aliases", List.of("QFL")), entry("name", "Gazetteer Unused Name")))
                .body("data.importOrganizations.created", equalTo(2));
        String mentions = "query($id: ID!) { article(id: $id) { mentions { organization { name } count } } }";
        query(mentions, Map.of("id", naming))
                .body("data.article.mentions.organization.name", containsInAnyOrder("Quentaro Freight Group", "Symantec"))
                .body("data.article.mentions.find { it.organization.name == 'Quentaro Freight Group' }.count", equalTo(2));
        query(mentions, Map.of("id", other)).body("data.article.mentions.organization.name", contains("McAfee"));
        query("{ suggestions(first: 100) { name } }").body("data.suggestions.name", not(hasItem("Quentaro Freight Group")));
        query("{ search(text: \"quentaro\") { __typename } }").body("data.search.__typename", hasItem("Organization"));
    }
}
