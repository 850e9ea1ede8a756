package dev.newsgraph;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The live schema must equal the committed snapshot, so every API change is a visible diff.
 * After an intended change: copy target/schema.graphql over src/test/resources/schema.graphql.
 */
@QuarkusTest
class SchemaSnapshotTest {

    @Test
    void liveSchemaMatchesTheCommittedSnapshot() throws IOException {
        String live = get("/graphql/schema.graphql").then().statusCode(200).extract().asString().strip();
        Files.writeString(Path.of("target", "schema.graphql"), live + "\n");
        String committed = Files.readString(Path.of("src/test/resources/schema.graphql")).strip();
        assertEquals(committed, live, "schema changed: compare target/schema.graphql with src/test/resources/schema.graphql");
    }
}
