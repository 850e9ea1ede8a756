package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Apollo's automatic persisted queries, over POST and GET. */
@QuarkusTest
class PersistedQueryTest {

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    private static ValidatableResponse getByHash(String hash) {
        return given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then();
    }

    @Test
    void anUnknownHashIsNotFoundThenTheDocumentRegistersItForPostAndGet() {
        String query = "{ stats { totals { articles } } persistedProbe: __typename }";
        String hash = PersistedQueries.sha256(query);
        post(Map.of("extensions", persisted(hash))).statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        getByHash(hash).statusCode(200).body("errors[0].message", equalTo("PersistedQueryNotFound"));

        post(Map.of("query", query, "extensions", persisted(hash))).statusCode(200)
                .body("errors", nullValue()).body("data.persistedProbe", equalTo("Query"));

        post(Map.of("extensions", persisted(hash))).statusCode(200).body("data.persistedProbe", equalTo("Query"));
        getByHash(hash).statusCode(200).body("errors", nullValue()).body("data.persistedProbe", equalTo("Query"));
    }

    @Test
    void aHashThatDoesNotMatchItsDocumentIsRefusedAndNothingIsRemembered() {
        String query = "{ mismatchProbe: __typename }";
        String wrong = PersistedQueries.sha256("{ somethingElse: __typename }");
        post(Map.of("query", query, "extensions", persisted(wrong)))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        post(Map.of("extensions", persisted(wrong))).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void anInvalidDocumentIsNotRemembered() {
        String query = "{ noSuchField }";
        String hash = PersistedQueries.sha256(query);
        post(Map.of("query", query, "extensions", persisted(hash))).body("errors[0].extensions.code", equalTo("VALIDATION"));
        post(Map.of("extensions", persisted(hash))).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aMalformedPersistedQueryExtensionIsBadInput() {
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "ab"))))
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        post(Map.of("extensions", persisted("not-a-hash"))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }
}
