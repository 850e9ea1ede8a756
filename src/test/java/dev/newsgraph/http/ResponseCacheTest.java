package dev.newsgraph.http;

import static dev.newsgraph.GraphQLClient.EDITOR_KEY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Anonymous query answers are served again from the response cache until the graph changes; the
 * cache never serves an answer older than the last write, nor one meant for another request.
 */
@QuarkusTest
class ResponseCacheTest {

    private static final String BY_NAME = "query($n: String!) { organizationByName(name: $n) { id name aliases } }";

    private static Response post(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().response();
    }

    private static Response anonymous(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() {
        String name = "Cache Repeat Holdings";
        GraphFixtures.organization(name);
        Response first = anonymous(BY_NAME, Map.of("n", name));
        Response second = anonymous(BY_NAME, Map.of("n", name));
        assertEquals("miss", first.header(ResponseCache.HEADER));
        assertEquals("hit", second.header(ResponseCache.HEADER));
        assertEquals(first.asString(), second.asString());
        assertEquals(first.contentType(), second.contentType());
        second.then().body("data.organizationByName.name", equalTo(name));
    }

    @Test
    void aWriteIsSeenByTheNextRead() {
        String name = "Cache Write Group";
        String id = GraphFixtures.organization(name);
        anonymous(BY_NAME, Map.of("n", name));
        assertEquals("hit", anonymous(BY_NAME, Map.of("n", name)).header(ResponseCache.HEADER));

        post(given().header("Authorization", "Bearer " + EDITOR_KEY),
                "mutation($id: ID!) { addAlias(organizationId: $id, alias: \"CWG\") { id } }", Map.of("id", id))
                .then().body("errors", nullValue());

        Response after = anonymous(BY_NAME, Map.of("n", name));
        assertEquals("miss", after.header(ResponseCache.HEADER));
        after.then().body("data.organizationByName.aliases", hasItem("CWG"));
    }

    @Test
    void differentVariablesGetTheirOwnAnswers() {
        GraphFixtures.organization("Cache Variable One");
        GraphFixtures.organization("Cache Variable Two");
        anonymous(BY_NAME, Map.of("n", "Cache Variable One"));
        anonymous(BY_NAME, Map.of("n", "Cache Variable Two"));
        anonymous(BY_NAME, Map.of("n", "Cache Variable One")).then()
                .body("data.organizationByName.name", equalTo("Cache Variable One"));
        anonymous(BY_NAME, Map.of("n", "Cache Variable Two")).then()
                .body("data.organizationByName.name", equalTo("Cache Variable Two"));
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String query = "query($id: ID!) { organization(id: $id) { name } }";
        String gone = GraphFixtures.deletedOrganization();
        anonymous(query, Map.of("id", gone)).then().body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        Response again = anonymous(query, Map.of("id", gone));
        assertEquals("miss", again.header(ResponseCache.HEADER));
        again.then().body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void requestsWithCredentialsAndMutationsBypassTheCache() {
        String name = "Cache Credentials Corp";
        GraphFixtures.organization(name);
        RequestSpecification editor = given().header("Authorization", "Bearer " + EDITOR_KEY);
        post(editor, BY_NAME, Map.of("n", name));
        Response asEditor = post(given().header("Authorization", "Bearer " + EDITOR_KEY), BY_NAME, Map.of("n", name));
        assertEquals(null, asEditor.header(ResponseCache.HEADER));
        asEditor.then().body("data.organizationByName.name", equalTo(name));

        Response mutation = post(given().header("Authorization", "Bearer " + EDITOR_KEY),
                "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
                Map.of("input", Map.of("name", "Cache Mutation Ltd", "kind", "COMPANY")));
        assertEquals(null, mutation.header(ResponseCache.HEADER));
        mutation.then().body("data.createOrganization.id", notNullValue());
    }

    @Test
    void getRequestsAreCachedByTheirParameters() {
        String name = "Cache Get Partners";
        GraphFixtures.organization(name);
        String query = "{ organizationByName(name: \"" + name + "\") { name } }";
        Response first = given().queryParam("query", query).when().get("/graphql").then().statusCode(200).extract().response();
        Response second = given().queryParam("query", query).when().get("/graphql").then().statusCode(200).extract().response();
        assertEquals("miss", first.header(ResponseCache.HEADER));
        assertEquals("hit", second.header(ResponseCache.HEADER));
        second.then().body("data.organizationByName.name", equalTo(name));
    }

    @Test
    void theAcceptedMediaTypeIsPartOfTheKey() {
        String name = "Cache Media Types";
        GraphFixtures.organization(name);
        Response legacy = post(given().accept("application/json"), BY_NAME, Map.of("n", name));
        Response modern = post(given().accept("application/graphql-response+json"), BY_NAME, Map.of("n", name));
        Response legacyAgain = post(given().accept("application/json"), BY_NAME, Map.of("n", name));
        assertEquals("miss", modern.header(ResponseCache.HEADER));
        assertEquals("hit", legacyAgain.header(ResponseCache.HEADER));
        assertEquals(legacy.contentType(), legacyAgain.contentType());
        org.hamcrest.MatcherAssert.assertThat(legacy.contentType(), not(equalTo(modern.contentType())));
    }

    @Test
    void identicalRequestsArrivingTogetherAllGetTheCurrentAnswer() throws Exception {
        String name = "Cache Burst Media";
        String id = GraphFixtures.organization(name);
        anonymous(BY_NAME, Map.of("n", name));
        post(given().header("Authorization", "Bearer " + EDITOR_KEY),
                "mutation($id: ID!) { addAlias(organizationId: $id, alias: \"CBM\") { id } }", Map.of("id", id))
                .then().body("errors", nullValue());

        int clients = 16;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return anonymous(BY_NAME, Map.of("n", name));
                }));
            }
            start.countDown();
            String expected = null;
            int misses = 0;
            for (java.util.concurrent.Future<Response> answer : answers) {
                Response response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
                String how = response.header(ResponseCache.HEADER);
                org.hamcrest.MatcherAssert.assertThat(how, org.hamcrest.Matchers.oneOf("miss", "shared", "hit"));
                misses += "miss".equals(how) ? 1 : 0;
                response.then().body("data.organizationByName.aliases", hasItem("CBM"));
                if (expected == null) {
                    expected = response.asString();
                }
                assertEquals(expected, response.asString());
            }
            // After the write, one of them executed; the others waited for it or found its answer kept.
            assertEquals(1, misses, "requests executed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTransactionThatOnlyReadKeepsTheAnswers() {
        String name = "Cache Read Only Transaction";
        GraphFixtures.organization(name);
        anonymous(BY_NAME, Map.of("n", name));
        assertEquals("hit", anonymous(BY_NAME, Map.of("n", name)).header(ResponseCache.HEADER));

        long organizations = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dev.newsgraph.organization.Organization.count());
        org.junit.jupiter.api.Assertions.assertTrue(organizations > 0);

        assertEquals("hit", anonymous(BY_NAME, Map.of("n", name)).header(ResponseCache.HEADER),
                "a read-only transaction sends no change signal");
    }
}
