package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The files of a batch are validated one by one (the @Valid sits on the list's element type). */
@QuarkusTest
class ImportBatchValidationTest {

    @Test
    void aFileWithATooLongSourceIsRefusedAndNothingIsImported() {
        String title = "Batch validation cascades to every file";
        String markdown = "# " + title + "\n\nPublished :`2024-08-02 12:00:00`\n\n---\n\nCNN aired a story.\n\n---\n";
        asEditor("mutation($files: [ArticleFileInput!]!) { importArticles(files: $files) { name } }",
                Map.of("files", List.of(Map.of("name", "ok.md", "markdown", markdown, "source", "s".repeat(201)))))
                .body("data", equalTo(null))
                .body("errors.extensions.code", hasItem("LIMIT_EXCEEDED"));   // a text over its length bound
        query("{ articles(filter: {text: \"Batch validation cascades\"}) { totalCount } }")
                .body("data.articles.totalCount", equalTo(0));
    }
}
