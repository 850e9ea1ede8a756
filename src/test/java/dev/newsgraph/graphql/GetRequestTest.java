package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Queries over GET read exactly as over POST, whatever characters they hold (urql sends its queries so). */
@QuarkusTest
class GetRequestTest {

    private static final String NAME = "C++ & 100% Labs";

    private static ValidatableResponse get(Map<String, String> parameters) {
        return given().queryParams(parameters).when().get("/graphql").then().statusCode(200);
    }

    @Test
    void plusAndPercentSignsInTheDocumentAndVariablesArriveAsSent() {
        asEditor("mutation($n: String!) { createOrganization(input: {name: $n}) { id } }", Map.of("n", NAME))
                .body("errors", nullValue());

        get(Map.of("query", "{ organizationByName(name: \"" + NAME + "\") { name } }"))
                .body("errors", nullValue())
                .body("data.organizationByName.name", equalTo(NAME));
        get(Map.of("query", "query($n: String!) { organizationByName(name: $n) { name } }",
                "variables", "{\"n\": \"" + NAME + "\"}"))
                .body("errors", nullValue())
                .body("data.organizationByName.name", equalTo(NAME));
    }

    @Test
    void aCommentEndsAtTheEndOfItsLine() {
        get(Map.of("query", "# the type of the root\n{ __typename }"))
                .body("errors", nullValue())
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void theOperationNameSelectsOneOperationOfSeveral() {
        String document = "query Root { ...R }\nquery Count { ...C }\n"
                + "fragment R on Query { __typename }\nfragment C on Query { articles { totalCount } }";

        get(Map.of("query", document, "operationName", "Count"))
                .body("errors", nullValue())
                .body("data.articles.totalCount", notNullValue())
                .body("data.__typename", nullValue());
        get(Map.of("query", document, "operationName", "Root"))
                .body("errors", nullValue())
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void errorsInTheSelectedOperationPointAtWhereTheClientWroteThem() {
        get(Map.of("query", "query A { __typename }\n\nquery B { nope }", "operationName", "B"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].locations[0].line", equalTo(3))
                .body("errors[0].locations[0].column", equalTo(11));
    }

    @Test
    void anUnknownOperationNameIsAValidationError() {
        get(Map.of("query", "query A { __typename }", "operationName", "B"))
                .body("data", nullValue())
                .body("errors[0].message", equalTo("Unknown operation named 'B'."))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }
}
