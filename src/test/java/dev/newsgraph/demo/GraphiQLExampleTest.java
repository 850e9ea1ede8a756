package dev.newsgraph.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GraphiQLExampleTest {

    private static final String PREFIX = "/q/graphql-ui/?query=";

    @Test
    void aBareVisitOpensGraphiQLOnTheExampleQuery() {
        for (String page : new String[] { "/q/graphql-ui", "/q/graphql-ui/" }) {
            String location = given().redirects().follow(false)
                    .when().get(page)
                    .then().statusCode(302).extract().header("Location");

            assertEquals(PREFIX, location.substring(0, PREFIX.length()), location);
            assertEquals(GraphiQLExample.exampleQuery(),
                    URLDecoder.decode(location.substring(PREFIX.length()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theExampleQueryRunsOnTheDemoWorld() {
        given().contentType("application/json").body(Map.of("query", GraphiQLExample.exampleQuery()))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.organizationByName.name", containsString("Kaspersky"));
    }

    @Test
    void aVisitWithParametersIsLeftToGraphiQL() {
        given().redirects().follow(false)
                .when().get(PREFIX + "%7B%20stats%20%7B%20__typename%20%7D%20%7D")
                .then().statusCode(200).body(containsString("graphiql"));
    }
}
