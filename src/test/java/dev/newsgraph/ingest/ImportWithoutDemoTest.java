package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.newsgraph.organization.OrganizationsFile;
import dev.newsgraph.organization.OrganizationsFileConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A service of its own: the demo organizations are deleted, and an organizations file and an import
 * folder are read at start (the organizations first, so the folder's articles link to them).
 */
@QuarkusTest
@TestProfile(ImportWithoutDemoTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportWithoutDemoTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path folder = Files.createTempDirectory(Path.of("target"), "import-dir");
                Files.writeString(folder.resolve("good.md"), ImportApiTest.article("Folder article", "McAfee and CNN met."));
                Files.writeString(folder.resolve("bad.txt"), "# No published line\n\nBody\n");
                Files.writeString(folder.resolve("ignored.json"), "{}");
                Files.writeString(folder.resolve("partner.md"), ImportApiTest.article("Folder partner article",
                        "Folder Partner Corp said FPC staff met CNN."));
                Path organizations = Files.createTempFile(Path.of("target"), "organizations", ".jsonl");
                Files.writeString(organizations, ORGANIZATIONS_FILE);
                return Map.of("newsgraph.data-dir", "./target/test-data-nodemo", "newsgraph.import-dir", folder.toString(),
                        "newsgraph.organizations-file", organizations.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Lines 1 and 5 are good; line 3 is no JSON, line 4 has no valid Wikidata id; line 2 is blank. */
    static final String ORGANIZATIONS_FILE = """
            {"name": "Folder Partner Corp", "aliases": ["FPC"], "wikidataId": "Q8200001", "kind": "COMPANY"}

            {"name": "Folder Broken Line",
            {"name": "Folder Bad Id", "wikidataId": "X1"}
            {"name": "Folder Second Corp"}
            """;

    @Inject
    FolderImport folderImport;

    @Inject
    OrganizationsFile organizationsFile;

    @Inject
    OrganizationsFileConfig organizationsConfig;

    @Inject
    ImportConfig config;

    @Test
    @Order(1)
    void theFolderWasImportedAtStartAndAgainIsHarmless() {
        query("{ articles(filter: {text: \"Folder article\"}) { totalCount edges { node { organizations { name } } } } }")
                .body("data.articles.totalCount", equalTo(1))
                .body("data.articles.edges[0].node.organizations.name", hasItems("McAfee", "CNN"));
        FolderImport.Summary again = folderImport.importFolder(Path.of(config.folder().orElseThrow()));
        org.junit.jupiter.api.Assertions.assertEquals(new FolderImport.Summary(0, 2, 1), again);
    }

    @Test
    @Order(2)
    void theOrganizationsFileWasLoadedAtStartItsBadLinesSkippedAndTheArticlesLinkedToIt() {
        query("{ organizationByWikidataId(id: \"Q8200001\") { name aliases kind } }")
                .body("data.organizationByWikidataId.name", equalTo("Folder Partner Corp"))
                .body("data.organizationByWikidataId.aliases", contains("FPC"))
                .body("data.organizationByWikidataId.kind", equalTo("COMPANY"));
        query("{ organizationByName(name: \"Folder Second Corp\") { name } }")
                .body("data.organizationByName.name", equalTo("Folder Second Corp"));
        for (String skipped : List.of("Folder Broken Line", "Folder Bad Id")) {
            query("query($n: String!) { organizationByName(name: $n) { id } }", Map.of("n", skipped))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        query("{ articles(filter: {text: \"Folder partner article\"}) { edges { node { mentions { organization { name } count } } } } }")
                .body("data.articles.edges[0].node.mentions.organization.name", hasItems("Folder Partner Corp", "CNN"))
                .body("data.articles.edges[0].node.mentions.find { it.organization.name == 'Folder Partner Corp' }.count", equalTo(2));
    }

    @Test
    @Order(3)
    void theSameOrganizationsFileIsSkippedOnRestartAndAChangedOneUpdatesOnlyWhatIsNew() throws java.io.IOException {
        Path file = Path.of(organizationsConfig.path().orElseThrow());
        org.junit.jupiter.api.Assertions.assertEquals(new OrganizationsFile.Summary(true, 0, 0, 0, 0), organizationsFile.load(file));
        Files.writeString(file, ORGANIZATIONS_FILE + "{\"name\": \"Folder Third Corp\"}\n");
        org.junit.jupiter.api.Assertions.assertEquals(new OrganizationsFile.Summary(false, 1, 0, 2, 2), organizationsFile.load(file));
        query("{ organizations(filter: {text: \"Folder\"}) { totalCount } }").body("data.organizations.totalCount", equalTo(3));
    }

    @Test
    @Order(4)
    void withTheDemoOrganizationsDeletedTheSeedSuggestsThem() {
        String seed = SampleArticles.seedTextOrSkip();
        List<String> ids = query("{ organizations(first: 100) { edges { node { id } } } }")
                .extract().path("data.organizations.edges.node.id");
        for (String id : ids) {
            asEditor("mutation($id: ID!) { deleteOrganization(id: $id) }", Map.of("id", id)).body("errors", nullValue());
        }
        asEditor(ImportApiTest.IMPORT, Map.of("md", seed))
                .body("errors", nullValue())
                .body("data.importArticle.mentions", empty())
                .body("data.importArticle.suggestions.name", hasItems("Kaspersky Lab", "Commerce Department"));
        query("{ suggestions { name count articles } }")
                .body("data.suggestions.name", hasItems("Kaspersky Lab", "Commerce Department"));
    }
}
