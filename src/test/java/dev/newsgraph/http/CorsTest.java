package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** With the default NEWSGRAPH_CORS_ORIGINS (`*`), a page of any origin may call the API. */
@QuarkusTest
class CorsTest {

    private static final String APP = "http://localhost:5173";

    @Test
    void aPreflightFromAnyOriginIsAllowedWithTheHeadersClientsSend() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization,apollographql-client-name")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-name"))
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-version"))
                .header("Access-Control-Max-Age", equalTo("7200"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
    }

    @Test
    void aCrossOriginQueryIsAnsweredAndExposesTheCacheHeaders() {
        given().header("Origin", "https://dashboard.example.org")
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ organizationByName(name: \"Kaspersky Lab\") { name } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Newsgraph-Cache"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .body("errors", nullValue())
                .body("data.organizationByName.name", equalTo("Kaspersky Lab"));
    }

    @Test
    void aRequestWithoutOriginGetsNoCorsHeaders() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("data.__typename", equalTo("Query"));
    }
}
