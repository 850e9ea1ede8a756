package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GraphQL over HTTP as the spec asks: media types, status codes, what GET may do, what is refused. */
@QuarkusTest
class GraphQLOverHttpTest {

    @Test
    void withoutAcceptOrWithAnyTheAnswerIsJson() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("*/*").contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when()
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("application/graphql-response+json, application/json;q=0.9").contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/graphql-response+json"));
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        given().accept("text/html").contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                .when().post("/graphql").then().statusCode(406).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void aVariableThatDoesNotCoerceIs400ForTheNewMediaTypeAnd200ForJson() {
        Map<String, Object> body = Map.of("query", "query($n: Int) { articles(first: $n) { totalCount } }",
                "variables", Map.of("n", "many"));
        given().accept("application/graphql-response+json").contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().log().ifValidationFails().statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().accept("application/json").contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aBodyLargerThanTheEventLoopDecodesIsAnsweredAlike() {
        // bodies over 64 KiB are decoded on a worker thread: the answers must not differ
        String padding = "#" + "x".repeat(GraphQLEndpoint.DECODE_ON_EVENT_LOOP_MAX) + "\n";
        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-editor-key")
                .body(Map.of("query", padding + "mutation { deleteArticle(id: \"x\") }")).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // a query may not be that large (NEWSGRAPH_LIMITS_QUERY_BODY_SIZE, 64 KiB): a coded 413, not an answer
        given().contentType(ContentType.JSON).body(Map.of("query", padding + "{ __typename }")).when().post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("bodySize"));
        given().contentType(ContentType.JSON).body("{\"query\": \"" + "y".repeat(GraphQLEndpoint.DECODE_ON_EVENT_LOOP_MAX) + "")
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        given().contentType(ContentType.JSON).body(Map.of("query", padding + "mutation { deleteArticle(id: \"x\") }"))
                .when().post("/graphql").then().body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aMutationOverGetIs405WithAllow() {
        given().queryParam("query", "mutation { deleteArticle(id: \"x\") }").when().get("/graphql")
                .then().statusCode(405).header("Allow", equalTo("POST"))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void aBatchArrayIsRefused() {
        given().contentType(ContentType.JSON).body(List.of(Map.of("query", "{ __typename }"), Map.of("query", "{ __typename }")))
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void aSubscriptionOverHttpIsRefusedAndPointsAtTheWebSocket() {
        given().accept("application/graphql-response+json").contentType(ContentType.JSON)
                .body(Map.of("query", "subscription { articleImported { title } }"))
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void tooManyTokensIsLimitExceededParserTokens() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 3000; i++) {
            document.append(" a").append(i).append(": __typename");
        }
        given().contentType(ContentType.JSON).body(Map.of("query", document.append(" }").toString()))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("parserTokens"));
    }

    @Test
    void variablesNestedThousandsDeepAreBadInputNot500() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        String body = "{\"query\":\"query($f: ArticleFilter) { articles(filter: $f) { totalCount } }\",\"variables\":{\"f\":"
                + deep + "}}";
        given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void variablesNestedNearTheReadersBoundAreAnsweredNot500() {
        String deep = "{\"a\":".repeat(990) + "1" + "}".repeat(990);
        // undeclared: the engine never coerces it, but the request still reads it
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ articles(first: 1) { totalCount } }\",\"variables\":{\"unused\":" + deep + "}}")
                .when().post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        // declared with a type that does not nest: refused as not a valid value of it
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"query($o: OrganizationInput) { organizations(first: 1) { totalCount } }\",\"variables\":{\"o\":"
                        + deep + "}}")
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }
}
