package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** With NEWSGRAPH_TRUSTED_DOCUMENTS set, the manifest's documents run and nothing else does. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Profile.class)
class TrustedDocumentsTest {

    static final String STATS = "query Stats { stats { totals { articles } } }";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.data-dir", "./target/test-data-trusted",
                    "newsgraph.trusted-documents", "src/test/resources/trusted-documents.json");
        }
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void aTrustedDocumentRunsByItsHashAloneOverPostAndGet() {
        post(Map.of("extensions", persisted(PersistedQueries.sha256(STATS)))).statusCode(200)
                .body("errors", nullValue()).body("data.stats.totals.articles", org.hamcrest.Matchers.notNullValue());
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + PersistedQueries.sha256(STATS) + "\"}}").when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void theExactTextOfATrustedDocumentRunsToo() {
        post(Map.of("query", "{ trustedProbe: __typename }")).statusCode(200).body("data.trustedProbe", equalTo("Query"));
    }

    @Test
    void anyOtherDocumentIsForbiddenAndAnUnknownHashIsNotFound() {
        post(Map.of("query", "{ articles(first: 1) { totalCount } }")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN")).body("data", nullValue());
        String other = "{ other: __typename }";
        post(Map.of("query", other, "extensions", persisted(PersistedQueries.sha256(other))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        post(Map.of("extensions", persisted(PersistedQueries.sha256(other))))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }
}
