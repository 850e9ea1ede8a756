package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
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

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A service of its own: the demo organizations are deleted, and an import folder is read at start. */
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
                return Map.of("newsgraph.data-dir", "./target/test-data-nodemo", "newsgraph.import-dir", folder.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Inject
    FolderImport folderImport;

    @Inject
    ImportConfig config;

    @Test
    @Order(1)
    void theFolderWasImportedAtStartAndAgainIsHarmless() {
        query("{ articles(filter: {text: \"Folder article\"}) { totalCount edges { node { organizations { name } } } } }")
                .body("data.articles.totalCount", equalTo(1))
                .body("data.articles.edges[0].node.organizations.name", hasItems("McAfee", "CNN"));
        FolderImport.Summary again = folderImport.importFolder(Path.of(config.folder().orElseThrow()));
        org.junit.jupiter.api.Assertions.assertEquals(new FolderImport.Summary(0, 1, 1), again);
    }

    @Test
    @Order(2)
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
