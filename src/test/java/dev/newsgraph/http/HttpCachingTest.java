package dev.newsgraph.http;

import static dev.newsgraph.GraphQLClient.EDITOR_KEY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Anonymous GET queries can be kept by browsers and CDNs: a strong ETag, 304 on a match, a new tag after a write. */
@QuarkusTest
class HttpCachingTest {

    private static final String BY_NAME = "query($n: String!) { organizationByName(name: $n) { name aliases } }";

    private static Response get(String name, String ifNoneMatch) {
        var request = given().queryParam("query", BY_NAME).queryParam("variables", "{\"n\":\"" + name + "\"}");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/graphql").then().extract().response();
    }

    @Test
    void anAnswerCarriesATagAndAMatchingRevalidationIs304WithoutABody() {
        String name = "Etag Holdings";
        GraphFixtures.organization(name);
        Response first = get(name, null);
        first.then().statusCode(200).body("data.organizationByName.name", equalTo(name))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Vary", containsString("Accept")).header("Vary", containsString("Origin"));
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(ResponseCache.etag(first.asByteArray()), etag, "the tag is derived from the answer's bytes");

        get(name, etag).then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        get(name, "W/" + etag).then().statusCode(304);
        get(name, "\"another\"").then().statusCode(200);
    }

    @Test
    void aWriteChangesTheTagAndTheOldOneNoLongerMatches() {
        String name = "Etag After Write";
        String id = GraphFixtures.organization(name);
        String before = get(name, null).header("ETag");
        given().header("Authorization", "Bearer " + EDITOR_KEY).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation($id: ID!) { addAlias(organizationId: $id, alias: \"EAW\") { id } }",
                        "variables", Map.of("id", id)))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        Response after = get(name, before);
        after.then().statusCode(200).body("data.organizationByName.aliases", org.hamcrest.Matchers.hasItem("EAW"));
        assertNotEquals(before, after.header("ETag"));
    }

    @Test
    void answersWithCredentialsOrErrorsAndMutationsAreNoStoreWithoutATag() {
        given().header("Authorization", "Bearer " + EDITOR_KEY).queryParam("query", "{ stats { totals { articles } } }")
                .when().get("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        given().queryParam("query", "{ article(id: 42) { title } nope }")
                .when().get("/graphql").then()
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { deleteArticle(id: \"x\") }"))
                .when().post("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aKeptAnswerIsRevalidatedWithoutExecuting() {
        String name = "Etag Kept Answer";
        GraphFixtures.organization(name);
        String etag = get(name, null).header("ETag");
        Response revalidated = get(name, etag);
        revalidated.then().statusCode(304).header(ResponseCache.HEADER, equalTo("hit"));
    }
}
