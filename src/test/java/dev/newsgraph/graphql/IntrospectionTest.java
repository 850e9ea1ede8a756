package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GraphiQL and code generators introspect with graphql-js's standard query: the limits must let it through. */
@QuarkusTest
class IntrospectionTest {

    /** A type reference unwrapped nine levels deep, as graphql-js's getIntrospectionQuery asks by default. */
    private static final String TYPE_REF = "kind name" + " ofType { kind name".repeat(9) + " }".repeat(9);

    @Test
    void theStandardIntrospectionDepthIsWithinTheLimits() {
        String introspection = "{ __schema { queryType { name } types { kind name description"
                + " fields(includeDeprecated: true) { name description args { name type { " + TYPE_REF + " } }"
                + " type { " + TYPE_REF + " } }"
                + " inputFields { name type { " + TYPE_REF + " } } } } }";

        query(introspection)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", hasItem("Article"));
    }
}
