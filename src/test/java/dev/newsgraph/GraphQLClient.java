package dev.newsgraph;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Black-box access to the GraphQL endpoint, as a frontend would call it. */
public final class GraphQLClient {

    /** The editor key the test profile configures. */
    public static final String EDITOR_KEY = "test-editor-key";

    private GraphQLClient() {
    }

    public static ValidatableResponse query(String query) {
        return query(query, Map.of());
    }

    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        return send(given(), query, variables);
    }

    /** The same request with the editor API key. */
    public static ValidatableResponse asEditor(String query, Map<String, Object> variables) {
        return send(given().header("Authorization", "Bearer " + EDITOR_KEY), query, variables);
    }

    public static ValidatableResponse asEditor(String query) {
        return asEditor(query, Map.of());
    }

    private static ValidatableResponse send(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
