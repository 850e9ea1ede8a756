package dev.newsgraph;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

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

    /** Clients build their schema from this file (relay-compiler, codegen): every type it names must be declared. */
    @Test
    void theServedSchemaBuildsOnItsOwn() {
        String served = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(served));
        assertInstanceOf(GraphQLScalarType.class, schema.getType("DateTime"));
        assertInstanceOf(GraphQLScalarType.class, schema.getType("Date"));
    }
}
